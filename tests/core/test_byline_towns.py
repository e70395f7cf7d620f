"""A byline's town ("By Jane Roe, Kano", "From our correspondent in Quetta") is the bureau
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
        ("Nine killed\n\nBy Musa Bello, Kano\n\nGunmen killed nine people on Sunday.", "Kano"),
        ("Blast kills four\n\nFrom our correspondent in Quetta\n\nFour people died in a blast.",
         "Quetta"),
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
        "Bandits kill 12 in Zamfara\n\nBy Musa Bello, Kano\n\n"
        "Bandits have killed 12 persons in an attack on Gusau, headquarters of Gusau Local "
        "Government Area of Zamfara State.\n\nA resident said eight injured persons were "
        "taken to Kano on Sunday."
    )
    found = report_places(text)
    assert found
    assert all(place is not None and place.startswith("Gusau") for place in found)


def test_a_bylines_town_stands_when_the_lead_names_no_other() -> None:
    text = (
        "Gunmen kill 12\n\nBy Musa Bello, Kano\n\n"
        "Gunmen have killed 12 persons in the city on Sunday, police said."
    )
    found = report_places(text)
    assert found
    assert all(place == "Kano" for place in found)


@pytest.mark.parametrize(
    "lead",
    [
        "Militants killed six soldiers in an attack on Gusau on Sunday, police said.",
        "Gunmen stormed Gusau on Sunday and killed six soldiers, police said.",
    ],
)
def test_the_town_an_attack_is_made_on_is_the_scene(lead: str) -> None:
    text = f"Six soldiers killed\n\nBy Jane Roe, Kano\n\n{lead}"
    assert all(place is not None and place.startswith("Gusau") for place in report_places(text))


def test_an_attack_on_a_person_names_no_scene() -> None:
    text = (
        "Six killed\n\nBy Jane Roe, Kano\n\nGunmen killed six guards in an attack on Musa "
        "Bello, the local chief, on Sunday, police said."
    )
    assert all(place == "Kano" for place in report_places(text))
