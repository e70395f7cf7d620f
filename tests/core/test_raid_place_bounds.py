"""Where raids took people is the arrests' place alone: a victim another verb of the same
sentence counts ("arrested 12 in raids in X, a day after a bomb killed four at a market in
Y") keeps the place its own clause gives, and so do the sentences after it; raids "across" a
town NER took for a body are made there; a scene the gazetteer lacks is not written with its
own name again ("<Town>, <Town>") when the headline names it. Towns real, reports invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> dict[str, str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c.location for c in claims}


def test_the_raids_place_is_not_the_place_of_a_blast_told_in_the_same_sentence() -> None:
    text = (
        "Police hold nine in Nowshera raids after market blast\n\n"
        "PESHAWAR: Police arrested nine suspects in overnight raids in Nowshera, a day after "
        "a bomb killed five people at a crowded market in Peshawar's Hashtnagri area, "
        "officials said on Sunday.\n\n"
        "The blast also injured 17 people, a hospital spokesman said."
    )
    found = places(text)
    assert found["nine"] == "Nowshera"
    assert "Peshawar" in (found["five"] or "")
    assert "Peshawar" in (found["17"] or "")


def test_one_raid_that_killed_and_arrested_places_both() -> None:
    text = (
        "BANNU: Police killed two suspects and arrested six others in raids in Lakki Marwat on "
        "Sunday, officials said."
    )
    found = places(text)
    assert found["two"] == found["six"] == "Lakki Marwat"


def test_raids_across_a_town_are_made_there() -> None:
    text = (
        "MARDAN: Police arrested 16 suspects in raids across Charsadda on Sunday following the "
        "killing of a shopkeeper in Mardan last week, officials said."
    )
    assert places(text)["16"] == "Charsadda"


def test_a_scene_the_gazetteer_lacks_is_not_written_with_itself() -> None:
    text = (
        "Three killed in Takht Bhai firing\n\n"
        "MARDAN: Three people were killed when gunmen opened fire on a van near Takht Bhai on "
        "Saturday, police said."
    )
    assert all(p == "Takht Bhai" for p in places(text).values())
