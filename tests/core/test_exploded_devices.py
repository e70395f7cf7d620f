"""A count of explosive devices that went off counts attacks, as "two blasts" does; devices
found, defused or landing harmlessly count none (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 14)


def measures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [(measure, value) for _, measure, value in written_counts(nlp, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two car bombs exploded outside a bank in Tarvel on Monday, police said.",
         [("attacks", 2)]),
        ("Three IEDs went off along the highway on Monday, police said.", [("attacks", 3)]),
        ("Two bombs were detonated near a checkpoint on Monday, officials said.",
         [("attacks", 2)]),
        # found or defused: no attack
        ("Police defused two bombs near a market on Monday.", [("other", 2)]),
        ("Troops found three IEDs buried along the road on Monday.", [("other", 3)]),
    ],
)
def test_devices_that_went_off_are_attacks(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert measures(nlp, text) == expected
