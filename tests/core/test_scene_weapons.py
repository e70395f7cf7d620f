"""The scene told by what went off (issue #11, place): a wire lead that gives only the
province ("in Pakistan's southwestern province of Balochistan") and a next sentence that
names the town by the weapon's deed ("the explosive went off at a market in Mastung", "the
blast ripped through a bazaar in Mastung", "an explosives-laden car exploded near ...")
files the incident's figures under the town. A vehicle that goes off the road is no weapon.
Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def report(scene: str) -> str:
    return (
        "Blast kills eight in Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - A bomb killed eight people and wounded 21 on Sunday in "
        "Pakistan's southwestern province of Balochistan, officials said.\n\n"
        f"{scene}, a police officer said.\n\n"
        "Hospital staff said the bodies of ten people had been brought in by the evening."
    )


@pytest.mark.parametrize(
    "scene",
    [
        "The explosives, hidden in a handcart, went off at a crowded fruit market in Mastung",
        "The blast ripped through a crowded fruit market in Mastung",
        "An explosives-laden motorbike exploded near a crowded fruit market in Mastung",
    ],
)
def test_the_weapons_deed_names_the_town(scene: str) -> None:
    found = places(report(scene))
    assert found
    assert all(place == "Mastung" for _, place in found), found


def test_a_vehicle_off_the_road_tells_no_scene() -> None:
    text = (
        "Bus crash kills eight in Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - Eight people were killed and 21 injured on Sunday in "
        "Pakistan's southwestern province of Balochistan, officials said.\n\n"
        "Earlier a fruit-laden lorry went off the road near Mastung, a police officer said."
    )
    assert "Mastung" not in {place for _, place in places(text)}


def test_a_word_of_a_roads_name_is_no_scene() -> None:
    # a road named by two villages the gazetteer lacks: neither word is a town to file under
    text = (
        "Two killed in Tengnoupal mine blast\n\n"
        "IMPHAL, May 4: Two soldiers were killed and four injured when a landmine went off in "
        "Manipur's Tengnoupal district on Sunday, officials said.\n\n"
        "The mine, planted by suspected militants, went off on the Chakpi-Saivom road as a "
        "patrol passed, an officer said.\n\n"
        "One of the injured later died in hospital, taking the toll to three."
    )
    found = places(text)
    assert found
    assert all("Tengnoupal" in (place or "") for _, place in found), found


@pytest.mark.parametrize(
    "lead",
    [
        "A bomb exploded in a crowded market in Pakistan's southwestern province of "
        "Balochistan on Sunday, killing eight people and wounding 21, officials said.",
        "Eight people were killed and 21 wounded when a bomb exploded in Pakistan's "
        "southwestern province of Balochistan on Sunday, officials said.",
    ],
)
@pytest.mark.parametrize(
    "scene",
    [
        "The bomb, planted on a motorbike, went off near a fruit market in the town of Mastung",
        "The attack targeted a fruit market in Mastung",
    ],
)
def test_a_lead_that_tells_only_the_province_gives_way_to_the_town(
    lead: str, scene: str
) -> None:
    text = (
        "Bomb kills eight in southwest Pakistan\n\n"
        f"QUETTA, Pakistan (Reuters) - {lead}\n\n"
        f"{scene}, a police officer said."
    )
    found = places(text)
    assert found
    assert all(place == "Mastung" for _, place in found), found


def test_a_town_outside_the_told_province_does_not_narrow_it() -> None:
    text = (
        "Bomb kills eight in southwest Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - A bomb exploded in a crowded market in Pakistan's "
        "southwestern province of Balochistan on Sunday, killing eight people and wounding "
        "21, officials said.\n\n"
        "Hours later a second device went off in Karachi without hurting anyone, police said."
    )
    assert "Karachi" not in {place for _, place in places(text)}
