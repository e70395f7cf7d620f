"""A town NER took for a people, a person or a body is still the scene after "in" ("wounded outside
a store in Fairborn"); a title-cased headline's common nouns ("Shooting In Parking Lot") are
no place unless the gazetteer knows the name. Sentences invented; the towns are real, so the
gazetteer knows them."""

from __future__ import annotations

from tests.core.claim_factory import report_places as places_of


def test_a_town_ner_took_for_a_people_is_the_scene_after_in() -> None:
    text = (
        "Two people were wounded in a shooting outside a grocery store in Fairborn on "
        "Sunday, police said."
    )
    assert places_of(text) == ["Fairborn"]


def test_a_title_cased_headline_names_no_place_in_common_nouns() -> None:
    text = (
        "Gunman Caught After Two Wounded In Parking Lot Shooting\n\n"
        "Two people were wounded in a shooting on Sunday, officials said."
    )
    assert "Parking Lot" not in places_of(text)


def test_a_title_cased_headline_keeps_a_town_the_gazetteer_knows() -> None:
    text = (
        "Two Wounded In Dayton After Parking Lot Dispute\n\n"
        "Two people were wounded in a shooting on Sunday, officials said."
    )
    assert places_of(text)[0] == "Dayton"


def test_a_town_ner_took_for_a_body_is_the_scene_after_in() -> None:
    # the possessive in the name reads as a firm's ("Cox's Bazar"), the town is still there
    text = "Three men were killed in Cox's Bazar on Monday, police said."
    assert places_of(text) == ["Cox's Bazar"]
    # where they came from is not where it happened
    text = "Three men from Cox's Bazar were arrested in Chittagong on Monday, police said."
    assert places_of(text) == ["Chittagong"]


def test_a_title_cased_headline_keeps_a_province_named_with_its_kind() -> None:
    text = (
        "Bomb Blast In Kandahar Province Kills Five\n\n"
        "A bomb killed five people on Tuesday, officials said."
    )
    assert places_of(text)[0] == "Kandahar Province"


def test_a_common_noun_the_tagger_took_for_a_name_is_no_town() -> None:
    # "bush" is a foreign town's name in the gazetteer; written in lower case it is the scrub
    text = (
        "Raiders killed nine herders in Gulu district on Friday, police said. "
        "Searchers later found three more bodies lying in the bush, an official said."
    )
    found = places_of(text)
    assert len(found) == 2
    assert not any(p and "bush" in p.lower() for p in found)


def test_a_common_noun_is_no_report_town() -> None:
    # nor is it the town of a report that names no other, read as its fallback place
    text = "Soldiers found 12 more bodies in the bush near the village on Tuesday, the army said."
    assert places_of(text) == [None]


def test_a_capitalised_town_ner_took_for_a_person_is_still_a_town() -> None:
    text = (
        "Raiders killed nine herders in Gulu district on Friday, police said. "
        "Searchers later found three more bodies in Kitgum, an official said."
    )
    assert places_of(text)[1] == "Kitgum"


def test_a_country_cut_from_a_datelines_city_is_no_report_country() -> None:
    # "GAZA" of "GAZA CITY": the recogniser cut the town's name; no country "GAZA" holds it
    text = (
        "GAZA CITY (Wire) - Militants fired 50 rockets on Sunday, the army said. Nine men "
        "were arrested on Monday."
    )
    assert places_of(text) == ["Gaza City", "Gaza City"]
