"""Places in South Asian desk copy: a town a figure's own paragraph or clause names over one
carried from before, tallies that give each figure its own province or district, and the
small localities a figure happened in ("the X area of Y district", "X police station area",
"Chak 214-RB"). Places are real; people, incidents and sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a roundup's paragraph under its own town, in title case or capitals
        (
            "QUETTA: Three people were killed in a blast in Kalat on Friday.\n\n"
            "Mastung: Two people were injured when a cracker exploded near a shop.",
            "Two",
            "Mastung",
        ),
        (
            "KARACHI: Two people were killed in Lyari on Sunday.\n\n"
            "HYDERABAD: Three people were injured in a clash over a plot.",
            "Three",
            "Hyderabad",
        ),
        # a town carried from before that the gazetteer lacks (a quarter) holds no other
        (
            "KARACHI: A man was shot dead in Korangi on Sunday. In another incident, a youth "
            "was shot dead in Orangi Town.",
            "a youth",
            "Orangi Town, Karachi",
        ),
        # "while" sets one victim's clause and its place apart from the figure's
        (
            "KARACHI: Two robbers were killed in an encounter in the Korangi area, while a "
            "citizen was injured in Saddar.",
            "Two",
            "Korangi area, Karachi",
        ),
    ],
)
def test_the_figures_own_paragraph_or_clause_names_its_town(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the report's own dateline is the bureau's: the lead's town stays the place
        (
            "QUETTA: Three people were killed in a blast in Kalat on Friday.\n\n"
            "Two more people died in hospital on Saturday.",
            "Two",
            "Kalat",
        ),
        # a label before a colon is no town
        (
            "QUETTA: Three people were killed in a blast in Kalat on Friday.\n\n"
            "Update: Two more people died in hospital.",
            "Two",
            "Kalat",
        ),
        # a town the gazetteer knows, carried, still holds the locality after it
        (
            "QUETTA: Two people were killed in Kech on Monday. Later, one more man was killed "
            "in the Buleda area.",
            "one",
            "Buleda area, Kech",
        ),
        # the contrasting clause counts no one ("a car"): its place is the scene's
        (
            "KARACHI: Two robbers were killed in an encounter with police, while a car was "
            "damaged in Saddar.",
            "Two",
            "Saddar",
        ),
    ],
)
def test_a_place_carried_or_beside_stays_where_nothing_else_is_named(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # "12 in Khyber Pakhtunkhwa, 5 in Balochistan": the 5 is the next count, no age
        (
            "ISLAMABAD: As many as 20 people were killed in attacks across the country last "
            "week, including 12 in Khyber Pakhtunkhwa, 5 in Balochistan and 3 in Punjab, "
            "according to a think tank.",
            "12",
            "Khyber Pakhtunkhwa",
        ),
        # a count's "from" in a tally by district, the district NER took for a person
        (
            "GUWAHATI, June 4 (PTI) - At least nine people were killed in floods in Assam, "
            "officials said on Tuesday. Four deaths were reported from Dima Hasao district, "
            "three from Cachar and two from Karimganj.",
            "three",
            "Cachar",
        ),
        # the lead's tally over the state, not the first district its breakdown names
        (
            "GUWAHATI, June 4 (PTI) - At least nine people were killed in floods in Assam, "
            "officials said on Tuesday. Four deaths were reported from Dima Hasao district, "
            "three from Cachar and two from Karimganj.",
            "At least nine",
            "Assam",
        ),
        # "with 18 deaths in Peshawar, 11 in Mardan": the parts' towns, not the total's
        (
            "PESHAWAR: The health department said 42 people had died of dengue in Khyber "
            "Pakhtunkhwa, with 18 deaths in Peshawar, 11 in Mardan and 7 in Swat.",
            "42",
            "Khyber Pakhtunkhwa",
        ),
        (
            "PESHAWAR: The health department said 42 people had died of dengue in Khyber "
            "Pakhtunkhwa, with 18 deaths in Peshawar, 11 in Mardan and 7 in Swat.",
            "18",
            "Peshawar",
        ),
    ],
)
def test_each_figure_of_a_tally_takes_its_own_area(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a name with an age is a person's, not a place of the figure
        ("BANNU: Sher Khan, 40, was shot dead in Bannu on Monday, police said.", "Sher Khan",
         "Bannu"),
        # "three men from Cachar" came from there: the scene is where they were killed
        (
            "SILCHAR: Three men from Cachar were killed in a road accident in Hailakandi on "
            "Monday.",
            "Three",
            "Hailakandi",
        ),
        # the "with" phrase the only place: the figure keeps it
        ("QUETTA: Two people died in the blast, with five others injured in Quetta.", "Two",
         "Quetta"),
    ],
)
def test_a_tally_reading_leaves_other_constructions_alone(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a town the tagger read as an adjective before "area"
        (
            "SRINAGAR, May 2 (PTI) - Two militants were killed in an encounter in the Tral area "
            "of Pulwama district on Saturday, police said.",
            "Two",
            "Tral area, Pulwama district",
        ),
        # a locality NER took for a people's name, "of" the town that holds it
        (
            "QUETTA: Two people were killed and six injured in a blast in the Sariab area of "
            "Quetta on Monday.",
            "six",
            "Sariab area, Quetta",
        ),
        # a Persian izafe name before "area", whatever word stands before it
        (
            "KARACHI: Two suspected robbers were killed in an encounter with police in the "
            "Gulshan-e-Iqbal area on Sunday.",
            "Two",
            "Gulshan-e-Iqbal area, Karachi",
        ),
        # a police station's area
        (
            "LARKANA: Two people were killed in a tribal clash in the Naudero police station "
            "area on Friday.",
            "Two",
            "Naudero",
        ),
        # the district an unnamed area lies in, NER reading the district as a body's name
        (
            "SUKKUR: Two policemen were martyred in an attack by dacoits in the katcha area of "
            "Ghotki district on Tuesday.",
            "Two",
            "Ghotki",
        ),
        # a canal colony's numbered village, whole
        (
            "FAISALABAD: A man killed his wife and two daughters in Chak 214-RB on Monday.",
            "his wife and two daughters",
            "Chak 214-RB",
        ),
        (
            "SAHIWAL: Six people died after drinking toxic liquor in Chak No 45/12-L on "
            "Tuesday.",
            "Six",
            "Chak No 45/12-L",
        ),
    ],
)
def test_a_small_locality_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a group's izafe name before "area commander" is no locality
        (
            "SRINAGAR: A Lashkar-e-Taiba area commander was killed in an encounter in Kupwara "
            "on Sunday.",
            "A Lashkar-e-Taiba area commander",
            "Kupwara",
        ),
        # a case registered at a station is no scene: the district the clash was in is
        (
            "LARKANA: Two people were killed in a clash in Larkana district on Friday. A case "
            "was registered at the Naudero police station.",
            "Two",
            "Larkana district",
        ),
        # a settlement's name with no number code keeps its own words
        ("FAISALABAD: Two men were shot dead in Chak Jhumra on Monday.", "Two",
         "Chak Jhumra"),
        ("MULTAN: Three men were shot dead in Chak, 2 others were hurt.", "Three", "Chak"),
    ],
)
def test_a_locality_reading_leaves_near_misses_alone(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a town is written bare: "the Jhelum" is the river, the town near it the place
        ("Six pilgrims drowned when their boat capsized in the Jhelum near Muzaffarabad on "
         "Sunday.", "Six", "Muzaffarabad"),
        # the town itself, and a name the gazetteer writes with its article
        ("Two men were shot dead in Jhelum on Sunday.", "Two", "Jhelum"),
        ("Two men were shot dead in the Bronx on Sunday.", "Two", "Bronx"),
    ],
)
def test_a_name_after_the_is_no_town(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place
