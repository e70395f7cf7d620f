"""A town named with another by a hyphen in a road's name ("on the Mumbai-Agra highway") is
one end of a road that may run hundreds of kilometres, no more the scene than the other end
(issue #11, place): the first end was the figure's place whenever the sentence named no other,
though the dateline's town said where the desk placed the crash. It now gives way to any other
place the report gives. A road named after one town ("the Peshawar road") keeps its reading.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NASHIK: Twelve passengers were injured when a bus overturned on the Mumbai-Agra "
            "highway on Sunday.",
            "Nashik",
        ),
        (
            "JALALABAD, Afghanistan (AP) - Four people were killed on the Kabul-Jalalabad "
            "highway on Monday.",
            "Jalalabad, Afghanistan",
        ),
    ],
)
def test_a_road_end_gives_way_to_the_dateline(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KOHAT: Three passengers were killed when gunmen opened fire on a van on the "
            "Peshawar road.",
            "Peshawar",
        ),
        ("Five people died on the Kitwe-Ndola highway near Chingola on Friday.", "Chingola"),
        (
            "RAWALPINDI: Five people died when a truck hit a van on the Lahore-Islamabad "
            "motorway on Monday.",
            "Rawalpindi",
        ),
        ("Four people were killed in Peshawar on Monday.", "Peshawar"),
        (
            "GREENSBORO, N.C. - Two people were killed on the Winston-Salem highway on Monday.",
            "Winston-Salem",
        ),
    ],
)
def test_other_roads_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits shot dead 6 motorists on the Kaduna-Abuja highway on Sunday.", "Kaduna-Abuja"),
        ("Robbers shot dead 2 drivers on the Lahore-Sialkot motorway.", "Lahore-Sialkot"),
        ("A roadside bomb killed 3 soldiers on the Baghdad-Kirkuk road.", "Baghdad-Kirkuk"),
    ],
)
def test_a_road_end_stays_when_the_report_has_no_place_of_its_own(text: str, place: str) -> None:
    # no dateline, no other place: the road's two ends are all the report says of where
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BANNU: Two policemen were shot dead on the Dera-Ismail-Khan road on Friday.",
            "Dera-Ismail-Khan",
        ),
        (
            "PESHAWAR: Four soldiers were killed in an ambush on the Dera-Ismail-Khan road.",
            "Dera-Ismail-Khan",
        ),
    ],
)
def test_a_town_whose_name_hyphens_join_is_no_road_end(text: str, place: str) -> None:
    # three words the hyphens join, the gazetteer knowing the whole as one town
    assert report_places(text) == [place]
