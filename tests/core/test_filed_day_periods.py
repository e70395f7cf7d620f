"""A dateline that carries its day ("ELDMERE, Jan 4:") tells the day the report was filed: a
fallback for the report's incident when the text names no other day, never the period of a
figure that names its own ("in 2031", "last year"), and always in the year of publication,
not the year the lead's figures count. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import figure_days, run_texts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
NEW_YEAR_PAPER = D("2032-01-05")  # a Monday; the copy was filed on Sunday, January 4
YEAR = ("2031-01-01", "2031-12-31")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the year's count, released on the filing day
        (
            "ELDMERE, Jan 4: The province recorded 240 militant attacks in 2031, a rise of a "
            "fifth, a report issued by a security think tank showed on Sunday.",
            "240",
            YEAR,
        ),
        # no weekday: the dateline's day takes the paper's year, not the lead's 2031
        (
            "ELDMERE, Jan 4: The province recorded 240 militant attacks in 2031, a report "
            "issued by a security think tank showed.",
            "240",
            YEAR,
        ),
        (
            "ELDMERE, Jan 4 (APP): Security forces killed 95 militants in 2031, the think "
            "tank said on Sunday.",
            "95",
            YEAR,
        ),
    ],
)
def test_a_dated_dateline_leaves_the_figure_s_own_year(
    nlp: Language, text: str, figure: str, expected: tuple[str, str]
) -> None:
    assert figure_days(nlp, text, NEW_YEAR_PAPER, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the counts of the year that follow keep it too
        (
            "ELDMERE, Jan 4: The province recorded 240 militant attacks in 2031, a report "
            "issued by a security think tank showed on Sunday.\n\n"
            "The attacks killed 318 people and wounded 460, the report said.",
            "318",
            YEAR,
        ),
        (
            "ELDMERE, Jan 4: The police registered 150 kidnapping cases last year, data "
            "released on Sunday showed.",
            "150",
            YEAR,
        ),
    ],
)
def test_later_and_relative_periods_keep_their_year(
    nlp: Language, text: str, figure: str, expected: tuple[str, str]
) -> None:
    assert figure_days(nlp, text, NEW_YEAR_PAPER, figure) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no day in the text: the day it was filed, not the paper's
        (
            "ELDMERE, Dec 30: Three villagers were shot dead in a feud over farmland, "
            "officials said.",
            D("2031-12-31"),
            ("2031-12-30", "2031-12-30"),
        ),
        # filed on the last day of the old year, printed in the new
        (
            "ELDMERE, Dec 31: Three villagers were shot dead in a feud over farmland, "
            "officials said.",
            D("2032-01-01"),
            ("2031-12-31", "2031-12-31"),
        ),
    ],
)
def test_the_filing_day_dates_an_undated_incident(
    text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    claims = [c for c in run_texts(text, published=published).claims if c.number_text == "Three"]
    assert claims
    for c in claims:
        assert (str(c.date_start), str(c.date_end)) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the sentence's own day wins over the dateline's
        (
            "ELDMERE, Jan 4: Two guards were wounded on January 2 when a grenade was "
            "thrown at their post, police said.",
            "Two",
            ("2032-01-02", "2032-01-02"),
        ),
        # a weekday two days before the filing day counts back from it
        (
            "ELDMERE, Jan 4: Gunmen killed four shopkeepers in the bazaar on Friday, "
            "police said.",
            "four",
            ("2032-01-02", "2032-01-02"),
        ),
    ],
)
def test_a_day_the_text_tells_keeps_it(
    nlp: Language, text: str, figure: str, expected: tuple[str, str]
) -> None:
    assert figure_days(nlp, text, NEW_YEAR_PAPER, figure) == expected


WIRE_DAY = D("2031-11-25")  # a Tuesday


@pytest.mark.parametrize("published", [None, D("2031-11-26")])
def test_a_weekday_of_the_lead_comes_before_the_dateline_s_day(published: dt.date | None) -> None:
    # with no publication date the dateline's full date is the day "on Sunday" counts from
    text = (
        "ELDMERE, 25 November 2031 (Wire) - Gunmen killed four customs guards at a border "
        "post on Sunday, officials said."
    )
    result = run_documents([from_text(text, doc_id="d1", path="r1.txt", published=published)])
    claims = [c for c in result.claims if c.number_text == "four"]
    assert claims
    for c in claims:
        assert (c.date_start, c.date_end) == (WIRE_DAY - dt.timedelta(days=2),) * 2
