"""The place of a figure read from the role its place names play (issue #11, place): the end
of a journey is not the scene; "the town of X" names X wherever it stands; "in the district"
is the district named before; a day NER ran into a street's name is no part of it; a town NER
took for an organisation after "in" is the town. Sentences written for these classes, with
South Asian reports beside US local news, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language



@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where the wounded were taken or sent is not where they were hurt
        (
            "Four people were injured in Bannu on Monday and were shifted to Peshawar for "
            "treatment, police said.",
            "Four",
            "Bannu",
        ),
        (
            "LAHORE: Nine workers were killed in Kasur district when a boiler exploded, and "
            "the bodies were flown to Lahore, officials said.",
            "Nine",
            "Kasur",
        ),
        # a conjunct of the destination is one too
        (
            "Protests spread from Quetta to Sibi and Turbat on Sunday, and 40 people were "
            "arrested across Balochistan.",
            "40",
            "Balochistan",
        ),
    ],
)
def test_a_journey_end_is_not_the_scene(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the clause on the destination tells what happened there
        (
            "The fighting spread to Parachinar, where 12 people were killed on Tuesday.",
            "12",
            "Parachinar",
        ),
        # "from" after a verb that is no journey: the scene
        (
            "Two guards were shot dead as robbers stole cash from a bank in Mardan.",
            "Two",
            "Mardan",
        ),
        # a noun of motion ("their push into") names where the fighting is
        (
            "A soldier was killed on Monday as troops continued their push into Khost.",
            "A soldier",
            "Khost",
        ),
    ],
)
def test_a_place_that_ends_no_journey_stays(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "A strong quake struck the hills near the town of Chaman, killing 14 people.",
            "14",
            "Chaman",
        ),
        (
            "The flood hit the province in June, near the port city of Gwadar, killing 23 "
            "people, while a village near Turbat was spared.",
            "23",
            "Gwadar",
        ),
        (
            "The hardest-hit place was the district of Swat, where the landslide killed six "
            "villagers.",
            "six",
            "Swat",
        ),
    ],
)
def test_the_town_of_a_name_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


def test_a_body_named_city_of_is_no_place(nlp: Language) -> None:
    text = (
        "Three men were shot on Elm Street in Dayton. The City of Dayton Police Department "
        "said two of them were in critical condition."
    )
    assert "Department" not in (place_of(nlp, text, "two") or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "In a village in Kurram district, one man was killed by a roadside bomb, an "
            "official said. Another three people died in hospitals in the district later, "
            "he said.",
            "three",
            "Kurram",
        ),
        (
            "Rescuers reached Upper Dir district on Friday. The assistant commissioner of "
            "Lower Dir said at least 25 of the wounded in his district needed surgery.",
            "at least 25",
            "Lower Dir",
        ),
        (
            "Heavy rain lashed Balochistan this week. Officials said 19 people died in the "
            "province.",
            "19",
            "Balochistan",
        ),
    ],
)
def test_the_district_is_the_one_named_before(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a province named bare, abroad from the dateline's country: "the province" is it
        (
            "DUBAI, May 2 (Reuters) - Dozens of labourers from Punjab worked at the mine. "
            "Seven of them were killed in the province on Sunday, officials said.",
            "Punjab",
        ),
        (
            "MOSCOW, May 2 (Reuters) - A bus carried pilgrims from Sindh to the shrine. "
            "Seven of them were killed in the province on Sunday, officials said.",
            "Sindh",
        ),
        # a province abroad named beside a country it is no province of: a visitor's
        # origin, not what "the province" calls back
        (
            "PESHAWAR, May 2 (Reuters) - Envoys from Britain and Ontario met the governor. "
            "Seven people were killed in the province on Sunday, officials said.",
            "Khyber Pakhtunkhwa",
        ),
        # a province abroad told only of someone else: not what "the region" calls back
        (
            "ADDIS ABABA, May 2 (Reuters) - Fighting flared on Sunday. The minister, who "
            "studied in England, called for calm. Seven people were killed in the region, "
            "the United Nations said.",
            "Addis Ababa",
        ),
    ],
)
def test_the_province_is_the_one_named_before(nlp: Language, text: str, place: str) -> None:
    assert place_of(nlp, text, "Seven") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a district the gazetteer knows only as one, named without the word "district"
        (
            "Militants attacked a police post in Bannu district on Sunday, killing four "
            "policemen. A roadside bomb wounded three soldiers in North Waziristan, the army "
            "said. Troops later killed seven militants in the district.",
            "North Waziristan",
        ),
        (
            "Gunmen shot dead two traders in Kurram on Monday. Seven more were wounded in the "
            "district, police said.",
            "Kurram",
        ),
        # the district named last, with its word, after such a name
        (
            "A roadside bomb wounded three soldiers in North Waziristan on Sunday. Police said "
            "two were killed in Bannu district on Monday, and seven more died in the district "
            "later.",
            "Bannu district",
        ),
    ],
)
def test_the_district_is_the_last_one_named(nlp: Language, text: str, place: str) -> None:
    assert place_of(nlp, text, "Seven" if "Seven" in text else "seven") == place


def test_a_district_with_its_own_words_is_not_the_one_before(nlp: Language) -> None:
    text = (
        "Two people were killed in Kurram district on Monday. Five more were injured in "
        "the neighbouring district of Orakzai, police said."
    )
    assert "Kurram" not in (place_of(nlp, text, "Five") or "")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "MERIDEN, Conn. -- Two men were wounded after a shooting at the Blue Lantern "
            "at 40 West Main St. Sunday, police said.",
            "Two",
        ),
        (
            "Three people were hurt outside the Ferozepur Road mosque Friday, Lahore police "
            "said.",
            "Three",
        ),
    ],
)
def test_a_day_is_no_part_of_a_street_name(nlp: Language, text: str, figure: str) -> None:
    place = place_of(nlp, text, figure) or ""
    assert not place.endswith(("Sunday", "Friday"))


def test_a_town_taken_for_a_body_or_a_person_after_in(nlp: Language) -> None:
    text = (
        "At least five people were injured and 12 shops were wrecked in Kendari, the "
        "capital of the province, officials said."
    )
    assert place_of(nlp, text, "At least five") == "Kendari"


def test_a_country_that_acts_is_not_where_the_figures_are(nlp: Language) -> None:
    text = (
        "Nine people died in hospital overnight, a local official said.\n\n"
        "Pakistan accused Afghanistan of sheltering militants. Pakistan has vowed to "
        "retaliate, and Pakistan said its border posts were on alert. The strikes hit "
        "Afghanistan's Paktika province on Monday."
    )
    assert place_of(nlp, text, "Nine") == "Afghanistan"


def test_a_country_that_is_a_place_still_counts(nlp: Language) -> None:
    text = (
        "Seven people died when a wall collapsed, officials said.\n\n"
        "Pakistan lies on several fault lines, and quakes are common in Pakistan."
    )
    assert place_of(nlp, text, "Seven") == "Pakistan"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Three people were killed in a blast at a crowded market in Peshawar on Friday.",
            "Three",
            "Peshawar",
        ),
        (
            "Two worshippers were wounded when gunmen opened fire at a mosque in Quetta.",
            "Two",
            "Quetta",
        ),
    ],
)
def test_a_venue_gives_way_to_its_town(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_destination_named_by_example_is_one_too(nlp: Language) -> None:
    text = (
        "Marchers walked from Lahore to other cities such as Multan and Okara. "
        "Police said 60 people were arrested."
    )
    assert place_of(nlp, text, "60") not in ("Multan", "Okara", "Multan and Okara")


def test_the_town_opening_a_venue_name_is_the_place(nlp: Language) -> None:
    text = (
        "ISLAMABAD: A suicide bomber killed 26 people at Quetta railway station on "
        "Saturday, officials said."
    )
    assert place_of(nlp, text, "26") == "Quetta"


def test_a_street_named_after_a_town_stays_in_the_report_town(nlp: Language) -> None:
    text = "ISLAMABAD: Two policemen were shot dead on Peshawar Road on Saturday, officials said."
    assert place_of(nlp, text, "Two") == "Islamabad"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # NER cuts "Jammu" from "Jammu and Kashmir": the district it owns is the place
        (
            "SRINAGAR, May 4 (Reuters) - Three militants were killed in a gunfight in Jammu "
            "and Kashmir's Baramulla district, police said on Thursday.",
            "Three",
            "Baramulla",
        ),
        # "DI Khan", the town's short name, before the word for the attack (spelled out)
        (
            "Five policemen martyred in DI Khan attack\n\nThe attackers fled, officials said.",
            "Five",
            "Dera Ismail Khan",
        ),
    ],
)
def test_a_whole_name_not_its_clipped_head(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


def test_a_round_up_keeps_the_region_its_sentence_names(nlp: Language) -> None:
    text = (
        "SRINAGAR: Two soldiers were killed in Sopore on Monday, police said. "
        "Violence in J&K has killed more than 40 people this year, officials said."
    )
    assert place_of(nlp, text, "more than 40") == "Jammu and Kashmir"  # spelled out


def test_the_incident_in_a_region_is_the_report_town(nlp: Language) -> None:
    text = (
        "HARTFORD, Conn. -- Two men were wounded in a shooting at a Connecticut "
        "bar early Sunday, police said."
    )
    assert "Hartford" in (place_of(nlp, text, "Two") or "")


def test_where_the_speaker_sits_is_not_the_scene(nlp: Language) -> None:
    text = (
        "Rebels killed nine soldiers in a roadside blast in Sukma district on Monday. "
        "At least 17 soldiers were also injured, a senior police officer in the state "
        "capital Raipur said."
    )
    assert place_of(nlp, text, "At least 17") != "Raipur"


def test_a_place_the_speaker_names_as_the_scene_stays(nlp: Language) -> None:
    text = "Police in Quetta said four men were shot dead in Quetta on Sunday."
    assert place_of(nlp, text, "four") == "Quetta"


def test_a_headline_above_the_dateline_keeps_its_place(nlp: Language) -> None:
    text = (
        "Blast in Mastung kills 30\n\n"
        "QUETTA: At least 30 people were killed in a suicide blast on Friday, officials said."
    )
    assert place_of(nlp, text, "30") == "Mastung"


def test_a_district_the_gazetteer_lacks_after_in(nlp: Language) -> None:
    text = "Six killed as gunmen open fire on passenger van in Kurram"
    assert place_of(nlp, text, "Six") == "Kurram"


def test_in_the_same_district_is_the_one_before(nlp: Language) -> None:
    text = (
        "PESHAWAR: Two policemen were killed in Bajaur district on Thursday. Earlier this "
        "month, 42 people were killed in a similar attack in the same district."
    )
    assert "Bajaur" in (place_of(nlp, text, "42") or "")


def test_the_district_of_a_province_is_the_district(nlp: Language) -> None:
    text = (
        "QUETTA: At least 52 people were killed in a suicide blast near a mosque in Mastung "
        "district of Balochistan on Friday, officials said."
    )
    assert "Mastung" in (place_of(nlp, text, "At least 52") or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "LAHORE: Three people were killed as a roof collapsed in the Mozang area on "
            "Tuesday, rescue officials said.",
            "Three",
            "Mozang area, Lahore",
        ),
        (
            "KARACHI: Two men were injured in a cracker blast in Baldia Town on Sunday.",
            "Two",
            "Baldia Town, Karachi",
        ),
    ],
)
def test_a_locality_the_gazetteer_lacks_is_in_the_report_town(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_known_town_is_no_locality(nlp: Language) -> None:
    text = "LAHORE: Two children drowned in a canal in Faisalabad on Tuesday, officials said."
    assert place_of(nlp, text, "Two") == "Faisalabad"


def test_across_the_country_is_the_country_named_before(nlp: Language) -> None:
    text = (
        "Pakistan recorded 85 militant attacks in November, a think tank said. Most took "
        "place in Balochistan. At least 120 security personnel were killed in the attacks "
        "across the country."
    )
    assert place_of(nlp, text, "At least 120") == "Pakistan"


def test_a_province_ner_took_for_a_body_is_a_place(nlp: Language) -> None:
    text = (
        "Five killed in Turbat blast\n\n"
        "Balochistan has seen a surge in attacks this year, with more than 150 people "
        "killed since January."
    )
    assert place_of(nlp, text, "more than 150") == "Balochistan"


def test_provinces_joined_by_and_give_what_holds_them(nlp: Language) -> None:
    text = (
        "There were at least 44 attacks in August, most of which took place in Sindh "
        "and Balochistan."
    )
    assert place_of(nlp, text, "at least 44") == "Pakistan"


def test_hospital_staff_speak_where_the_hurt_are(nlp: Language) -> None:
    text = (
        "The blast hit a bus station on Sunday. Hospital officials in Sibi said 14 people "
        "were still being treated for their injuries."
    )
    assert place_of(nlp, text, "14") == "Sibi"


def test_an_official_speaks_for_the_place_of_the_title(nlp: Language) -> None:
    text = "The deputy commissioner of Bannu told reporters that 14 people had been killed."
    assert place_of(nlp, text, "14") == "Bannu"


def test_a_place_the_sentence_names_wins_over_the_title(nlp: Language) -> None:
    text = (
        "The deputy commissioner of Bannu told reporters that 14 people had been killed in "
        "Kohat."
    )
    assert place_of(nlp, text, "14") == "Kohat"


def test_a_province_naming_its_government_is_no_place(nlp: Language) -> None:
    text = (
        "Four people were killed in Kohat on Monday. Aid workers later said two were hurt "
        "in the second blast, contrary to early estimates from the Punjab government."
    )
    assert place_of(nlp, text, "two") != "Punjab"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "JALALABAD, Afghanistan (AP) -- Seven soldiers were killed in Nangarhar province "
            "on Monday, officials said.",
            "Seven",
            "Nangarhar",
        ),
        (
            "PESHAWAR: Four policemen were martyred across Khyber Pakhtunkhwa on Tuesday, "
            "police said.",
            "Four",
            "Khyber Pakhtunkhwa",
        ),
        (
            "JAYAPURA, Indonesia (AP) -- At least six people were killed in Papua province "
            "when a landslide hit villages, officials said.",
            "At least six",
            "Papua",
        ),
    ],
)
def test_a_province_the_sentence_sets_the_figure_in_is_not_the_dateline_town(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "SPRINGFIELD, Ill. (AP) -- Three people were shot in Illinois's capital on "
            "Friday, police said.",
            "Three",
            "Springfield",
        ),
        (
            "HARTFORD, Conn. -- Two men were wounded outside a Connecticut bar on Sunday, "
            "police said.",
            "Two",
            "Hartford",
        ),
    ],
)
def test_a_state_that_only_holds_the_town_gives_way_to_it(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Floods have swept through Pakistan's southern province of Sindh, officials "
            "said.\n\nThe army sent boats and helicopters, a spokesman said.\n\nAt least 40 "
            "people were hospitalised with fever, a health official said.",
            "At least 40",
            "Sindh",
        ),
        (
            "A strong earthquake shook Indonesia's eastern province of Maluku on Sunday, "
            "officials said.\n\nPower was cut and flights were cancelled.\n\nAt least 30 "
            "people were hospitalised, a local health official said.",
            "At least 30",
            "Maluku",
        ),
        # a province named only after the lead is no home of the report's figures
        (
            "Pakistan held talks with India on Monday.\n\nPower was cut and flights were "
            "cancelled.\n\nAt least 30 people were hospitalised, a local health official "
            "said. In 2005 a quake in Punjab province killed hundreds.",
            "At least 30",
            "Pakistan",
        ),
    ],
)
def test_a_report_with_no_town_files_under_the_province_its_lead_names(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # near a town, not in it: the province the report names holds both
        (
            "Gunmen killed three soldiers 40 kilometres from Peshawar on Sunday, officials "
            "in Khyber Pakhtunkhwa said.",
            "three",
            "Khyber Pakhtunkhwa",
        ),
        (
            "A bus plunged into a ravine just west of Gilgit in Gilgit-Baltistan, killing 14 "
            "passengers, officials said.",
            "14",
            "Gilgit-Baltistan",
        ),
        # no province named: the town is the nearest place the report gives
        (
            "Gunmen killed three soldiers 40 kilometres from Peshawar on Sunday, officials "
            "said.",
            "three",
            "Peshawar",
        ),
        # US local news files a shooting on the edge of its town under the town
        (
            "TOLEDO, Ohio -- Two men were shot just east of Toledo on Sunday, police said.",
            "Two",
            "Toledo",
        ),
    ],
)
def test_a_place_near_a_town_is_filed_under_its_province_when_named(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place



def test_a_place_near_a_town_takes_the_province_the_lead_names(nlp: Language) -> None:
    # the province is in another paragraph; the region "Maluku" holds Ambon's province
    text = (
        "A strong earthquake shook the province of Maluku in eastern Indonesia on Sunday."
        "\n\nThe quake struck 60 kilometres west of Ambon, seismologists in Indonesia said."
        "\n\nAt least 30 people were hospitalised, a local health official said."
    )
    assert place_of(nlp, text, "At least 30") == "Maluku"


_CAMP = "Gunmen killed two guards at the camp in Vell on Monday. "


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a region people fled is where they came from: no place of the camp's figures,
        # and not the region a later "in the region" speaks of
        (_CAMP + "The camp holds 9,000 refugees who fled the war of Tarnia's Kordo region.",
         "9,000", "Vell"),
        # negative: a region where the harm was is the one "in the region" speaks of
        (_CAMP + "Shelling in Tarnia's Kordo region killed 9 people. Aircraft dropped four "
         "bombs in the region on Thursday.", "four", "Kordo region"),
        # negative: a prison fled is where the break-out was
        ("Nine inmates fled a prison in Morang district on Sunday, killing one guard.",
         "one", "Morang district"),
    ],
)
def test_a_region_people_fled_is_their_origin(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_the_region_after_a_fled_region_is_not_it(nlp: Language) -> None:
    text = (_CAMP + "The camp holds 9,000 refugees who fled the war of Tarnia's Kordo region. "
            "Aircraft dropped four bombs in the region on Thursday.")
    assert place_of(nlp, text, "four") != "Kordo region"
