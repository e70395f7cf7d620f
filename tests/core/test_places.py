"""The gazetteer: place texts → places, containment, spelling variants, what stays unknown."""

from __future__ import annotations

import pytest

from core.text import places
from core.text.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "name", "level", "country"),
    [
        ("Quetta", "Quetta", "city", "PK"),
        ("Balochistan", "Balochistan", "admin1", "PK"),
        ("Baluchistan", "Balochistan", "admin1", "PK"),
        ("southwestern Baluchistan province", "Balochistan", "admin1", "PK"),
        ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "admin1", "PK"),
        ("Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", "admin1", "PK"),
        ("NWFP", "Khyber Pakhtunkhwa", "admin1", "PK"),
        ("Pakistan", "Pakistan", "country", "PK"),
        ("Pahalgam", "Pahalgam", "city", "IN"),
        ("Jammu and Kashmir's Pahalgam", "Pahalgam", "city", "IN"),
        ("Bannu and Khyber districts", "Khyber Pakhtunkhwa", "admin1", "PK"),  # two districts
        ("Afghanistan", "Afghanistan", "country", "AF"),
        ("Kandahar", "Kandahār", "city", "AF"),  # the city, not the province of that name
        ("Kandahar province", "Kandahār", "admin1", "AF"),
        ("Baghdad", "Baghdad", "city", "IQ"),
        ("Chicago", "Chicago", "city", "US"),
        ("Fresno", "Fresno", "city", "US"),
        ("a home in Fresno, Fresno County", "Fresno", "city", "US"),
        # a county under its whole name is the county, not the town of its name
        ("Fresno County", "Fresno County", "district", "US"),
        ("a Fresno County farm", "Fresno County", "district", "US"),
        ("Russia", "Russian Federation", "country", "RU"),
        # Somali regions as the press writes them; Khyber Pakhtunkhwa's initials
        ("Lower Shabelle", "Shabeellaha Hoose", "admin1", "SO"),
        ("Middle Shabelle region", "Shabeellaha Dhexe", "admin1", "SO"),
        ("Lower Juba", "Jubbada Hoose", "admin1", "SO"),
        ("K-P.", "Khyber Pakhtunkhwa", "admin1", "PK"),
        ("KP", "Khyber Pakhtunkhwa", "admin1", "PK"),
        # a US state's bare name is the state, not the "<state> City" town; elsewhere the town
        # ("Cebu"), and New York the city the press calls so
        ("Oklahoma", "Oklahoma", "admin1", "US"),
        ("Oklahoma City", "Oklahoma City", "city", "US"),
        ("Cebu", "Cebu City", "city", "PH"),
        ("New York", "New York City", "city", "US"),
    ],
)
def test_resolve(text: str, name: str, level: str, country: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert (place.name, place.level, place.country) == (name, level, country)


@pytest.mark.parametrize(
    "text",
    [
        None, "", "   ", "the railway station", "a crowded market", "near the border", "Zorblaxia",
        # a county the gazetteer lacks is not the town of its name
        "Chicago County", "a Chicago County ranch",
    ],
)
def test_what_the_gazetteer_cannot_resolve(text: str | None) -> None:
    assert places.resolve(text) is None


@pytest.mark.parametrize(
    ("text", "hints", "country"),
    [
        ("Punjab", {"PK": 3}, "PK"),
        ("Punjab", {"IN": 2}, "IN"),
        ("Hyderabad", {"PK": 1}, "PK"),
        ("Hyderabad", {}, "IN"),  # without hints: the bigger city
    ],
)
def test_hints_settle_ambiguous_names(text: str, hints: dict[str, int], country: str) -> None:
    place = places.resolve(text, hints=hints)
    assert place is not None
    assert place.country == country


def test_two_places_off_one_chain_give_what_contains_them() -> None:
    place = places.resolve("Sindh and Pakistan-occupied Jammu and Kashmir", hints={"PK": 1})
    assert place is not None
    assert place.key == "PK"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Quetta", "Quetta", "same"),
        ("Quetta", "Balochistan", "within"),
        ("Balochistan", "Quetta", "contains"),
        ("Quetta", "Pakistan", "within"),
        ("Pahalgam", "Jammu and Kashmir", "within"),
        ("Kashmir", "Pahalgam", "contains"),
        ("Kashmir", "Pakistan", "unknown"),
        ("Quetta", "Gwadar", "disjoint"),
        ("Quetta", "Pahalgam", "disjoint"),
        ("Gwadar", "Afghanistan", "disjoint"),
        ("Gwadar", "Khyber Pakhtunkhwa", "disjoint"),
        ("Kashmir", "Quetta", "disjoint"),
        ("Chicago", "Illinois", "within"),
        ("Chicago", "Texas", "disjoint"),
        # Countries without an admin1 table: towns named like their province teach the codes.
        ("Mosul", "Baghdad", "disjoint"),
        ("Baghdad", "Iraq", "within"),
        ("Mosul", "Iraq", "within"),
        ("Lagos", "Ibadan", "disjoint"),
    ],
)
def test_relation(a: str, b: str, relation: str) -> None:
    pa, pb = places.resolve(a), places.resolve(b)
    assert pa is not None
    assert pb is not None
    assert places.relation(pa, pb) == relation
    assert places.compatible(pa, pb) is (relation != "disjoint")


def test_unknown_places_are_compatible_with_anything() -> None:
    quetta = places.resolve("Quetta")
    assert places.compatible(None, quetta)
    assert places.compatible(quetta, None)


def test_reasons_read_as_plain_words() -> None:
    quetta, province = places.resolve("Quetta"), places.resolve("Baluchistan")
    assert quetta is not None
    assert province is not None
    assert places.describe(province, quetta) == "Quetta lies in Balochistan"
    assert places.describe(quetta, quetta) == "same place (Quetta)"


def test_lower_case_words_in_running_text_are_not_places() -> None:
    assert places.mentions("police and mobile units said") == ()
    # "Police" is also a town in Poland: the document's countries settle it.
    assert [p.name for p in places.mentions("Police in Mobile said", hints={"US": 2})] == ["Mobile"]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # the state written after a town settles which town of that name it is
        ("Springfield, Mass.", "US-MA"),
        ("Springfield, Ill.", "US-IL"),
        ("Naples, Fla.", "US-FL"),
        ("Paris, Texas", "US-TX"),
        ("Englewood, Colo.", "US-CO"),
        ("Overland, MO", "US-MO"),  # a postal code
        ("Tacoma, WA", "US-WA"),
        ("Quetta, Balochistan", "PK-BA"),
    ],
)
def test_a_town_with_its_state_is_the_town_in_that_state(text: str, admin1: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert (place.level, place.admin1) == ("city", admin1)


def test_a_town_unknown_in_the_state_named_gives_the_state_not_a_namesake() -> None:
    # no "Naples" in Ohio: the place is the state, not Naples in Italy or Florida
    place = places.resolve("Naples, Ohio")
    assert place is not None
    assert place.key == "US-OH"


def test_a_province_hint_settles_a_town_name_shared_within_one_country() -> None:
    for province in ("US-MA", "US-IL"):
        place = places.lookup("Springfield", hints={"US": 1, province: 1})
        assert place is not None
        assert place.admin1 == province


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the story may start the next paragraph
        ("BRACKTON, Ohio -\n\nA man was shot dead outside a bar on Friday.", "Brackton, Ohio"),
        ("TULSA, Okla. —\nTwo men were wounded in a shooting on Sunday.", "Tulsa, Okla."),
        # a station's call letters and agency, or an update note, may come first
        ("KXYZ (CBS/AP) TULSA, Okla. - Two brothers are charged in the deaths.", "Tulsa, Okla."),
        ("(Updated 4:10 p.m.) FRESNO >> A boy is dead after a shooting on Monday.", "Fresno"),
        # a label or a heading is not a dateline, on its own line or not
        ("UPDATE:\n\nPolice have released the name of the victim on Friday.", None),
        ("RELATED STORIES:\nTwo men were wounded in a shooting on Sunday.", None),
        ("(Photo) UPDATE: Police have released the name of the victim.", None),
        # a town in capitals with its day is a dateline, known to the gazetteer or not
        ("KELWARI, March 4: Six people died when a jeep fell into a gorge on Monday.",
         "Kelwari"),
        ("UPDATE, March 4: Police have released the name of the victim.", None),
        # a town written with its possessive, in title case
        ("Cox's Bazar, Oct 12: Two men were killed in a clash at a camp early Saturday.",
         "Cox's Bazar"),
        # a province's capital written with "City", before its agency
        ("KANDAHAR CITY (Wire): Four policemen were killed at a checkpost on Sunday.",
         "Kandahar City"),
        ("ZORBLAX CITY (Wire): Four policemen were killed at a checkpost on Sunday.", None),
    ],
)
def test_datelines_around_the_first_sentence(text: str, place: str | None) -> None:
    found = find_dateline(text)
    assert (found.place if found else None) == place


@pytest.mark.parametrize(
    ("name", "key", "level"),
    [
        ("Aceh", "ID-AC", "admin1"),  # a province under an island group, not the group itself
        ("Bali", "ID-BA", "admin1"),  # the province, not a small foreign town, with no hint
        ("Papua Barat", "ID-PB", "admin1"),
        ("West Papua", "ID-PB", "admin1"),
        ("Bavaria", "DE-BY", "admin1"),  # English name from pycountry's 'en' catalogue
        ("Bayern", "DE-BY", "admin1"),
        ("Sumatra", "ID-SM", "region"),  # the island group contains its provinces
        ("Java", "ID-JW", "region"),
    ],
)
def test_provinces_under_a_grouping_level_and_english_names(
    name: str, key: str, level: str
) -> None:
    place = places.lookup(name)
    assert place is not None
    assert (place.key, place.level) == (key, level)


def test_island_group_contains_its_provinces_and_their_cities() -> None:
    java, sumatra = places.lookup("Java"), places.lookup("Sumatra")
    semarang, aceh = places.lookup("Semarang"), places.lookup("Aceh")
    assert java is not None
    assert sumatra is not None
    assert semarang is not None
    assert aceh is not None
    assert semarang.admin1 == "ID-JT"  # GeoNames' admin1 code mapped to the ISO province
    assert places.relation(java, semarang) == "contains"
    assert places.relation(sumatra, aceh) == "contains"
    assert places.relation(java, aceh) == "disjoint"
    assert places.relation(sumatra, semarang) == "disjoint"


def test_a_country_hint_still_picks_the_foreign_town_over_the_province() -> None:
    place = places.lookup("Bali", hints={"IN": 2})
    assert place is not None
    assert place.country == "IN"


def test_second_level_units_under_an_administrative_level_stay_out() -> None:
    # England's counties sit under a real first level: "Kent" is never a province.
    assert all(p.level != "admin1" for p in places.candidates("Kent"))
    assert places.get("GB-KEN") is None


def test_municipalities_under_a_grouping_level_stay_out() -> None:
    # Cape Verde's island groups hold municipalities, not provinces: a word-like municipality
    # name must not become a province.
    assert places.get("CV-PR") is None
    assert all(p.level != "admin1" for p in places.candidates("Praia"))


def test_a_part_of_a_town_the_gazetteer_lacks_is_in_that_town() -> None:
    # a report of Ohio: Toledo is the Ohio city, not the province of Belize of that name
    found = places.resolve("Westgate, Toledo", hints={"US": 3})
    assert found is not None
    assert (found.name, found.level, found.country) == ("Toledo", "city", "US")
    # a country or a state written after a town stays authoritative
    lima = places.resolve("Lima, Peru", hints={"US": 3})
    assert lima is not None
    assert lima.country == "PE"


def test_a_district_holds_its_towns_as_a_province_does() -> None:
    # a town the gazetteer knows only abroad, written with a district: the district
    found = places.resolve("Beni, Myagdi", hints={"NP": 3, "CD": 1})
    assert found is not None
    assert (found.name, found.level) == ("Myagdi", "district")
