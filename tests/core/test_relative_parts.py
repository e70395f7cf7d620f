"""A part set off by "of whom" or "of which" after a count of people or of their casualties
("a total of 40 people were hurt, of whom nine were children", "180 deaths, of which 52
were women") is a part of that count with its harm; "of which" after a count of things
("30 spans, two of which collapsed") counts no one. Sentences and places we wrote."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 40 people were hurt in the riots, of whom nine were children, the "
            "police in Tarvo said.",
            [("injured", 40), ("injured", 9)],
        ),
        (
            "The monitor counted 180 deaths in the province, of which 52 were women.",
            [("killed", 180), ("killed", 52)],
        ),
    ],
)
def test_a_relative_part_of_a_count_of_people(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rail line has 30 spans, two of which collapsed in the flood.", []),
        ("Gunmen stormed 12 villages, of which four were burned, residents said.", []),
    ],
)
def test_a_relative_part_of_things_counts_no_one(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [f for f in figures(nlp, text) if f[0] in ("killed", "injured")] == expected
