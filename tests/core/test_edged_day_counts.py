"""A bare count told right before the edge of a named day ("Police arrested 6 late Saturday",
"Troops detained 14 early Monday") keeps its count and takes that day, where the parser hung
the number on the weekday as its numeral and the count was lost (issue #11, counts and
dates), as a count before "last night" or "overnight" already does. A count with its noun, an
hour after a clock's preposition and an edge before no weekday stay as they were. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday


def _read(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return written_starts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 6 late Saturday in connection with the riots.",
         [("6", "arrested", "2031-05-31")]),
        ("Police arrested six late Saturday in connection with the riots.",
         [("six", "arrested", "2031-05-31")]),
        ("Troops detained 14 early Monday in Maiduguri, the army said.",
         [("14", "arrested", "2031-06-02")]),
        ("Bandits abducted 9 late Sunday in Katsina, residents said.",
         [("9", "kidnapped", "2031-06-01")]),
    ],
)
def test_a_count_before_the_edge_of_a_day_keeps_both(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 6 people late Saturday in connection with the riots.",
         [("6", "arrested", "2031-05-31")]),
        ("Gunmen killed 4 early Sunday in Kaduna, police said.",
         [("4", "killed", "2031-06-01")]),
        ("The toll rose to 12 late Friday, officials said.",
         [("12", "killed", "2031-05-30")]),
        ("The shooting happened at 11 late Saturday, police said.", []),
        ("Police arrested 6 late arrivals at the rally on Saturday.",
         [("6", "arrested", "2031-05-31")]),
        ("Gunmen killed 4 early on Sunday in Kaduna, police said.",
         [("4", "killed", "2031-06-01")]),
    ],
)
def test_other_counts_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(nlp, text) == expected
