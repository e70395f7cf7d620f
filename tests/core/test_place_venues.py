"""The place the next sentence gives a building a figure's sentence left in a wide area or
near a town (issue #11, place): "killed when shells exploded outside a school in Syria" then
"shells struck the school in Tarvo camp" files the dead under the camp. Sentences written
for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


def _place(text: str, figure: str) -> str | None:
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    return next(c.location for c in claims if c.number_text == figure)


@pytest.mark.parametrize(
    ("after", "place"),
    [
        ("Two shells struck the school in Tarvo camp, witnesses said.\n", "Tarvo camp"),
        # another building, or the same one in no place, leaves the figure where it was
        ("Two shells struck the clinic in Tarvo camp, witnesses said.\n", "Syria"),
        ("Two shells struck the school, witnesses said.\n", "Syria"),
    ],
)
def test_the_next_sentence_places_the_building(after: str, place: str) -> None:
    text = (
        "Shelling hits shelter\n"
        "More than 30 people were killed when shells exploded outside a school in Syria on "
        "Tuesday.\n" + after
    )
    assert _place(text, "More than 30") == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a town the scene is only near gives way to the town the building stands in
        ("A gunman wounded four people at a bottling plant near Denver.\n", "Golden"),
        # a figure already set in a town keeps it
        ("A gunman wounded four people at a bottling plant in Denver.\n", "Denver"),
    ],
)
def test_a_town_the_scene_is_near_gives_way(lead: str, place: str) -> None:
    text = "Gunman opens fire\n" + lead + "Police said the plant in Golden had closed early.\n"
    assert place in (_place(text, "four") or "")


@pytest.mark.parametrize(
    ("where", "place"),
    [
        # a village the gazetteer does not know, where the bodies were found, over the town
        # named only in the official's title
        ("were found in the village of Tarkhovan", "Tarkhovan"),
        # no settlement named: the town of the title stays
        ("were found under the rubble", "Bam"),
    ],
)
def test_an_unknown_village_is_a_town_of_its_own(where: str, place: str) -> None:
    text = (
        "Aftershocks jolt Iran's Bam, toll rises\n"
        f"The toll rose after the bodies of three more victims {where}, Bam Governor Reza "
        "Amini said.\n"
    )
    assert place in (_place(text, "three") or "")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the sea only says where "this island" lies: the island is the report's
        (
            "A strong aftershock rocked this small island in the Arabian Sea on Tuesday, as "
            "the toll from the first quake rose to 14.",
            "Iran",
        ),
        # a sea that is the scene itself stays
        ("A crowded ferry capsized in the Arabian Sea on Tuesday, killing 14.", "Arabian Sea"),
    ],
)
def test_a_sea_said_of_this_island_is_no_scene(sentence: str, place: str) -> None:
    text = "Aftershocks jolt Iran's Kish island, toll rises\n" + sentence + "\n"
    assert _place(text, "14") == place


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        # the later conjunct's own place, though both hang on the shared verb
        (
            "In 2001 a quake killed 90 people in Arequipa and dozens more in neighbouring Chile.",
            "dozens",
            "Chile",
        ),
        # the first conjunct keeps the place written with it
        (
            "In 2001 a quake killed 90 people in Arequipa and dozens more in neighbouring Chile.",
            "90",
            "Arequipa",
        ),
    ],
)
def test_a_later_conjunct_keeps_its_own_place(sentence: str, figure: str, place: str) -> None:
    assert _place("Quake anniversary marked in Peru\n" + sentence + "\n", figure) == place
