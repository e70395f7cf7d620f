"""Days told from another day of the story ("a day earlier", "the previous day", "two days
earlier", "the day before") count from the day the sentence gives besides, else from the day
of the sentences before, not from the day of publication (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
MON = D("2031-05-05")  # a Monday; Saturday is May 3
LEAD = "Two soldiers were martyred in an attack in Eldmere on Saturday. "


def days(nlp: Language, text: str) -> list[dt.date | None]:
    return [c.date_start for c in read_claims(nlp, text, MON) if c.measure != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "A day earlier, militants had killed three policemen in Harlow.", D("2031-05-02")),
        (LEAD + "On the previous day, three policemen were killed in Harlow.", D("2031-05-02")),
        (LEAD + "Two days earlier, three policemen were killed in Harlow.", D("2031-05-01")),
        (LEAD + "Three policemen had been killed in Harlow the day before.", D("2031-05-02")),
        (LEAD + "Police had arrested five men in the village the previous day.", D("2031-05-02")),
        # the day the sentence gives besides, a report's day too
        (
            "Four people were killed in a blast in Eldmere a day earlier, police said on Sunday.",
            D("2031-05-03"),
        ),
    ],
)
def test_counted_from_the_story_day(nlp: Language, text: str, expected: dt.date) -> None:
    assert days(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch counted from what follows its time word is not counted from Saturday
        (
            LEAD + "Three policemen were killed in Harlow two days after the election.",
            D("2031-05-03"),
        ),
        # no other day told: the resolver's reading stands
        ("Four people were killed in a blast in Eldmere a day earlier.", D("2031-05-04")),
    ],
)
def test_other_days_keep_their_reading(nlp: Language, text: str, expected: dt.date) -> None:
    assert days(nlp, text)[-1] == expected


def spans(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(c.date_start, c.date_end) for c in read_claims(nlp, text, MON)
            if c.measure != "other"]


def test_a_shift_from_a_month_told_stays_in_that_month(nlp: Language) -> None:
    # the month carried, not the report's Saturday, is what "two weeks later" counts from
    text = LEAD + ("Last November, a guard was wounded in a raid in Harlow. Two weeks later, "
                   "three policemen were killed in the same town.")
    assert spans(nlp, text)[-1] == (D("2030-11-01"), D("2030-11-30"))


def test_a_shift_from_a_year_told_counts_from_the_day(nlp: Language) -> None:
    # a year is no time a shift of days counts from: the report's day is
    text = LEAD + ("In 2029, a guard was wounded in a raid in Harlow. Two days earlier, "
                   "three policemen were killed in Harlow.")
    assert spans(nlp, text)[-1] == (D("2031-05-01"), D("2031-05-01"))
