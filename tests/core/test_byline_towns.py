"""A byline's town ("By Jane Roe, Sokoto", "From our correspondent in Lokoja") is the bureau
the report is filed from, never above the scene its lead names; an attack made on a named
town ("an attack on X", "gunmen stormed X") names the scene; the town the hurt were taken
to is where they were cared for. Sentences invented; the towns real."""

from __future__ import annotations

import pytest

from core.text.datelines import find_dateline
from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Nine killed\n\nBy Musa Bello, Sokoto\n\nGunmen killed nine people on Sunday.", "Sokoto"),
        ("Blast kills four\n\nFrom our correspondent in Lokoja\n\nFour people died in a blast.",
         "Lokoja"),
        ("Four die\n\nFrom Jane Roe in Nairobi\n\nFour people were killed in a raid on Monday.",
         "Nairobi"),
    ],
)
def test_a_bylines_town_is_the_bureau(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city == city
    assert found.byline


@pytest.mark.parametrize(
    "text",
    [
        # a wire byline names its agency, a job or an outlet after the name: no town
        "Nine killed\n\nBy JANE ROE Associated Press\n\nGunmen killed nine people on Sunday.",
        "Nine killed\n\nBy Jane Roe, Staff Writer\n\nGunmen killed nine people on Sunday.",
        "Nine killed\n\nBy Jane Roe, Nation\n\nGunmen killed nine people on Sunday.",
    ],
)
def test_a_byline_without_a_town_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_the_lead_scene_is_not_the_bylines_town() -> None:
    text = (
        "Gunmen kill 12 in Adamawa\n\nBy Musa Bello, Sokoto\n\n"
        "Gunmen have killed 12 villagers in an attack on Mubi, the seat of Mubi Local "
        "Government Area in Adamawa State.\n\nEight wounded villagers were driven to Sokoto "
        "for treatment on Sunday, a resident said."
    )
    found = report_places(text)
    assert found
    assert all(place is not None and place.startswith("Mubi") for place in found)


def test_a_bylines_town_stands_when_the_lead_names_no_other() -> None:
    text = (
        "Gunmen kill 12\n\nBy Musa Bello, Sokoto\n\n"
        "Gunmen have killed 12 persons in the city on Sunday, police said."
    )
    found = report_places(text)
    assert found
    assert all(place == "Sokoto" for place in found)


@pytest.mark.parametrize(
    "lead",
    [
        "Militants killed six soldiers in an attack on Mubi on Sunday, police said.",
        "Gunmen stormed Mubi on Sunday and killed six soldiers, police said.",
    ],
)
def test_the_town_an_attack_is_made_on_is_the_scene(lead: str) -> None:
    text = f"Six soldiers killed\n\nBy Jane Roe, Sokoto\n\n{lead}"
    assert all(place is not None and place.startswith("Mubi") for place in report_places(text))


def test_an_attack_on_a_person_names_no_scene() -> None:
    text = (
        "Six killed\n\nBy Jane Roe, Sokoto\n\nGunmen killed six guards in an attack on Musa "
        "Bello, the local chief, on Sunday, police said."
    )
    assert all(place == "Sokoto" for place in report_places(text))
