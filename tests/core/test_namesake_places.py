"""A state named like its capital keeps no report of one incident apart (core/group/
figure_places.py resolve_place): "X state" is never the town X, even when the gazetteer knows
the state by a longer name and cannot place its towns in it."""

from __future__ import annotations

import datetime as dt

from core.group.figure_places import resolve_place
from core.text import places
from tests.core.claim_factory import run_texts

MEXICO = {"MX": 1}


def test_a_state_the_gazetteer_knows_by_a_longer_name_is_not_its_capital() -> None:
    state = resolve_place("Veracruz state", MEXICO)
    town = resolve_place("Cordoba", MEXICO)
    assert state is not None
    assert town is not None
    assert state.level != "city"
    assert places.relation(state, town) == "contains"


def test_the_capital_written_alone_stays_the_town() -> None:
    town = resolve_place("Veracruz", MEXICO)
    assert town is not None
    assert town.level == "city"


SHOOTING = (
    "Gunmen opened fire on a christening party in Mexico's Veracruz state late on Saturday, "
    "killing five people and wounding two, state officials said.\n\n"
    "The party was held in a suburb of the state capital, police said.\n"
)
LOCAL = (
    "Five people were killed and three wounded when gunmen opened fire on a christening party "
    "in Orizaba on Saturday night, a town councillor said.\n"
)


PUBLISHED = dt.date(2026, 3, 2)


def test_the_reports_of_a_state_and_of_its_town_are_one_event() -> None:
    result = run_texts(SHOOTING, LOCAL, published=PUBLISHED)
    assert len(result.events) == 1
    assert any(k.measure == "injured" and k.kind != "consistent" for k in result.conflicts)


def test_a_town_of_another_country_stays_apart() -> None:
    abroad = LOCAL.replace("in Orizaba", "in Cordoba, Argentina")
    result = run_texts(SHOOTING, abroad, published=PUBLISHED)
    assert len(result.events) == 2


def test_a_town_written_with_the_state_holding_it_stays_the_town() -> None:
    # the province word ends the holder written after the town, not the town's own name
    town = resolve_place("Kadisau village, Faskari LGA, Katsina State", {"NG": 1})
    assert town is not None
    assert town.level == "city"
    # written alone, a unit named like its town is the unit, as before
    unit = resolve_place("Chittagong division", None)
    assert unit is not None
    assert unit.level != "city"
