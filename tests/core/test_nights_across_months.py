"""A night written over two days with their months, day first, across a month's end ("in
the night between 30 November and 1 December", "on the night of 31 March and 1 April")
dates its figure over both days, where the recogniser tags neither or only the second and
the figure took the second day alone (issue #11, dates), as "the night between November 30
and December 1" is read. Two dates of two figures ("on 30 November and 4 others on 1
December"), a plain range and one night's day keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed 9 villagers in the night between 30 November and 1 December in "
         "Zamfara, police said.", [("9", "2031-11-30", "2031-12-01")]),
        ("Bandits killed 9 villagers on the night of 30 November and 1 December in Zamfara, "
         "police said.", [("9", "2031-11-30", "2031-12-01")]),
        ("Police arrested 6 men during the night between 31 October and 1 November in Gombe, "
         "a spokesman said.", [("6", "2031-10-31", "2031-11-01")]),
    ],
)
def test_a_night_across_a_month_end_takes_both_days(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed 9 villagers on 30 November and 4 others on 1 December in Zamfara, "
         "police said.", [("9", "2031-11-30", "2031-11-30"), ("4", "2031-12-01", "2031-12-01")]),
        ("Bandits killed 9 villagers between 30 November and 1 December in Zamfara, police "
         "said.", [("9", "2031-11-30", "2031-12-01")]),
        ("Bandits killed 9 villagers in the night between November 30 and December 1 in "
         "Zamfara, police said.", [("9", "2031-11-30", "2031-12-01")]),
        ("Bandits killed 9 villagers on the night of 30 November in Zamfara, police said.",
         [("9", "2031-11-30", "2031-11-30")]),
    ],
)
def test_other_dates_keep_their_reading(nlp: Language, text: str, expected: list[Row]) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
