"""Datelines of South Asian desk copy the place falls back to: two bureaus in title case
("Islamabad/Peshawar, May 3:") or with spaced slashes ("QUETTA / TURBAT:"), the story being
about the town other than the capital's desk, else the one whose district the story's places
lie in, else the first; a town alone on the line above the story, or in a correspondent's
byline ("Our Correspondent, Hatiya"); a town's initials written apart ("D I KHAN:"). A
headline's figure the bureau's town was given for want of a place takes the scene the lead
names. Sentences invented; the towns real."""

from __future__ import annotations

import pytest

from core.text import places
from core.text.datelines import find_dateline
from core.text.place_spellings import initials_spelled_out
from tests.core.claim_factory import report_places as places_of


@pytest.mark.parametrize(
    ("text", "city", "bureaus"),
    [
        (
            "Islamabad/Peshawar, May 3: Two men were shot dead near a bus stand on Friday.",
            "Peshawar",
            ("Islamabad", "Peshawar"),
        ),
        # the story's places lie in the second bureau's district
        (
            "QUETTA / TURBAT: Two levies men were shot dead at a checkpost in Kech district.",
            "Turbat",
            ("Quetta", "Turbat"),
        ),
        # nothing tells the second: the first, the desk's lead bureau
        (
            "Karachi / Hyderabad: Two men were shot dead by robbers on Monday night.",
            "Karachi",
            ("Karachi", "Hyderabad"),
        ),
        # two towns alone on their line, one the gazetteer lacks: the one the story names
        # more (a tie: the first)
        (
            "Ferry toll rises\n\nHatiya / Barishal\n\nThe toll from the ferry capsize off "
            "Hatiya rose to nine after two bodies were found near Hatiya ghat.",
            "Hatiya",
            ("Hatiya", "Barishal"),
        ),
        # a district correspondent's byline names the town
        (
            "Two killed in clash\n\nOur Correspondent, Hatiya\n\nTwo people were killed "
            "in a clash over land on Monday.",
            "Hatiya",
            ("Hatiya",),
        ),
        # a town with its day and its agency, unknown to the gazetteer
        (
            "Hatiya, Mar 3 (UNB) - Two fishermen drowned when their trawler sank on Monday.",
            "Hatiya",
            ("Hatiya",),
        ),
        # a capital named second adds its word to a story of the first town
        (
            "LAHORE/ISLAMABAD: Police arrested four suspects in the trader's murder on Sunday.",
            "Lahore",
            ("Lahore", "Islamabad"),
        ),
        # a town's initials written apart, spelled out as a checker files it
        (
            "D I KHAN: Two policemen were martyred in an attack on a van.",
            "Dera Ismail Khan",
            ("Dera Ismail Khan",),
        ),
        (
            "Two die in roof collapse\n\nMultan\nTwo children died when the roof of their house "
            "caved in after rain on Monday.",
            "Multan",
            ("Multan",),
        ),
    ],
)
def test_a_desk_dateline_is_read(text: str, city: str, bureaus: tuple[str, ...]) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.city, found.bureaus) == (city, bureaus)


@pytest.mark.parametrize(
    "text",
    [
        # a byline alone on its line names no town
        "Two die in roof collapse\n\nStaff Reporter\nTwo children died when the roof of their "
        "house caved in after rain on Monday.",
        # a town alone on a line before a line that is no sentence: a list, not a dateline
        "Multan\nWeather today and tomorrow",
    ],
)
def test_a_line_that_is_no_town_or_no_story_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_spaced_initials_name_the_town() -> None:
    found = places.lookup("D G Khan")
    assert found is not None
    assert found.name == "Dera Ghazi Khan"
    assert places.lookup("A B") is None
    assert initials_spelled_out("D I Khan district") == "Dera Ismail Khan district"
    assert initials_spelled_out("U S Army") == "U S Army"  # no town of that name


def test_a_unit_named_by_initials_is_spelled_out_in_its_chain() -> None:
    text = (
        "MULTAN: Two policemen were martyred in an attack on a checkpost in Paharpur tehsil "
        "of D I Khan district on Monday, police said."
    )
    assert places_of(text) == ["Paharpur tehsil, Dera Ismail Khan district"]


def test_a_figure_with_no_place_falls_back_to_the_correspondents_town() -> None:
    text = (
        "Levies man shot dead\n\n"
        "QUETTA / TURBAT: Two levies men were shot dead by unidentified gunmen on Tuesday, "
        "officials said.\n\n"
        "The Kech district administration ordered an inquiry."
    )
    assert set(places_of(text)) == {"Turbat"}


def test_a_town_alone_above_the_story_is_the_reports_place() -> None:
    text = (
        "Three killed in blast\n\n"
        "Peshawar\n"
        "Three people were killed and four injured in a blast near a vegetable market on "
        "Sunday, police said."
    )
    assert set(places_of(text)) == {"Peshawar"}


def test_spaced_initials_in_a_sentence_are_the_whole_town() -> None:
    text = (
        "MULTAN: Three people were killed in a firing incident in D I Khan on Sunday, police "
        "said."
    )
    assert places_of(text) == ["Dera Ismail Khan"]


def test_a_headline_figure_given_the_bureaus_town_takes_the_leads_scene() -> None:
    text = (
        "Five killed in Kunar\n\n"
        "ASADABAD (Pajhwok): Five civilians were killed when a mortar shell hit their house in "
        "Sarkano district of Kunar province, officials said on Saturday."
    )
    assert set(places_of(text)) == {"Sarkano district, Kunar province"}


def test_a_report_whose_first_line_is_its_dateline_keeps_its_town() -> None:
    # no headline above the dateline: the first line's figures are no headline's
    text = (
        "MARLOW, Okla. - Three people were killed in a shooting at a farm outside Marlow on "
        "Monday.\n\n"
        "Police arrived at the farmhouse on the 2000 block of Elm Road minutes later.\n\n"
        "Two farmhands were pronounced dead in the barn on Monday, officials told reporters."
    )
    assert places_of(text)[0] == "Marlow"


def test_a_reports_dateline_is_read_once_under_its_hints() -> None:
    """The stages ask a report's dateline again and again: it is read once for the text and
    the report's hints (which choose between two bureaus' towns), and read anew under other
    hints."""
    from core.text.datelines import _found_dateline

    text = "QUETTA/TURBAT: Three labourers were shot dead in a field in Kech district on Monday."
    _found_dateline.cache_clear()
    first = find_dateline(text)
    assert find_dateline(text) is first
    assert _found_dateline.cache_info().misses == 1
    with places.report_hints({"PK": 3}, provinces=("PK-BA",)):
        within = find_dateline(text)
        assert find_dateline(text) is within
    assert _found_dateline.cache_info().misses == 2
    assert first is not None
    assert within is not None
    assert (first.city, first.bureaus) == (within.city, within.bureaus) == (
        "Turbat", ("Quetta", "Turbat"),
    )
