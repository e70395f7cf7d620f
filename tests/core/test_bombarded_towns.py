"""Issue #11, place: a strike from afar on a big town ("a missile strike on Kharkiv", "a drone
attack on X") is on the town even when NER took its name for a person's; "a knife attack on
Jackson" stays an attack on a person. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUBLISHED = dt.date(2031, 6, 14)


def _places(text: str) -> list[str | None]:
    return [c.location for c in core_claims_by_text([text], PUBLISHED)[text]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian missile strike on Kharkiv killed three people on Friday.", ["Kharkiv"]),
        ("Russian strike on Kharkiv kills three", ["Kharkiv"]),
        ("A drone attack on Kharkiv injured five people on Friday.", ["Kharkiv"]),
        # an attack by hand on a name is on a person, whatever town bears the name
        ("Two men were arrested over a knife attack on Jackson on Friday.", [None]),
    ],
)
def test_the_town_a_strike_from_afar_hit(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
