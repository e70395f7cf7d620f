"""A time back the tagger reads with the noun before it ("a robbery two weeks ago" as one
date) still dates the figure, not the day the news was told (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
THU = D("2031-04-10")  # a Thursday


def spans(
    nlp: Language, text: str, published: dt.date = THU
) -> list[tuple[dt.date | None, dt.date | None]]:
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, published)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man shot in a robbery two weeks ago has died, police said Tuesday.",
            [(D("2031-03-24"), D("2031-03-30"))],
        ),
        (
            "A clerk wounded in a robbery three days ago has died, police said Tuesday.",
            [(D("2031-04-07"), D("2031-04-07"))],
        ),
    ],
)
def test_the_time_back_dates_the_figure(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an approximate time back beside the day itself: the day
        (
            "The girl, 17, was killed almost 6 months ago, on March 1, by a single stab wound.",
            [(D("2031-03-01"), D("2031-03-01"))],
        ),
        # a time back the tagger reads whole keeps its reading
        (
            "Two men hurt in the crash a week ago remain in hospital, police said Monday.",
            [(D("2031-08-18"), D("2031-08-24"))],
        ),
    ],
)
def test_other_times_back_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text, D("2031-08-25")) == expected
