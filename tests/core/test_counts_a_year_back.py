"""A count set against the one a unit before ("up from 162 a year earlier") is a count of its
own, though the tagger reads the figure and the time after it as one date; a time told back
with no comparison before it stays no figure. Sentences and outlets we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2033, 4, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mission logged 318 attacks on its convoys, up from 241 a year earlier.",
            {("attacks", 318.0), ("attacks", 241.0)},
        ),
        (
            "Kidnappings in the province rose to 96, up from 58 the previous year.",
            {("kidnapped", 96.0), ("kidnapped", 58.0)},
        ),
        (
            "The ministry counted 73 deaths in March, down from 88 a month earlier.",
            {("killed", 73.0), ("killed", 88.0)},
        ),
        (  # clashes are counted as attacks are ("two encounters")
            "The army logged 52 armed clashes with the rebels, down from 70 a year earlier.",
            {("attacks", 52.0), ("attacks", 70.0)},
        ),
        # no comparison: the time back is the figure's own date, no second count
        ("Gunmen killed 14 villagers in Tessaro a year ago.", {("killed", 14.0)}),
    ],
)
def test_count_a_year_back(nlp: Language, text: str, expected: set[tuple[str, float]]) -> None:
    found = {(c.measure, c.value) for c in counted_claims(nlp, text, PUB)}
    assert found == expected
