"""Two ways a South Asian unit was misfiled (issue #11). A number inside a name the gazetteer
knows whole ("South 24 Parganas district") was cut to its tail ("Parganas district"). A unit
"of" a town bigger than the unit's own ("Teknaf upazila of Cox's Bazar") was read as that
town's quarter and filed the wrong way round ("Cox's Bazar, Teknaf"); a town's district "of"
a name that is no bigger town ("the Athens district of Exarchia") still is. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 12)

PLACED: list[tuple[str, str | None]] = [
    ("Five people were killed in a clash in West Bengal's South 24 Parganas district on"
     " Monday, police said.", "South 24 Parganas district"),
    ("Two people died in a blast in South 24 Parganas district of West Bengal on Monday.",
     "South 24 Parganas district, West Bengal"),
    ("Police arrested 3 men in North 24 Parganas on Monday.", "North 24 Parganas"),
    ("Police arrested 2 men in Teknaf upazila of Cox's Bazar on Friday.",
     "Teknaf upazila, Cox's Bazar"),
    # near misses: a town's quarter; a count after a town; a number no name holds
    ("Riot police arrested 12 people in the Athens district of Exarchia on Sunday.",
     "Exarchia, Athens"),
    ("Gunmen killed 3 people in Peshawar on Monday, police said.", "Peshawar"),
    ("Police arrested 4 men in Bannu 2 days after the attack, officials said.", "Bannu"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[str | None]]:
    claims = core_claims_by_text([t for t, _ in PLACED], PUB)
    return {t: sorted({c.location for c in cs}, key=str) for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_numbered_and_held_units(
    found: dict[str, list[str | None]], text: str, place: str | None
) -> None:
    assert found[text] == [place]
