"""The place of a figure in South Asian and Afghan copy we wrote (issue #11, place): the most
specific unit named below a province wins, written with the units the text says hold it
("the X district of Y province", "X union in Y's Z upazila", "X Rural Municipality of Y
district"); the town the hurt were treated or referred to is not the scene; the border of a
province or a country is not a place when the sentence names one near it. Positive and
negative cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.admin_units import an_admin_unit
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the village named by its country: the village, the country unsaid
        (
            "A drone strike on a house in the south Lebanon village of Qarmoun killed four "
            "people on Tuesday, the health ministry said.",
            "four",
            "Qarmoun",
        ),
        # by its province: the village in the province
        (
            "Gunmen opened fire on a wedding party in the Punjab village of Kotli Dhera, "
            "killing six guests.",
            "six",
            "Kotli Dhera, Punjab",
        ),
    ],
)
def test_a_unit_named_by_the_wide_place_that_holds_it(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_province_of_a_country_stays_the_province(nlp: Language) -> None:
    found = place_of(
        nlp, "Floods killed 12 people in the Sindh province of Pakistan this week.", "12"
    )
    assert found is not None
    assert found.startswith("Sindh")


@pytest.mark.parametrize(
    ("text", "figure", "parts"),
    [
        (
            "Six farmers were killed in a drone strike in the Gortal district of Vazira "
            "province on Tuesday, officials said.",
            "Six",
            ("Gortal district", "Vazira province"),
        ),
        (
            "Three men were injured in a land dispute at Kolapara union in Jessore's Morgachi "
            "upazila on Sunday.",
            "Three",
            ("Kolapara union", "Morgachi upazila"),
        ),
        (
            "Four passengers died when a bus fell into a gorge in Tansen Rural Municipality of "
            "Palpa district on Friday.",
            "Four",
            ("Tansen Rural Municipality", "Palpa district"),
        ),
        # a town in a district, the district after its province's possessive
        (
            "About 40 people were injured in Morbani city in Aceh's Gortal district, a doctor "
            "said.",
            "About 40",
            ("Morbani city", "Gortal district"),
        ),
        # a district named by the town that holds it: the district's own name first
        (
            "Two youths were hurt in a clash in the central Athens district of Plakoura on "
            "Sunday.",
            "Two",
            ("Plakoura", "Athens"),
        ),
        # a chain NER and the parse leave unnamed, after "in"
        (
            "Three policemen were killed in an attack in Kabal tehsil of Swat district on "
            "Monday.",
            "Three",
            ("Kabal tehsil", "Swat district"),
        ),
        (
            "Four rebels were killed in an encounter in Bhairamgarh block of Bijapur district "
            "on Sunday.",
            "Four",
            ("Bhairamgarh block", "Bijapur district"),
        ),
        (
            "Two fishermen were injured in Point Pedro Divisional Secretariat of Jaffna "
            "district.",
            "Two",
            ("Point Pedro Divisional Secretariat", "Jaffna district"),
        ),
        (
            "Police arrested nine men in Dhanpur upazila of Kushtia district on Monday.",
            "nine",
            ("Dhanpur upazila", "Kushtia district"),
        ),
        # a unit after a district's possessive, and a part of it named with its noun
        (
            "Two farmers were shot dead in Gumla district's Bishunpur block on Sunday.",
            "Two",
            ("Bishunpur block", "Gumla district"),
        ),
        (
            "Three jawans were killed in an ambush in Latehar district's Garu area on Sunday.",
            "Three",
            ("Garu area", "Latehar district"),
        ),
    ],
)
def test_the_most_specific_unit_with_its_holders(
    nlp: Language, text: str, figure: str, parts: tuple[str, ...]
) -> None:
    found = place_of(nlp, text, figure)
    assert found is not None
    assert found.startswith(parts[0])
    assert all(part in found for part in parts)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a body named like a unit is no unit: the town stays
        (
            "Two members of the Teamsters Union were hurt in a brawl in Dayton on Friday.",
            "Two",
            "Dayton",
        ),
        # a province owning the district is left out, as before
        (
            "Police said 12 people were killed in Sindh's Tharwali district.",
            "12",
            "Tharwali district",
        ),
        # a union's office is no unit
        (
            "Two people were killed in a blast at the Rail Workers union office in Quetta on "
            "Monday.",
            "Two",
            "Quetta",
        ),
        # a month after "in" holds no unit
        ("Five men were killed in Tharwali district in January, police said.", "Five",
         "Tharwali district"),
    ],
)
def test_no_chain_without_a_holder(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_unit_the_gazetteer_lacks_beats_a_town_of_another_clause(nlp: Language) -> None:
    text = (
        "Police arrested four kidnappers in Gortal district on Monday and freed a trader "
        "who had been abducted from Jalalabad last week."
    )
    assert place_of(nlp, text, "four") == "Gortal district"


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Gortal district", True),
        ("Palash upazila, Narsingdi", True),
        ("Tansen Rural Municipality", True),
        ("district", False),
        ("Lahore", False),
        ("Marion County", False),
    ],
)
def test_an_admin_unit(name: str, unit: bool) -> None:
    assert an_admin_unit(name) is unit


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Five people were killed in a clash in Morbani on Monday.\n\n"
            "One of the injured died during treatment at the Sagar Institute of Health "
            "Sciences in Kelapur late on Monday, police said.",
            "One",
            "Morbani",
        ),
        (
            "Seven people were injured in a blast in Morbani on Monday.\n\n"
            "Two of them are undergoing treatment in Kelapur, police said.",
            "Two",
            "Morbani",
        ),
        (
            "Seven people were injured in a blast in Morbani on Monday.\n\n"
            "Two injured people were later referred to Kelapur, police said.",
            "Two",
            "Morbani",
        ),
    ],
)
def test_the_treatment_town_is_not_the_scene(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_shooting_at_a_hospital_is_in_its_town(nlp: Language) -> None:
    text = "Two guards were shot dead at a hospital in Morbani on Monday, police said."
    assert place_of(nlp, text, "Two") == "Morbani"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the border of a state is only the side: the village near it is the place, in the
        # district the lead named
        (
            "Raipur: Two jawans were killed in an IED blast in Kanker district on Friday. The "
            "blast took place near Molsi village along the Odisha border. Three others were "
            "hurt, police said.",
            "Three",
            "Molsi village, Kanker district",
        ),
        (
            "Three soldiers were killed near the Afghan border in Bajaur district on Sunday.",
            "Three",
            "Bajaur district",
        ),
    ],
)
def test_a_wide_border_gives_way(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


def test_the_state_of_the_story_is_not_the_border_s_side(nlp: Language) -> None:
    text = (
        "Two jawans were killed in Chhattisgarh's Kanker district on Friday. The blast took "
        "place near Molsi village along the Odisha border.\n\n"
        "With this, 90 rebels have been killed in the state this year."
    )
    assert place_of(nlp, text, "90") == "Chhattisgarh"


def test_a_border_between_towns_stays(nlp: Language) -> None:
    text = "Three jawans were killed on the Dantewada-Bastar border on Friday."
    assert place_of(nlp, text, "Three") == "Dantewada-Bastar border"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the headline's province gives way to the unit in it the lead names
        (
            "Four farmers killed in Zabul airstrike\n\n"
            "Four farmers were killed in an airstrike in the Gortal district of Zabul province "
            "on Tuesday, officials said.",
            "Four",
            "Gortal district, Zabul province",
        ),
        # the headline's district town gives way to the upazila and union in it
        (
            "3 killed in clash in Narsingdi\n\n"
            "Three people were killed in a clash at Dhulipur union in Narsingdi's Raipura "
            "upazila on Sunday, police said.",
            "3",
            "Dhulipur union, Raipura upazila, Narsingdi",
        ),
    ],
)
def test_the_lead_s_unit_over_the_headline_s_area(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_district_the_gazetteer_puts_in_the_lead_s_province(nlp: Language) -> None:
    text = (
        "Five killed in Helmand blast\n\n"
        "Five children were killed when an old shell went off in southern Helmand "
        "province on Sunday, an official said.\n\n"
        "The blast took place in the Khanjar area of Sangin district, he said."
    )
    found = place_of(nlp, text, "Five")
    assert found is not None
    assert "Sangin district" in found


def test_a_unit_of_another_province_leaves_the_headline(nlp: Language) -> None:
    text = (
        "Four farmers killed in Zabul airstrike\n\n"
        "Four farmers were killed in an airstrike in Zabul province on Tuesday, officials said. "
        "Police also said two men were hurt in the Gortal district of Herat province."
    )
    assert place_of(nlp, text, "Four") == "Zabul"


@pytest.mark.parametrize(
    ("spelling", "place"),
    [("Khyber-Pakhtunkhwa", "Khyber-Pakhtunkhwa"), ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa")],
)
def test_the_province_as_the_report_spells_it(nlp: Language, spelling: str, place: str) -> None:
    text = (
        "PESHAWAR: Two policemen were injured in a raid in Lakki Marwat district on Monday.\n\n"
        f"According to the {spelling} police, 23 policemen have been killed in the province "
        "since January 1, while 41 others were injured."
    )
    assert place_of(nlp, text, "23") == place


def test_where_a_quake_was_felt_is_no_scene(nlp: Language) -> None:
    text = (
        "A strong earthquake struck a remote Pacific island on Sunday.\n\n"
        "The quake hit the Pacific island of Tarova at dawn, officials said.\n\n"
        "It killed 12 people on the island and was also felt in Fiji, officials said."
    )
    assert place_of(nlp, text, "12") == "Tarova"


def test_a_quake_that_killed_in_a_town_keeps_it(nlp: Language) -> None:
    text = "A quake that was felt widely killed 12 people in Suva on Sunday, officials said."
    assert place_of(nlp, text, "12") == "Suva"


def test_the_headline_s_province_gives_way_to_the_lead_s_border(nlp: Language) -> None:
    text = (
        "Chhattisgarh: 3 jawans killed in IED blast on Dantewada-Bastar border\n\n"
        "Raipur: Three jawans were killed when rebels set off a mine on the Dantewada-Bastar "
        "border in Chhattisgarh on Monday.\n\n"
        "The jawans were returning from an operation in the Kolpar area when the mine went "
        "off.\n\n"
        "Two of them died on the spot, officials said."
    )
    assert place_of(nlp, text, "Two") == "Dantewada-Bastar border"



@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Pressure for a truce has been mounting, with the UN warning Israel over its "
            "campaign, while troops killed at least 30 people during strikes in Gaza on Tuesday.",
            "Gaza",
        ),
        # a country struck is the scene
        ("Rebels attacked Mali on Tuesday, killing at least 30 people.", "Mali"),
    ],
)
def test_a_country_a_story_addresses_is_no_place(nlp: Language, text: str, place: str) -> None:
    assert place_of(nlp, text, "at least 30") == place


def test_a_boat_lost_off_a_town_is_filed_under_the_town(nlp: Language) -> None:
    text = (
        "At least seven passengers drowned when a ferry capsized in the Tetulia river off "
        "Char Madras in Bhola district on Monday."
    )
    assert place_of(nlp, text, "At least seven") == "Char Madras, Bhola district"


def test_a_verb_s_off_is_no_place(nlp: Language) -> None:
    text = "Police fought off 30 protesters who tried to storm the station in Quetta."
    assert place_of(nlp, text, "30") == "Quetta"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a unit NER took whole for a body, after "in": the unit is the place
        ("Bandits killed 11 guards in an ambush in Bakori LGA. In January, gunmen seized "
         "30 travellers on a highway.", "11", "Bakori LGA"),
        ("Gunmen killed seven farmers in Bakori LGA. Police said they had arrested two "
         "suspects.", "seven", "Bakori LGA"),
        # a council named after its unit is a body, and so is the unit whose officials speak
        ("The Bakori LGA Council said 11 guards were killed in the ambush.", "11", None),
        ("Officials of the Bakori LGA said 11 guards were killed.", "11", None),
    ],
)
def test_a_unit_read_as_a_body_is_a_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a province's initials the tokenizer splits ("K", "-", "P.") hold the unit whole
        (
            "PESHAWAR, May 3 - Gunmen shot dead five policemen in Lakki Marwat district of "
            "K-P. on Sunday, officials said.",
            "Lakki Marwat district, K-P.",
        ),
        # negative: initials set apart by spaces are no one name
        (
            "PESHAWAR, May 3 - Gunmen shot dead five policemen in Lakki Marwat district on "
            "Sunday, officials of the K - P unit said.",
            "Lakki Marwat district",
        ),
    ],
)
def test_a_unit_held_by_hyphened_initials(nlp: Language, text: str, place: str) -> None:
    assert place_of(nlp, text, "five") == place


def test_two_regions_the_gazetteer_spells_otherwise_stay_apart(nlp: Language) -> None:
    """ "Lower Shabelle" (the gazetteer's "Shabeellaha Hoose") is a whole name: the spot of
    the lead, not a spot the later sentence's region holds."""
    text = (
        "MOGADISHU, May 3 - Militants killed 12 soldiers in an attack on a base in Lower "
        "Shabelle on Sunday, a military officer said.\n\n"
        "Separately, four civilians were killed in a roadside blast in Middle Shabelle "
        "region, residents said.\n"
    )
    assert place_of(nlp, text, "12") == "Lower Shabelle"
    assert place_of(nlp, text, "four") == "Middle Shabelle region"
