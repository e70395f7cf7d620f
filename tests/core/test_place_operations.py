"""Places of South Asian desk copy we wrote (issue #11, place): an arrest tally over "the
district" is the district and a part "including five from <town>" is that town, never the
attack's village; a subset's home town ("two of the dead were from <town>") is no scene; the
village troops surrounded, raided or stormed is the operation's scene; the hospital where the
hurt died is not the attack's place; a town NER reads as a day ("in Turbat on Wednesday") is
still a place, unless a speaker sits there; the town where a minister told parliament is
never the incident's place. Positive and negative cases."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

ATTACK = (
    "Gunmen killed four soldiers in an attack on a checkpost in Mangochar village of Kalat "
    "district on Tuesday night, officials said. "
)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an arrest tally over the district the report named
        (ATTACK + "Police arrested 23 suspects across the district, including five from "
         "Surab, a Levies official said.", "23", "Kalat district"),
        (ATTACK + "Police have arrested 23 suspects in the district since the attack.", "23",
         "Kalat district"),
        # the part arrested in a town of its own
        (ATTACK + "Police arrested 23 suspects across the district, including five from "
         "Surab, a Levies official said.", "five", "Surab"),
        # the whole is not where one part of it was arrested
        (ATTACK + "Police arrested 11 suspects, including three from Surab.", "11",
         "Mangochar village, Kalat district"),
        (ATTACK + "Police arrested 11 suspects, including three from Surab.", "three", "Surab"),
        # of the dead, a town "from" tells is where they came from: the scene stays
        ("Gunmen killed 23 labourers in Kalat district on Monday, including five from Surab.",
         "five", "Kalat district"),
    ],
)
def test_arrest_tallies_and_their_parts(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # more dead "in the district" are the attack's, as before
        (ATTACK + "Two more soldiers were killed in the district on Wednesday.", "Two",
         "Mangochar village, Kalat district"),
        # a province named as the place of a death toll is still the same incident
        (ATTACK + "Two more soldiers were killed in Balochistan province on Wednesday.", "Two",
         "Mangochar village, Kalat district"),
    ],
)
def test_deaths_in_the_district_stay_in_the_village(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


LABOURERS = "Militants killed five labourers in Kech district on Monday. "


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (LABOURERS + "Two of the dead were from Multan, police said.", "Two", "Kech district"),
        (LABOURERS + "Two of them were from Multan and three from Sukkur.", "Two",
         "Kech district"),
        # a count killed in another town is there
        (LABOURERS + "Two others were killed in Panjgur.", "Two", "Panjgur"),
    ],
)
def test_a_subsets_home_town_is_no_scene(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Troops surrounded Tarnak village on Monday and killed three militants.", "three",
         "Tarnak village"),
        ("Soldiers stormed Bandi village of Khyber district on Friday, killing five "
         "militants.", "five", "Bandi village, Khyber district"),
        # a village named after "in" was read so before
        ("Police raided Kotli village in Kasur district on Monday, killing two suspects.",
         "two", "Kotli village, Kasur district"),
        # a village people left is no scene; where the killing was is
        ("Residents fled Bandi village on Friday after militants killed five men in Bara "
         "tehsil.", "five", "Bara tehsil"),
    ],
)
def test_the_village_an_operation_surrounded(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


BULEDA = (
    "Gunmen attacked a checkpost in Buleda area of Kech district on Monday, killing two "
    "soldiers. "
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (BULEDA + "Three of the wounded later died at the Combined Military Hospital in "
         "Quetta.", "Three"),
        (BULEDA + "Three of the wounded later died at Civil Hospital, Turbat.", "Three"),
        (BULEDA + "Three wounded soldiers were taken to the Combined Military Hospital in "
         "Quetta.", "Three"),
    ],
)
def test_the_hospital_where_the_hurt_died_is_not_the_scene(
    nlp: Language, text: str, figure: str
) -> None:
    assert place_of(nlp, text, figure) == "Buleda area, Kech district"


def test_a_killing_inside_a_hospital_is_there(nlp: Language) -> None:
    text = "Two guards were killed at a hospital in Quetta on Monday, police said."
    assert place_of(nlp, text, "Two") == "Quetta"


def test_a_town_read_as_a_day_is_a_place(nlp: Language) -> None:
    assert place_of(nlp, "Five soldiers were wounded in Turbat on Wednesday morning.",
                    "Five") == "Turbat"


def test_an_official_in_a_town_read_as_a_day_speaks_there(nlp: Language) -> None:
    text = (
        "Militants killed four labourers in Gichk village on Monday. A Levies official in "
        "Turbat gave a lower toll of three."
    )
    assert place_of(nlp, text, "three") == "Gichk village"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The chief minister told the provincial assembly in Quetta on Tuesday that nine "
         "suspects had been arrested.", "nine"),
        ("The interior minister told lawmakers in Islamabad that nine suspects had been "
         "arrested.", "nine"),
    ],
)
def test_the_house_a_minister_told_is_no_scene(
    nlp: Language, sentence: str, figure: str
) -> None:
    text = "Gunmen killed six labourers in Gwadar district on Sunday. " + sentence
    assert place_of(nlp, text, figure) == "Gwadar district"


def test_an_attack_on_an_assembly_is_there(nlp: Language) -> None:
    text = "Two guards were killed in an attack on the provincial assembly in Quetta."
    assert place_of(nlp, text, "Two") == "Quetta"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Interior Minister Salim Khan told parliament in Islamabad that nine militants were "
         "killed.", "nine", None),
        ("The police chief told reporters in Peshawar that three policemen were wounded.",
         "three", None),
        # the dateline is the place of a report whose only town is its bureau's
        ("KARACHI: The home minister told the provincial assembly on Monday that four "
         "suspects had been arrested over the killing.", "four", "Karachi"),
        # a police force in a town speaks for it
        ("Police in Bannu said two men were shot dead near a checkpoint on Sunday.", "two",
         "Bannu"),
    ],
)
def test_where_a_minister_told_parliament_is_no_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the running total counts the scene's arrests too: not the increment's town
        ("Four people were injured in a clash in Rowmari upazila on Sunday. Police detained "
         "two more people in Rajibpur on Tuesday, bringing the total number of detainees to "
         "six.", "six", "Rowmari upazila"),
        ("Four people were injured in a clash in Rowmari upazila on Sunday. Police detained "
         "two more people in Rajibpur on Tuesday, bringing the total number of detainees to "
         "six.", "two", "Rajibpur"),
        # a toll brought up in a town the clause names is there
        (BULEDA + "A blast in Turbat on Tuesday killed one more, bringing the toll in Turbat "
         "to four.", "four", "Turbat"),
    ],
)
def test_a_total_brought_up_is_not_the_increments_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 14 suspects in raids across Kharan and Washuk districts.",
        "He said 14 suspects had been taken into custody in raids across Kharan and Washuk "
        "districts, and that an operation involving 300 personnel was under way.",
    ],
)
def test_arrests_across_districts_named_together(nlp: Language, sentence: str) -> None:
    text = "Gunmen killed four passengers near Gichk on Thursday. " + sentence
    assert place_of(nlp, text, "14") == "Kharan and Washuk districts"


def test_places_joined_without_a_unit_noun_give_what_holds_them(nlp: Language) -> None:
    text = "Militants killed 12 people in attacks in Khyber Pakhtunkhwa and Balochistan."
    assert place_of(nlp, text, "12") == "Pakistan"


KORANGI = "Gunmen shot dead two men in Korangi, Karachi on Sunday night, police said. "


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # names NER takes for a body, where raids were conducted: the arrests' places
        (KORANGI + "Police picked up three men in raids conducted in Malir and Quaidabad at "
         "night, the officer said.", "three", "Malir and Quaidabad"),
        (KORANGI + "Police picked up four suspects in raids conducted in Orangi Town.", "four",
         "Orangi Town"),
        # a party's name is a body, not a place
        (KORANGI + "Police arrested five workers of the Awami National Party in Mardan on "
         "Monday.", "five", "Mardan"),
    ],
)
def test_raids_conducted_in_places_ner_reads_as_bodies(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    # a locality is written with the place carried from before ("Orangi Town, Korangi")
    assert str(place_of(nlp, text, figure)).startswith(place)


HEADLINE = (
    "Mangochar attack toll rises to six; three facilitators held in Surab\n\n"
    "QUETTA: Two more soldiers injured in Monday's attack on a checkpost in Mangochar village "
    "of Kalat district succumbed to their wounds on Wednesday, raising the death toll to six, "
    "officials said."
)


def test_a_headlines_clauses_keep_their_own_places() -> None:
    result = run_documents([from_text(HEADLINE, doc_id="d1", published=dt.date(2031, 3, 14))])
    found = [(c.number_text, c.location) for c in result.claims]
    assert found == [
        ("six", "Mangochar village, Kalat district"),
        ("three", "Surab"),
        ("Two", "Mangochar village, Kalat district"),
        ("six", "Mangochar village, Kalat district"),
    ]


def test_clauses_a_semicolon_splits(nlp: Language) -> None:
    text = "Two men were killed in Kharan on Monday; three were injured in Washuk."
    assert place_of(nlp, text, "Two") == "Kharan"
    assert place_of(nlp, text, "three") == "Washuk"


DOMEL = "Gunmen shot dead three men in Domel on Sunday. "


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (DOMEL + "Two of the suspects were arrested at a house in Bannu, while the other three "
         "were picked up in Karak.", "Two", "Bannu"),
        (DOMEL + "Two of the suspects were arrested at a house in Bannu, while the other four "
         "were picked up in Karak.", "four", "Karak"),
        # a clause that counts nothing leaves its place to the figure
        ("Three policemen were killed when militants attacked a checkpost in Surab.", "Three",
         "Surab"),
        ("Two men were shot dead in Kharan, while three others were injured.", "three",
         "Kharan"),
    ],
)
def test_a_clause_that_counts_another_figure_keeps_its_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_shared_subjects_second_verb_shares_the_scene(nlp: Language) -> None:
    text = "Gunmen had killed five labourers and torched two trucks near Kalmat on Monday."
    assert place_of(nlp, text, "five") == "Kalmat"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("At least 23 people were killed and more than 45 wounded in a bombing at a railway "
         "station in Quetta on Monday.", "At least 23", "Quetta"),
        ("Some 30 people were killed and 48 others hurt when two rockets struck near a "
         "clinic in Kharan.", "Some 30", "Kharan"),
    ],
)
def test_clauses_that_share_a_scene(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a list of provinces, one of a name with the dateline's town or none of them: the
        # list (or what holds it), never the dateline's town
        ("ARVANA (Wire) - Twelve people were killed in Kirkuk and Diyala provinces on Tuesday "
         "in a string of bombings, police said.", "Kirkuk and Diyala provinces"),
        ("BAGHDAD (Wire) - Twelve people were killed in Kirkuk, Diyala and Salahuddin on "
         "Tuesday in a string of bombings, police said.", "Iraq"),
    ],
)
def test_a_list_of_provinces_is_no_datelines_town(nlp: Language, text: str, place: str) -> None:
    assert place_of(nlp, text, "Twelve") == place
