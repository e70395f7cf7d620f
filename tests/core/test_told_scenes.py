"""The report's scene refined and kept whole: a sentence with no figure that says where the
incident happened ("The blast occurred near Pusnar village") files the incident's figures
under that village within the lead's district; the villages the people who clashed came
from are no scene; a word of a village's name naming a town abroad does not place the village;
a province holds its own district of a name another province's district bears. Sentences
invented; districts and provinces real."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places as places_of


def test_a_sentence_telling_where_the_blast_occurred_files_the_figures_there() -> None:
    text = (
        "Toll rises to 7\n\n"
        "BIJAPUR: Two injured jawans succumbed on Saturday, taking the toll in Friday's blast "
        "in the Kutru area of Bijapur district to seven. The blast occurred near Pusnar "
        "village. Five jawans had died on the spot."
    )
    assert set(places_of(text)) == {"Pusnar village, Bijapur district"}


def test_a_headline_province_gives_way_to_the_told_village_in_its_district() -> None:
    text = (
        "Five jawans killed in IED blast in Chhattisgarh\n\n"
        "RAIPUR: Five jawans were killed and three others injured on Friday when Maoists "
        "triggered a blast in Bijapur district, police said. The incident took place near "
        "Pusnar village when a team was returning from an operation."
    )
    assert set(places_of(text)) == {"Pusnar village, Bijapur district"}


def test_a_similar_incident_told_elsewhere_does_not_move_the_scene() -> None:
    text = (
        "Blast kills five\n\n"
        "RAIPUR: Five jawans were killed on Friday when Maoists triggered a blast in Bijapur "
        "district, police said. A similar blast occurred near Pusnar village in March."
    )
    assert all("Pusnar" not in (p or "") for p in places_of(text))


def test_the_villages_of_those_who_clashed_are_no_scene() -> None:
    text = (
        "CUMILLA: One person was killed and 30 others injured as villagers of Kalikapur and "
        "Fatehpur clashed over a mosque committee in Burichang upazila on Friday."
    )
    assert "Fatehpur" not in " ".join(p or "" for p in places_of(text))
    text = (
        "Over 70 people were injured in a clash between two groups of Kalikapur and Fatehpur "
        "villages in Burichang upazila of Cumilla on Sunday."
    )
    assert set(places_of(text)) == {"Burichang upazila, Cumilla"}


def test_a_word_of_a_village_naming_a_town_abroad_does_not_place_it() -> None:
    text = (
        "Seven policemen killed in suicide attack\n\n"
        "BANNU, Pakistan (Wire) — A suicide bomber rammed a vehicle into a police checkpoint in "
        "Shahbaz Azmat Khel on Friday, killing seven policemen, officials said."
    )
    assert set(places_of(text)) == {"Shahbaz Azmat Khel"}


def test_who_claimed_an_attack_is_no_place() -> None:
    text = (
        "KABUL: Five worshippers were killed in a blast on Friday. At least 18 worshippers were "
        "killed in a similar attack claimed by Daesh last year."
    )
    assert "Daesh" not in places_of(text)


def test_a_told_village_or_area_of_the_leads_town_is_written_with_the_town() -> None:
    # "in Bannu" names the town and the district called after it; a village or an area the
    # text then says it happened in lies within it, for every figure of the incident.
    text = (
        "Soldiers martyred in attack\n\n"
        "BANNU: Four soldiers were martyred and two others injured when militants attacked a "
        "security post in Bannu late on Saturday night, officials said.\n"
        "The attack took place in Dromal village, some distance from the highway, a police "
        "official said.\n"
        "Two of the injured were shifted to the military hospital."
    )
    assert set(places_of(text)) == {"Dromal village, Bannu"}
    text = (
        "Policemen shot dead\n\n"
        "QUETTA: Two policemen were shot dead and a passer-by was injured in Quetta on "
        "Saturday, police said.\n"
        "The incident took place in the Kili Mirza area when the constables were on patrol, "
        "the station officer said."
    )
    assert set(places_of(text)) == {"Kili Mirza area, Quetta"}


def test_a_told_place_with_no_village_or_area_word_leaves_the_leads_town() -> None:
    text = (
        "Policemen shot dead\n\n"
        "QUETTA: Two policemen were shot dead in Quetta on Saturday, police said.\n"
        "The incident took place near Jinnah Road when the constables were on patrol."
    )
    assert set(places_of(text)) == {"Quetta"}


@pytest.mark.parametrize(
    "said",
    [
        "Addressing a press conference in Peshawar, the IGP said 12 attackers were killed.",
        "Talking to reporters in Islamabad, the interior minister said 12 attackers were killed.",
        "In a statement issued in Rawalpindi, the military said 12 attackers were killed.",
        "The home minister told reporters in Peshawar that 12 attackers were killed.",
    ],
)
def test_where_words_were_said_is_the_speakers_place_not_the_figures(said: str) -> None:
    text = (
        "Attack on post\n\n"
        "BANNU: Four soldiers were martyred in an attack on a checkpost in Jani Khel on Sunday.\n"
        + said
    )
    assert places_of(text) == ["Jani Khel", "Jani Khel"]


def test_a_figure_in_a_town_an_official_visits_keeps_that_town() -> None:
    text = (
        "Attack on post\n\n"
        "BANNU: Four soldiers were martyred in an attack on a checkpost in Jani Khel on Sunday.\n"
        "In Peshawar, police said 12 suspects were arrested in raids overnight."
    )
    assert places_of(text)[-1] == "Peshawar"
