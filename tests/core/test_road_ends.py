"""A road named after the two towns it joins gives those ends as its place when the report
has no other: the recogniser read "the Kabul-Jalalabad highway" as its first town alone
("Kabul", a clipped word), "the Maiduguri-Damboa road" as nothing, "the Karachi-Hyderabad
motorway" as a body, so one kind of road gave three readings (issue #11, places). Sentences
invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A roadside bomb killed 6 soldiers on the Kabul-Jalalabad highway on Monday.",
         "Kabul-Jalalabad"),
        ("Gunmen killed 2 traders on the Maiduguri-Damboa road on Tuesday.", "Maiduguri-Damboa"),
        ("A bus crash on the Karachi-Hyderabad motorway killed 9 people.", "Karachi-Hyderabad"),
        ("Bandits abducted 14 travellers on the Lokoja-Abuja highway late on Friday.",
         "Lokoja-Abuja"),
    ],
)
def test_the_roads_ends_are_its_place(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town the road is near, the dateline's town: the scene, as before
        ("A roadside bomb killed 6 soldiers on the Kabul-Kandahar highway near Ghazni.", "Ghazni"),
        ("JALALABAD, Afghanistan (AP) - A bomb killed 4 people on the Kabul-Jalalabad highway.",
         "Jalalabad, Afghanistan"),
        ("Three people were killed in a crash on Interstate 95 near Baltimore on Monday.",
         "Baltimore"),
        # the recogniser's own reading of both ends, kept
        ("Gunmen killed 2 traders along the Abuja-Kaduna highway on Tuesday.", "Abuja-Kaduna"),
        # a road after one town, a road's name that joins no towns
        ("Gunmen killed 3 passengers on the Peshawar road on Monday.", "Peshawar"),
        ("Two drivers died in a pile-up on the Trans-Canada Highway near Moncton.", "Moncton"),
        # a town whose own name is hyphened
        ("Two people were killed on the Winston-Salem highway on Monday.", "Winston-Salem"),
    ],
)
def test_other_roads_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # joined names before no road
        "The Kabul-Jalalabad talks ended after 3 guards were killed in Herat.",
        # an end the gazetteer does not know
        "Gunmen killed 2 traders on the Zorvatt-Kaduna road in Herat.",
    ],
)
def test_no_road_of_known_ends_keeps_the_town(text: str) -> None:
    assert report_places(text) == ["Herat"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # review: a road named after the countries it joins crosses a border; the town on
        # it, or the first country, stays the place as before
        ("Clashes on the Pakistan-Afghanistan route killed 2 traders at Chaman.", "Chaman"),
        ("Israeli strikes killed 5 people along the Gaza-Egypt corridor on Monday.", "Gaza"),
        ("A derailment on the Kenya-Uganda railway killed 3 workers on Monday.", "Kenya"),
        ("Gunmen killed 4 guards on the Ethiopia-Djibouti railway on Friday.", "Ethiopia"),
    ],
)
def test_a_road_joining_countries_keeps_its_reading(text: str, place: str) -> None:
    assert report_places(text) == [place]
