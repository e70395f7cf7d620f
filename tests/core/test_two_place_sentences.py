"""A sentence naming two places, and which is the scene of the counted happening: a clause
with a subject of its own keeps its place; where words were said, where the counted came
from, the named end of a journey and the town a distance runs from are not the scene
(issue #11, place). Sentences written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


def _places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def _place_of(text: str, figure: str) -> str | None:
    found = [where for number, where in _places(text + "\n") if number == figure]
    assert found, _places(text + "\n")
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # each clause with a subject of its own tells its own happening and its place
        (
            "A fire at a mill in Tongi killed 40 workers in 2010, and a roof collapse in "
            "nearby Gazipur the next year killed 60 people.",
            "40",
            "Tongi",
        ),
        (
            "A fire at a mill in Tongi killed 40 workers in 2010, and a roof collapse in "
            "nearby Gazipur the next year killed 60 people.",
            "60",
            "Gazipur",
        ),
        # a clause naming no place of its own leaves the scene to the sentence
        ("A bomb went off in a bazaar in Kohat on Monday and three people were killed.",
         "three", "Kohat"),
    ],
)
def test_a_clause_of_its_own_keeps_its_place(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where the words were said, hung on the verb or on whom it was told to
        (
            "In Mogadishu, the ministry said the army had killed 17 fighters in villages west "
            "of Afgooye.",
            "17",
            "Afgooye",
        ),
        (
            "The police spokesman, Jo Maria, told Radio Capital in Pemba that six more bodies "
            "were found on Saturday in the forest near Nangololo, where the clashes happened.",
            "six",
            "Nangololo",
        ),
        # whom a figure is according to
        ("At least 22 soldiers were killed in Tougouri, according to a local official in "
         "Boulsa.", "At least 22", "Tougouri"),
        # the place words were said in is the figure's when the told clause names none
        ("In Kabul, police said a bomb killed four people on Monday.", "four", "Kabul"),
        ("At least 22 soldiers were killed in Boulsa, according to a local official.",
         "At least 22", "Boulsa"),
    ],
)
def test_where_words_were_said_gives_way_to_the_told_place(
    text: str, figure: str, place: str
) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where the counted came from, a noun for people or what the people are called
        (
            "Two pilgrims from Jammu were killed when militants attacked their bus in "
            "Udhampur on Monday.",
            "Two",
            "Udhampur",
        ),
        (
            "The two people in the van, a married couple from Harrah, were killed in a crash "
            "in Choctaw on Monday.",
            "two",
            "Choctaw",
        ),
        # people arrested "from" a place were picked up there
        ("Police arrested two pilgrims from Jammu on Monday.", "two", "Jammu"),
    ],
)
def test_where_the_counted_came_from_is_not_the_scene(
    text: str, figure: str, place: str
) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a town is not told by what it lies near: the vehicle was near it
        (
            "Four passengers were killed when gunmen opened fire on a bus travelling from "
            "Quetta to Karachi near Khuzdar on Monday.",
            "Four",
            "Khuzdar",
        ),
        (
            "A bomb exploded on a train bound for Quetta near Jacobabad on Monday, killing "
            "six passengers.",
            "six",
            "Jacobabad",
        ),
        # the town a distance runs from says where the scene lies
        ("Seven people were killed in Dargai, about 30 km from Mardan, on Monday.", "Seven",
         "Dargai"),
    ],
)
def test_a_journeys_end_and_a_reference_town_are_not_the_scene(
    text: str, figure: str, place: str
) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a headline's parse hangs the arrest on its number: the arrest is still its own
        ("Two arrested in Oakville after deadly shooting at Brampton mall\n\nA man was "
         "killed in a shooting at a mall in Brampton on Friday.", "Two", "Oakville"),
        ("Police arrested two men in Oakville on Monday, a day after a shooting killed three "
         "people at a mall in Brampton.", "three", "Brampton"),
    ],
)
def test_where_an_arrest_was_made_is_its_own(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # whom a figure is according to, joined to the words before by the parse
        (
            "Gunmen stormed an army post in Tougouri on Sunday.\n\nAt least 22 soldiers and "
            "militiamen were killed, according to a cousin of one of the victims and a local "
            "official in Boulsa, who asked not to be named.",
            "At least 22",
            "Tougouri",
        ),
        # hospital staff in the town the hurt were taken to speak where the care is
        (
            "Gunmen stormed an army post in Tougouri on Sunday, killing 12 soldiers.\n\nThirty "
            "wounded soldiers were taken to the regional hospital in Kaya, hospital officials "
            "in Kaya said.",
            "Thirty",
            "Tougouri",
        ),
        # ... and where the hurt are when the sentence names no other place
        ("Thirty people were hurt when a roof collapsed on Monday, hospital officials in Kaya "
         "said.", "Thirty", "Kaya"),
        # a health worker the parse sets beside another noun still speaks where the care is
        (
            "Gunmen stormed an army post in Djibo on Sunday, killing 12 soldiers.\n\nAbout 40 "
            "wounded were evacuated to the regional hospital in Dori, some of them by "
            "helicopter, a health worker in Dori told us.",
            "About 40",
            "Djibo",
        ),
        ("Thirty people were hurt when a roof collapsed on Monday, a health worker in "
         "Dori said.", "Thirty", "Dori"),
    ],
)
def test_a_sources_town_is_not_the_scene(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an operation's name, which NER may read as a building's, is no place
        ("Five people were injured in the clash, while soldiers of Operation Safe Haven were "
         "drafted to restore order.", None),
        ("Five people were injured in the clash in Bokkos, while soldiers of Operation Safe "
         "Haven were drafted to restore order.", "Bokkos"),
    ],
)
def test_an_operations_name_is_no_place(text: str, place: str | None) -> None:
    assert _place_of(text, "Five") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the places a told clause names by their plural ("in the X and Y areas") are its own,
        # not the town of the speaker's title
        ("Nowshera police spokesman Ali Khan told reporters that three men were detained in "
         "raids in the Pabbi and Akora areas on Monday.", "Pabbi and Akora areas"),
        # a plural with no names is no place
        ("Nowshera police spokesman Ali Khan told reporters that three men were detained in "
         "raids in two border areas on Monday.", None),
    ],
)
def test_places_named_by_a_plural_locality_noun(text: str, place: str | None) -> None:
    assert _place_of(text, "three") == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the body members belong to is no place; the clause after shares its scene
        (
            "The ministry said that six members of Daesh were killed and three others were "
            "arrested in an operation by the army in Kunduz on Saturday night.",
            "six",
            "Kunduz",
        ),
        # members of a town's own force are told with the town
        ("Six members of the Kunduz police were killed in an ambush on Saturday.", "Six",
         "Kunduz"),
    ],
)
def test_the_body_of_members_is_no_place(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place
