"""A part of an arrest count is picked up where its "from" says, however the parser hangs the
phrase and whatever NER calls the town ("arrested 17, five of them from Lakki Marwat";
"detained nine, including three from Hangu"); the whole count keeps the scene; a part of the
dead "from" a town came from there and stays at the scene. Towns real, reports invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> dict[str, str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c.location for c in claims}


def test_a_partitive_part_of_the_arrested_is_where_its_from_says_the_whole_is_not() -> None:
    text = (
        "BANNU: Police arrested 17 suspects, five of them from Lakki Marwat, over Friday's "
        "attack on a checkpost in Bannu that killed two policemen."
    )
    found = places(text)
    assert found["five"] == "Lakki Marwat"
    assert found["17"] == "Bannu"


def test_an_included_part_of_the_detained_is_where_its_from_says() -> None:
    text = (
        "KOHAT: Police have detained eleven suspects, including four from Hangu, over "
        "Thursday's bombing at a market in Kohat that killed three people."
    )
    found = places(text)
    assert found["four"] == "Hangu"
    assert found["eleven"] == "Kohat"


def test_a_part_of_the_dead_from_a_town_stays_at_the_scene() -> None:
    text = (
        "KOHAT: A bomb killed eleven people, four of them from Hangu, at a market in Kohat "
        "on Thursday."
    )
    assert places(text)["four"] != "Hangu"
