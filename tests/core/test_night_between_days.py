"""A night told by the two days of one month it falls between, the month written once
("on the night between December 2 and 3", "the intervening night between May 9 and 10"),
dates its figures over those two days, and the second day's number counts nobody, where the
recogniser tagged only "the night" and left "3" a count (issue #11, dates). Nights and days
told otherwise, and counts after a day, keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)  # a Wednesday


def _read(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return written_spans(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed three villagers on the night between December 2 and 3, police said.",
         [("three", "2031-12-02", "2031-12-03")]),
        ("Bandits abducted 14 travellers on the night between November 20 and 21 in Kaduna.",
         [("14", "2031-11-20", "2031-11-21")]),
        ("Armed men shot dead two guards on the intervening night between December 6 and 7.",
         [("two", "2031-12-06", "2031-12-07")]),
        ("Five people were injured in the blast on the night between October 9 and 10.",
         [("Five", "2031-10-09", "2031-10-10")]),
    ],
)
def test_a_night_between_two_days_dates_both(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed four villagers on the night of December 2-3 in Zamfara, police said.",
         [("four", "2031-12-02", "2031-12-03")]),
        # a count after the night's day and "and" is no second day (a reviewer's near misses)
        ("Gunmen killed a village head on the night of 8 March and 3 others were abducted in"
         " Zamfara, police said.", [("a village head", "2031-03-08", "2031-03-08"),
                                     ("3", "2031-03-08", "2031-03-08")]),
        ("Gunmen killed 5 people on the night of March 8 and 12 others were hurt in Kaduna.",
         [("5", "2031-03-08", "2031-03-08"), ("12", "2031-03-08", "2031-03-08")]),
        ("Gunmen attacked the village on the night of June 4 and 5 people were killed.",
         [("5", "2031-06-04", "2031-06-04")]),
        ("Gunmen killed three villagers on the night between December 2 and December 3.",
         [("three", "2031-12-02", "2031-12-03")]),
        ("Bandits killed six people on the intervening night of Monday and Tuesday in Katsina.",
         [("six", "2031-12-08", "2031-12-09")]),
        ("Gunmen killed three villagers on December 2 and 3, police said.",
         [("three", "2031-12-02", "2031-12-03")]),
        ("Gunmen killed two villagers on the night of December 2, and 3 others were hurt.",
         [("two", "2031-12-02", "2031-12-02"), ("3", "2031-12-02", "2031-12-02")]),
        ("Police said between 2 and 3 people died in the fire on Tuesday night.",
         [("between 2 and 3", "2031-12-09", "2031-12-09")]),
    ],
)
def test_other_nights_and_counts_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected
