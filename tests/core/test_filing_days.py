"""A dateline's day before the paper's date ("PESHAWAR, May 4:" in a paper of May 5) is the
day the report was written: its "yesterday", "today" and weekdays count from it (issue #11).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.publication_dates import filing_day
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PAPER = D("2031-05-05")  # the morning paper; its copy was filed on May 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PESHAWAR, May 4: Two soldiers were martyred in an attack in Eldmere yesterday, "
            "the military said.",
            [D("2031-05-03")],
        ),
        (
            "PESHAWAR, May 4: Four people were killed in a blast in Eldmere today.",
            [D("2031-05-04")],
        ),
        (
            "QUETTA, 4 May (APP): Three labourers were injured in a landslide near Eldmere "
            "last night.",
            [D("2031-05-03")],
        ),
    ],
)
def test_relative_days_count_from_the_dateline_day(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PAPER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's day is the paper's: nothing moves
        (
            "PESHAWAR, May 5: Two soldiers were martyred in an attack in Eldmere yesterday.",
            [D("2031-05-04")],
        ),
        # a day more than a month back, no year written, is no filing day (weeks back is:
        # test_dateline_reference_days.py)
        (
            "PESHAWAR, March 24: Two soldiers were martyred in an attack in Eldmere yesterday.",
            [D("2031-05-04")],
        ),
        # no dateline: the paper's date
        ("Two soldiers were martyred in an attack in Eldmere yesterday.", [D("2031-05-04")]),
    ],
)
def test_other_reports_count_from_publication(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PAPER) == expected


def test_a_dateline_of_the_old_year_in_a_paper_of_the_new() -> None:
    text = "KARACHI, Dec 31: Police said two men were shot dead in Lyari on Tuesday night."
    assert filing_day(text, D("2032-01-01")) == D("2031-12-31")


def test_no_filing_day_without_a_dated_dateline() -> None:
    assert filing_day("KARACHI: Police said two men were shot dead.", PAPER) is None


COPY = D("2031-05-06")  # a Tuesday: the copy's date, a day behind the desk's clock
WEDNESDAY = D("2031-05-07")


def test_a_dateline_a_day_after_the_copy_s_date_is_the_desk_s_day(nlp: Language) -> None:
    # filed on Wednesday east of the publisher's clock: "on Wednesday" is that day
    text = (
        "KABUL, May 7 (Reuters) - Gunmen killed five guards at a checkpoint in Eldmere on "
        "Wednesday, officials said."
    )
    assert casualty_days(nlp, text, COPY) == [WEDNESDAY]


def test_a_dateline_of_the_new_year_in_a_copy_of_the_old() -> None:
    text = "KABUL, Jan 1 (Reuters) - Gunmen killed five guards at a checkpoint in Eldmere."
    assert filing_day(text, D("2031-12-31")) == D("2032-01-01")


def test_a_dateline_two_days_ahead_is_no_filing_day(nlp: Language) -> None:
    # too far ahead to be the desk's clock: the copy's date counts
    text = (
        "KABUL, May 8 (Reuters) - Gunmen killed five guards at a checkpoint in Eldmere on "
        "Monday, officials said."
    )
    assert filing_day(text, COPY) is None
    assert casualty_days(nlp, text, COPY) == [D("2031-05-05")]


FETCHED = D("2031-06-20")  # the date a page was given: weeks after it was written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text's own stamp, weeks before the date given, is the day it was written
        (
            "Posted: Mar 8, 2031 10:42 PM\n\nA man was shot and killed Saturday night "
            "outside a bar on Quarry Lane, police said.",
            [D("2031-03-08")],
        ),
        (
            "Published Sunday, March 9, 2031\n\nTwo teenagers were wounded on Friday at a "
            "skate park in Eldmere.",
            [D("2031-03-07")],
        ),
    ],
)
def test_relative_days_count_from_the_text_s_own_earlier_stamp(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stamp after the date given (an update) leaves the date given
        (
            "Updated: June 24, 2031\n\nA man was shot and killed Saturday night outside a bar "
            "on Quarry Lane, police said.",
            [D("2031-06-14")],
        ),
        # a date in the lead is the incident's, no stamp
        (
            "A man was shot and killed on March 8, 2031, outside a bar. Two more men were "
            "wounded on Thursday at a park, police said.",
            [D("2031-03-08"), D("2031-06-19")],
        ),
    ],
)
def test_no_earlier_stamp_leaves_the_date_given(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, FETCHED) == expected
