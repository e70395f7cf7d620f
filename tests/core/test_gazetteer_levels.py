"""The gazetteer's district level beyond Pakistan and Afghanistan (India, Bangladesh, Sri
Lanka, Nepal), US counties and parishes, the abbreviations and spellings news copy uses, and
the words for an administrative unit after a name. Names from public geography, written for
issue #11."""

from __future__ import annotations

import functools
import gzip
import json
from typing import TYPE_CHECKING

import pytest

from core.rules import load_rules
from core.text import gazetteer_districts, places

if TYPE_CHECKING:
    from spacy.language import Language


@functools.cache
def _table_districts() -> list[tuple[str, str]]:
    """(text a report would write, country) for every district and county of the table:
    "Bannu district", "Cox's Bazar district", "Adams County, Colorado" (a county's name is
    shared by several states: a report writes the state or is read with it)."""
    rules = load_rules("places")
    counties = frozenset(rules["county_countries"])
    countries = frozenset(rules["district_countries"]) | counties
    words = tuple(rules["county_words"])
    suffixes = tuple(rules["district_suffixes"])
    path = gazetteer_districts.data_path()
    assert path is not None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = json.load(handle)
    found = set()
    for row in rows:
        cc, county = row.get("country_code"), row.get("county")
        if cc not in countries or not county:
            continue
        if cc in counties:
            if county.endswith(words):
                found.add((f"{county}, {row['state']}", cc))
        else:
            found.add((f"{gazetteer_districts.short_name(county, suffixes)} district", cc))
    return sorted(found)


def _reads(place: places.Place | None, text: str, country: str) -> bool:
    """Whether ``place`` is the district a text names, a place within it (a town that is its
    county: "Denver County"), or a place GeoNames lists under that very name; no place for a
    name districts of several provinces bear."""
    if place is None:
        # "Arghandab district" in Kandahar and in Zabul: unread until the report says which
        shared = [p for p in places.candidates(text) if p.level == "district"]
        return len({p.admin1 for p in shared}) > 1
    if place.country != country:
        return False
    levels = [p.level for p in map(places.get, place.chain) if p is not None]
    return "district" in levels or places.normalise(place.name) == places.normalise(text)


def test_every_district_and_county_of_the_table_reads_as_itself() -> None:
    table = _table_districts()
    assert len({cc for _, cc in table}) == 7  # PK AF IN BD LK NP US
    assert len(table) > 2_500
    lost = []
    for text, country in table:
        place = places.resolve(text, hints={country: 3})
        if not _reads(place, text, country):
            lost.append((text, country, place.key if place else None))
    assert not lost, lost


@pytest.mark.parametrize(
    ("text", "country", "level", "province"),
    [
        # India: Jammu and Kashmir's districts as reports spell them
        ("Bandipora district", "IN", "district", "IN-JK"),
        ("Bandipora", "IN", "district", "IN-JK"),
        ("Budgam district", "IN", "district", "IN-JK"),
        ("Pulwama district", "IN", "district", "IN-JK"),
        ("Anantnag district", "IN", "district", "IN-JK"),
        ("Rajouri", "IN", "district", "IN-JK"),
        ("Baramulla district", "IN", "district", "IN-JK"),
        ("Kishtwar district", "IN", "district", "IN-JK"),
        ("Bastar district", "IN", "district", "IN-CG"),
        ("Gadchiroli district", "IN", "district", "IN-MH"),
        # Bangladesh, under its old and new spellings
        ("Cox's Bazar district", "BD", "district", "BD-B"),
        ("Chattogram district", "BD", "district", "BD-B"),
        ("Bogura district", "BD", "district", "BD-E"),
        ("Bogra district", "BD", "district", "BD-E"),
        ("Jashore district", "BD", "district", "BD-D"),
        ("Gazipur district", "BD", "district", "BD-C"),
        # Sri Lanka: a district's towns learn the province as well
        ("Jaffna District", "LK", "district", "LK-4"),
        ("Mullaitivu district", "LK", "district", "LK-4"),
        ("Batticaloa district", "LK", "district", "LK-5"),
        ("Kilinochchi", "LK", "city", "LK-4"),
        # Nepal, provinces under their names of today
        ("Kailali district", "NP", "district", "NP-P7"),
        ("Chitwan district", "NP", "district", "NP-P3"),
        ("Dang district", "NP", "district", "NP-P5"),
        # Pakistan and Afghanistan as before; Afghanistan's provinces the table spells its way
        ("Kurram district", "PK", "district", "PK-KP"),
        ("Alingar district", "AF", "district", "AF-LAG"),
    ],
)
def test_south_asian_districts(text: str, country: str, level: str, province: str) -> None:
    place = places.resolve(text)
    assert place is not None, text
    assert (place.country, place.level, place.admin1) == (country, level, province)


def test_a_district_contains_its_towns_and_not_those_of_another() -> None:
    coxs = places.resolve("Cox's Bazar district")
    teknaf = places.resolve("Teknaf")
    dhaka = places.resolve("Dhaka")
    assert coxs is not None
    assert teknaf is not None
    assert dhaka is not None
    assert places.relation(coxs, teknaf) == "contains"
    assert places.relation(coxs, dhaka) == "disjoint"
    jaffna = places.resolve("Jaffna District")
    town = places.resolve("Jaffna")
    assert jaffna is not None
    assert town is not None
    assert town.level == "city"
    assert places.relation(jaffna, town) == "contains"


@pytest.mark.parametrize(
    ("text", "province", "town"),
    [
        ("Cook County", "US-IL", "Chicago"),
        ("Cook County, Ill.", "US-IL", "Evanston"),
        ("Harris County", "US-TX", "Houston"),
        ("Maricopa County", "US-AZ", "Phoenix"),
        ("Jefferson Parish", "US-LA", "Metairie"),
        ("East Baton Rouge Parish", "US-LA", "Baton Rouge"),
        ("Tulsa County", "US-OK", "Tulsa"),
    ],
)
def test_us_counties_and_parishes(text: str, province: str, town: str) -> None:
    county = places.resolve(text)
    assert county is not None
    assert (county.level, county.admin1) == ("district", province)
    seat = places.resolve(town, hints={"US": 3})
    assert seat is not None
    assert places.relation(county, seat) == "contains"


def test_a_county_name_several_states_share_is_read_with_the_state() -> None:
    assert places.resolve("Henry County") is None  # ten states: no guess by size
    with places.report_hints({"US": 3, "US-IN": 3}):
        indiana = places.resolve("Henry County")
    assert indiana is not None
    assert indiana.admin1 == "US-IN"
    written = places.resolve("Henry County, Ga.")
    assert written is not None
    assert written.admin1 == "US-GA"


def test_a_county_is_read_only_under_its_whole_name() -> None:
    # "Cook" is a person far more often than the county; "Chicago County" is no county
    for text in ("Cook", "Chicago County"):
        place = places.resolve(text, hints={"US": 3})
        assert place is None or place.level != "district", text
    chicago = places.resolve("Chicago")
    dupage = places.resolve("DuPage County")
    assert chicago is not None
    assert dupage is not None
    assert places.relation(dupage, chicago) == "disjoint"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Okla.", "US-OK"),
        ("Conn.", "US-CT"),
        ("Fla.", "US-FL"),
        ("N.C.", "US-NC"),
        ("Wash.", "US-WA"),
        ("Tulsa, Okla.", "geo:4553433"),
        ("KP", "PK-KP"),
        ("KPK", "PK-KP"),
        ("NWFP", "PK-KP"),
        ("FATA", "PK-KP"),
        ("Khyber Pakhtunkhwa", "PK-KP"),
        ("J&K", "IN-JK"),
        ("AJK", "PK-JK"),
        ("GB", "PK-GB"),
        ("Gilgit-Baltistan", "PK-GB"),
        ("Balochistan", "PK-BA"),
        ("Baluchistan", "PK-BA"),
        ("Hilmand", "AF-HEL"),
        ("Helmand", "AF-HEL"),
        ("Ningarhar", "AF-NAN"),
        ("Nangarhar", "AF-NAN"),
    ],
)
def test_abbreviations_and_province_spellings(text: str, key: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert place.key == key


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [
        ("Chattogram", "Chittagong", "BD"),
        ("Bengaluru", "Bangalore", "IN"),
        ("Kolkata", "Calcutta", "IN"),
        ("Mumbai", "Bombay", "IN"),
        ("Gurugram", "Gurgaon", "IN"),
        ("Prayagraj", "Allahabad", "IN"),
        ("Kunduz", "Konduz", "AF"),
    ],
)
def test_spelling_variants_name_one_place(a: str, b: str, country: str) -> None:
    first, second = places.resolve(a), places.resolve(b)
    assert first is not None
    assert second is not None
    assert first.key == second.key
    assert first.country == country


@pytest.mark.parametrize(
    ("text", "level", "country"),
    [
        ("Kandahar province", "admin1", "AF"),
        ("Fukushima prefecture", "admin1", "JP"),
        ("Anbar governorate", "admin1", "IQ"),
        ("Donetsk oblast", "admin1", "UA"),
        ("Donetsk", "city", "UA"),
        ("Fukushima", "city", "JP"),
        # a tehsil, taluka or upazila is named after its seat: the town, in its district
        ("Teknaf upazila", "city", "BD"),
        ("Kupwara tehsil", "city", "IN"),
        ("Bannu district", "district", "PK"),
    ],
)
def test_the_word_for_a_unit_after_a_name(text: str, level: str, country: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert (place.level, place.country) == (level, country)


@pytest.mark.parametrize(
    ("island", "town", "elsewhere"),
    [
        ("Long Island", "Hempstead", "Manhattan"),
        ("Oahu", "Honolulu", "Hilo"),
        ("Martha's Vineyard", "Edgartown", "Nantucket"),
        ("Bhola island", "Bhola", "Barishal"),  # an island that is one district
        ("Majuli island", "Garamur", "Jorhat"),
    ],
)
def test_an_island_holds_its_towns(island: str, town: str, elsewhere: str) -> None:
    """Two reports, one naming the island and one a town on it, agree; a town off it does
    not."""
    area = places.resolve(island)
    assert area is not None
    assert area.level in ("region", "district")
    on = places.resolve(town, hints=dict.fromkeys(area.countries, 3))
    off = places.resolve(elsewhere, hints=dict.fromkeys(area.countries, 3))
    assert on is not None
    assert off is not None
    assert places.relation(area, on) == "contains"
    assert places.relation(area, off) == "disjoint"


def test_the_island_word_asks_for_the_island_not_its_town() -> None:
    island = places.resolve("Bhola Island")
    town = places.resolve("Bhola")
    assert island is not None
    assert town is not None
    assert (island.level, town.level) == ("region", "city")
    # a name an island of another country bears goes by the report's country
    assert places.resolve("Long Island, Bahamas").country == "BS"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a report filed from a county: a place near one of its towns is in the county
        ("LAKE COUNTY, Ill. — Deputies in Lake County are looking into how two men were found "
         "shot dead in a car just west of Waukegan.", "Lake County, Ill."),
        # a South Asian bureau's lead names the district the incident is in
        ("PARACHINAR: Gunmen killed twelve passengers on a convoy in Kurram district on "
         "Tuesday, officials said.", "Kurram"),
    ],
)
def test_a_place_near_a_town_of_the_reports_county_and_a_district_named_by_a_bureau(
    nlp: Language, text: str, place: str
) -> None:
    from tests.core.claim_factory import read_claims

    found = [c for c in read_claims(nlp, text, None) if c.is_core]
    assert found
    assert place in (found[0].location or "")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Metro Manila", "PH-00"),
        ("Central Visayas", "PH-07"),
        ("Bicol region", "PH-05"),
        ("Tigray", "ET-TI"),
        ("North Kivu", "CD-NK"),
        ("South Kivu", "CD-SK"),
        ("North Sinai", "EG-SIN"),
        ("Kurdistan Region", "IQ-KR"),
    ],
)
def test_english_names_of_provinces_and_regions_the_tables_spell_otherwise(
    text: str, key: str
) -> None:
    """Conflict news writes these provinces and regions in English ('North Kivu', not
    'Nord-Kivu'; 'Metro Manila' for the National Capital Region)."""
    place = places.resolve(text)
    assert place is not None
    assert place.key == key


@pytest.mark.parametrize(
    ("area", "inside", "outside"),
    [
        ("Mindanao", "Lanao del Sur", "Cebu"),
        ("Visayas", "Leyte", "Davao del Sur"),
        ("Darfur", "North Darfur", "Kassala"),
        ("Kordofan", "South Kordofan", "Khartoum"),
        ("Donbas", "Luhansk oblast", "Kharkiv oblast"),
        ("Sinai", "North Sinai", "Giza"),
    ],
)
def test_an_area_of_several_provinces_holds_them(area: str, inside: str, outside: str) -> None:
    """'Clashes in Darfur' and 'clashes in North Darfur' can speak of one fight; a province off
    the region cannot."""
    whole = places.resolve(area)
    part = places.resolve(inside)
    other = places.resolve(outside)
    assert whole is not None
    assert part is not None
    assert other is not None
    assert whole.level == "region"
    assert places.relation(whole, part) == "contains"
    assert places.relation(whole, other) == "disjoint"
