"""A toll brought to a figure after the year it counts from ("bringing the number killed in
the province since October 2030 to 5,200"): the number scanner reads "2030 to 5,200" as a
range, whose low end is the date's year, and the year dropped the count with it (issue #11,
counts). A range whose low end is a date's year and whose high end is no date is the count
after "to". Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed nine people in Quetta on Monday, bringing the number killed in the "
        "province since October 2030 to 5,200.",
        "A bomb killed nine people in Quetta on Monday, bringing the number of people killed "
        "in the province since October 2030 to 5,200.",
        "A bomb killed nine people in Quetta on Monday, bringing the total number killed in "
        "the province since October 2030 to 5,200, officials said.",
    ],
)
def test_the_toll_after_a_year(nlp: Language, text: str) -> None:
    claims = read_claims(nlp, text, DAY)
    assert sorted((c.value, c.measure) for c in claims) == [(9, "killed"), (5200, "killed")]


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        # a range of counts stays a range
        ("Between 20 and 30 people were killed in Quetta on Monday.", 20, 30),
        ("Some 20 to 30 people were killed in Quetta on Monday.", 20, 30),
    ],
)
def test_ranges_of_counts_stay(nlp: Language, text: str, value: float, high: float) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert (claim.qualifier, claim.low, claim.high) == ("range", value, high)


@pytest.mark.parametrize(
    ("text", "start", "place"),
    [
        ("A bomb killed nine people in Quetta on Monday, bringing the number of people killed "
         "in Balochistan since October 2030 to 5,200.", dt.date(2030, 10, 1), "Balochistan"),
        ("A bomb killed nine people in Quetta on Monday, bringing the number of people killed "
         "in Balochistan this year to 210.", dt.date(2031, 1, 1), "Balochistan"),
    ],
)
def test_the_toll_counts_over_its_own_span_and_place(
    nlp: Language, text: str, start: dt.date, place: str
) -> None:
    claims = read_claims(nlp, text, DAY)
    toll = next(c for c in claims if c.value > 9)
    assert (toll.date_start, toll.date_end, toll.location) == (start, DAY, place)
    nine = next(c for c in claims if c.value == 9)
    assert (nine.date_start, nine.location) == (dt.date(2031, 5, 5), "Quetta")
