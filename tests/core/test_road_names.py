"""A road named after the towns it joins ("the Jammu-Srinagar national highway", "the
Southfield Freeway"), or a river or canal, is where a crash was, not a place to file it
under: the town the report names stands for it. NER may take the article into a place's
name; the name goes without it. Towns are real so the gazetteer knows them; the reports are
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.place_roles import without_open_bracket
from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import report_places as places_of

PUB = dt.date(2031, 5, 10)


@pytest.mark.parametrize(
    "road",
    ["the Udhampur-Ramban national highway", "the Northfield Freeway", "the M-2 motorway"],
)
def test_a_road_is_no_place_of_its_own(road: str) -> None:
    text = (
        "Two passengers were killed when a bus fell into a gorge in Ramban district on "
        "Thursday, officials said.\n\n"
        f"The bus was travelling on {road} when the driver lost control, they said. "
        "The condition of five of the injured was serious."
    )
    places = places_of(text)
    assert "Ramban" in (places[-1] or ""), places
    assert not any(p and ("highway" in p.lower() or "freeway" in p.lower()
                          or "motorway" in p.lower()) for p in places)


@pytest.mark.parametrize(
    "water", ["the Jhelum River", "the Upper Chenab Canal", "a Kanhar nullah"]
)
def test_a_river_or_canal_is_no_place_of_its_own(water: str) -> None:
    # the bodies of one crash recovered from the water: the crash's district stands for it
    text = (
        "Nine passengers were killed when a bus fell into a gorge in Ramban district on "
        "Thursday, officials said.\n\n"
        f"Three more bodies were recovered from {water} on Friday, police said."
    )
    places = places_of(text)
    assert all(p is not None and "Ramban" in p for p in places), places


def test_a_place_name_goes_without_its_article() -> None:
    text = "Three fishermen drowned in the Gulf of Mannar on Sunday, the navy said."
    assert places_of(text) == ["Gulf of Mannar"]


def test_a_road_named_by_two_towns_is_no_place_of_its_own() -> None:
    # NER takes "the Batote-Doda" with its article, before "national highway"
    text = (
        "Two passengers were killed when a bus fell into a gorge in Ramban district on "
        "Thursday, officials said.\n\n"
        "The crash happened near Sanasar on the Batote-Doda national highway around noon, "
        "police said. The condition of five of the injured was serious."
    )
    # the town the crash was near, not the road (in the district the lead names)
    assert places_of(text)[-1] == "Sanasar, Ramban"


def test_a_ward_number_is_neither_a_figure_nor_part_of_the_place() -> None:
    text = ("Nine people died after a landslide hit Bahrabise Municipality-7 in Sindhupalchok "
            "district on Wednesday night, police said.")
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    assert [(c.number_text, c.measure) for c in result.claims] == [("Nine", "killed")]
    assert without_open_bracket("Jugal Rural Municipality-3") == "Jugal Rural Municipality"
    assert without_open_bracket("Sector G-9") == "Sector G-9"  # a sector's name keeps it
    # a headline in capitals glues its count to a word the same way: still a figure
    text = "LANDSLIDE-9 DEAD\n\nA landslide hit the village on Wednesday night."
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    assert [(c.value, c.measure) for c in claims] == [(9.0, "killed")]
