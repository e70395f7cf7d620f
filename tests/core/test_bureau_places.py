"""The place of a figure in South Asian desk and wire copy we wrote: a dateline the story runs
on from ("PATNA, Mar 2 (PTI) Three ..."), in title case ("Ranchi, Apr 9:"), the bureau's town
when the lead names the district or the province of the incident, a district after a state's
possessive parsed as a conjunct ("in Jammu and Kashmir's Anantnag district"), and a weapon's
initials that name no place ("an IED blast"). Positive and negative cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.text.datelines import find_dateline
from tests.core.claim_factory import PLACE_DAY, place_of, read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("PATNA, Mar 2 (PTI) Three villagers were injured in a blast in the district.", "Patna"),
        ("Ranchi, Apr 9 (IANS) Two jawans were hurt in an ambush near the border.", "Ranchi"),
        ("Ranchi, Apr 9: Two jawans were hurt in an ambush near the border on Sunday.", "Ranchi"),
        ("Kolkata: Police arrested six men after a clash near the market on Friday.", "Kolkata"),
    ],
)
def test_a_title_case_or_agency_dateline_is_read(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Note: Police arrested six men after a clash near the market on Friday.",
        "Photo: Police arrested six men after a clash near the market on Friday.",
        # an agency with no day is a byline, not a dateline
        "Ranchi (IANS) Two jawans were hurt in an ambush near the border on Sunday.",
        # a town too small to stand alone before a colon without its day
        "Officials: Two jawans were hurt in an ambush near the border on Sunday.",
    ],
)
def test_a_label_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the lead names the district: a later figure with no place is there, not in the
        # bureau's town
        (
            "SRINAGAR, Mar 3 (PTI) Three militants were killed in a gunfight with troops in "
            "Jammu and Kashmir's Anantnag district on Tuesday, police said.\n\n"
            '"Three militants have been killed so far," an officer said.',
            "Three",
            "Anantnag district",
        ),
        # the district parsed as a conjunct of the state is the place of the lead's figure
        (
            "Four soldiers were injured in an encounter with militants in Jammu and Kashmir's "
            "Anantnag district on Sunday.",
            "Four",
            "Anantnag district",
        ),
        # a lead naming the province the bureau's town lies in: the province, not the town
        (
            "Patna: Five policemen were injured when a mob attacked a patrol in Bihar on Monday, "
            "officials said.\n\nFive of the attackers were arrested later, police said.",
            "Five",
            "Bihar",
        ),
    ],
)
def test_the_lead_place_over_the_bureau(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        # a press office files from another province: the unit before what holds it
        ("RAWALPINDI: Four soldiers were martyred in an exchange of fire in South "
         "Waziristan's Wana tehsil, the military said on Tuesday.", "Wana tehsil"),
        # the capital of the state the district lies in
        ("PATNA: Six devotees were crushed to death in a stampede at a temple in Bihar's "
         "Gaya district on Monday, officials said.", "Gaya district"),
    ],
)
def test_a_unit_the_lead_names_is_the_place_of_later_figures(
    nlp: Language, lead: str, unit: str
) -> None:
    text = (
        f"{lead}\n\nAccording to a statement, the attackers fled after the exchange.\n\n"
        "Talking to reporters, an official informed that at least nine others were injured."
    )
    later = [c for c in read_claims(nlp, text, PLACE_DAY) if c.number_text == "at least nine"]
    assert [unit in (c.location or "") for c in later] == [True], later


def test_a_lead_naming_no_incident_place_keeps_the_bureau(nlp: Language) -> None:
    text = (
        "PATNA, Mar 2 (PTI) Two men were arrested on Monday for a robbery, police said.\n\n"
        "Two others are absconding, an officer said."
    )
    assert place_of(nlp, text, "Two") == "Patna"


def test_a_province_that_only_names_a_body_is_no_lead_place(nlp: Language) -> None:
    text = (
        "Patna: Two men were arrested by the Bihar Police on Monday for a robbery, officials "
        "said.\n\nTwo others are absconding, an officer said."
    )
    places_of = [c.location for c in read_claims(nlp, text, PLACE_DAY) if c.number_text == "Two"]
    assert places_of[-1] == "Patna"


def test_a_district_attorney_is_still_a_body(nlp: Language) -> None:
    text = "Two men were charged with murder, the Dallas County district attorney said."
    assert place_of(nlp, text, "Two") != "Dallas County"


@pytest.mark.parametrize("weapon", ["IED", "RPG"])
def test_a_weapon_s_initials_are_no_place(nlp: Language, weapon: str) -> None:
    text = f"Three jawans were killed in an {weapon} blast on Monday, officials said."
    assert place_of(nlp, text, "Three") != weapon


def test_a_town_the_hurt_were_shifted_to_is_no_scene(nlp: Language) -> None:
    text = (
        "Gaya, Mar 3 (IANS) Fourteen people were injured in a clash in Gaya district on Monday, "
        "officials said.\n\n"
        "Of the 14 injured, three were in a serious condition and had been shifted to a "
        "trauma centre in Patna, an officer said."
    )
    assert place_of(nlp, text, "three") == "Gaya district"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a border after "on" or "along" is where it happened, its two districts whole
        (
            "Three jawans were killed when rebels set off a mine on the Dantewada-Bastar border "
            "on Friday.",
            "Dantewada-Bastar border",
        ),
        # more specific than the province the sentence names too
        (
            "Three jawans were killed when rebels set off a mine on the Dantewada-Bastar border "
            "in Chhattisgarh on Friday.",
            "Dantewada-Bastar border",
        ),
        ("Two porters were injured in shelling along the Sikkim border on Friday.", "Sikkim"),
        # "on" before anything else places nothing: the town after "near" does
        ("Two porters were injured on the road near Gaya on Friday.", "Gaya"),
    ],
)
def test_a_border_after_on_is_a_place(nlp: Language, text: str, place: str) -> None:
    found = place_of(nlp, text, text.split(maxsplit=1)[0])
    assert found is not None
    assert found.endswith(place)


def test_a_preposition_inside_a_hyphenated_title_places_nothing(nlp: Language) -> None:
    # the parser hangs "(OC)" on the "in" of "Officer-in-Charge" as its object
    text = (
        "Two people were killed and at least 30 injured in a clash between Awami League and "
        "BNP activists at Raipura upazila in Narsingdi yesterday.\n\n"
        "Raipura Police Station Officer-in-Charge (OC) Azizur Rahman told The Daily Star that "
        "the clash erupted over establishing supremacy in the local market. Seven of the "
        "injured are in critical condition, he said."
    )
    assert place_of(nlp, text, "Seven") == "Raipura upazila, Narsingdi"
