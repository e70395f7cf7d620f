"""A state named like its capital keeps no report of one incident apart (core/group/
figure_places.py resolve_place): "X state" is never the town X, even when the gazetteer knows
the state by a longer name and cannot place its towns in it."""

from __future__ import annotations

import datetime as dt

from core.group.figure_places import resolve_place
from core.ingest.files import from_text
from core.model import Result
from core.pipeline import run_documents
from core.text import places

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


def results(*texts: str) -> Result:
    return run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=dt.date(2026, 3, 2))
        for n, text in enumerate(texts, start=1)
    ])


def test_the_reports_of_a_state_and_of_its_town_are_one_event() -> None:
    result = results(SHOOTING, LOCAL)
    assert len(result.events) == 1
    assert any(k.measure == "injured" and k.kind != "consistent" for k in result.conflicts)


def test_a_town_of_another_country_stays_apart() -> None:
    abroad = LOCAL.replace("in Orizaba", "in Cordoba, Argentina")
    result = results(SHOOTING, abroad)
    assert len(result.events) == 2
