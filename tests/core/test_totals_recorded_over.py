"""A total counted through "of" and recorded over a span ("A total of 61,402 street crimes were
reported between January and October") counts over that span: it is no day a report was made
on, so the figures after it ("87 were killed during the period") count over it too, not the day
the report was told (issue #11, time). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 12, 3)  # a Wednesday
JAN_OCT = (dt.date(2031, 1, 1), dt.date(2031, 10, 31))
TUESDAY = (dt.date(2031, 12, 2), dt.date(2031, 12, 2))


@pytest.mark.parametrize(
    "lead",
    [
        "A total of 61,402 street crimes were reported between January and October, police "
        "said on Tuesday.",
        "A total of 4,210 burglaries were registered from January to October, the police "
        "data showed on Tuesday.",
        "A tally of 930 cases was recorded between January and October, officials said on "
        "Tuesday.",
        "Some 1,870 were reported between January and October, police said on Tuesday.",
    ],
)
def test_the_span_is_counted_over(nlp: Language, lead: str) -> None:
    text = lead + " At least 87 people were killed during the period, they said."
    claim = next(c for c in read_claims(nlp, text, DAY) if c.value == 87)
    assert (claim.date_start, claim.date_end) == JAN_OCT


@pytest.mark.parametrize(
    "lead",
    [
        # the count is the day's own: the report names a day, not a span
        "A total of 61 suspects were reported arrested on Tuesday, police said.",
        # no count: the span is when the police spoke of a plan
        "Police reported between January and October that crime was falling, they said on "
        "Tuesday.",
    ],
)
def test_no_counted_span(nlp: Language, lead: str) -> None:
    text = lead + " At least 87 people were killed in the city, police said on Tuesday."
    claim = next(c for c in read_claims(nlp, text, DAY) if c.value == 87)
    assert (claim.date_start, claim.date_end) != JAN_OCT
