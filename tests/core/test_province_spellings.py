"""A town's province learnt where the town table spells the province otherwise than ISO
(``core.text.gazetteer_provinces``): another transliteration with or without its article
("Sharqia" for "Ash Sharqiyah"), or the bare name of ISO's local adjective ("Rostov" for
"Rostovskaya oblast'"); never a province of the other side ("North X" for "South X") nor a
longer name that only begins alike ("Sakha" is not "Sakhalin"). The matcher is tried on
invented provinces; the gazetteer's towns are real."""

from __future__ import annotations

import pytest

from core.text import places
from core.text.gazetteer_provinces import _Matcher

# An invented country "XX" and the ISO names of its provinces.
PROVINCES = {
    ("XX", "ad dawriyah"): "XX-DW",
    ("XX", "velmorskaya oblast'"): "XX-VE",
    ("XX", "velmorinskaya oblast'"): "XX-VN",
    ("XX", "south tarrow"): "XX-ST",
    ("XX", "kestrel"): "XX-KE",
    ("XX", "kestrelinov respublika"): "XX-KR",
}


def matcher() -> _Matcher:
    return _Matcher(PROVINCES, frozenset(PROVINCES.values()), {})


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("dawria", "XX-DW"),  # another transliteration, without the article
        ("velmor", "XX-VE"),  # the bare name of the local adjective
        ("velmor oblast", "XX-VE"),  # with the table's own unit word
        ("kestrel", "XX-KE"),
        # negatives: the other side of a province; a longer name that only begins alike
        ("north tarrow", None),
        ("velm", None),
        ("dorwa", None),  # too far from any name
    ],
)
def test_a_province_spelt_otherwise(written: str, key: str | None) -> None:
    assert matcher().key("XX", written) == key


@pytest.mark.parametrize(
    ("town", "province"),
    [
        ("Taganrog", "RU-ROS"),  # "Rostov" in the table, "Rostovskaya oblast'" in ISO
        ("Belgorod", "RU-BEL"),
        ("Kharkiv", "UA-63"),
        ("Zagazig", "EG-SHR"),  # "Sharqia", "Ash Sharqiyah"
        ("Basra", "IQ-BA"),
        ("Yakutsk", "RU-SA"),  # in Sakha, not in Sakhalin
    ],
)
def test_a_town_learns_a_province_spelt_otherwise(town: str, province: str) -> None:
    found = places.lookup(town)
    assert ((found.level, found.admin1) if found else None) == ("city", province)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a district the table writes with a compass word of Hindi or Bengali
        ("West Singhbhum", "IN-JH:pashchim singhbhum"),
        ("West Singhbhum district", "IN-JH:pashchim singhbhum"),
        ("East Singhbhum", "IN-JH:purba singhbhum"),
        ("South Dinajpur", "IN-WB:dakshin dinajpur"),
        ("Pashchim Singhbhum", "IN-JH:pashchim singhbhum"),
        # a compass word inside a single word is no compass word ("Uttarkashi")
        ("North Kashi", None),
    ],
)
def test_a_district_is_known_by_its_compass_word_in_english(name: str, key: str | None) -> None:
    found = places.lookup(name)
    assert (found.key if found else None) == key


@pytest.mark.parametrize(
    "name",
    [
        # a small town's other name that is no spelling of its own (a former name) stays out
        "Villaggio Duca Abruzzi",
        # nor a spelling more than two letters off
        "Jawharino",
    ],
)
def test_a_smaller_towns_other_names_stay_out(name: str) -> None:
    assert places.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "hints", "town"),
    [
        # another name of a big town abroad, in a report on another country: the report's
        # own town, which the gazetteer lacks
        ("Raipura", {"BD": 3}, None),
        # the same name with no country to go by, or in a report on the town's own country
        ("Raipura", {}, "Raipur"),
        ("Calcutta", {"IN": 3}, "Kolkata"),
        # a big town abroad by its own name stays
        ("Kolkata", {"BD": 3}, "Kolkata"),
    ],
)
def test_a_big_town_abroad_called_by_another_name(
    name: str, hints: dict[str, int], town: str | None
) -> None:
    found = places.lookup(name, hints=hints)
    assert (found.name if found else None) == town


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        # English copy writes no mark for the ayn the gazetteer spells with an apostrophe
        ("Marib", "Ma'rib", "city"),
        ("Marib city", "Ma'rib", "city"),
        ("Maan", "Ma'an", "city"),
        # a county of a country whose first level is its counties is that province
        ("Kajiado County", "Kajiado", "admin1"),
        ("Montserrado County", "Montserrado", "admin1"),
        # a US county is read under its whole name, as before
        ("Cook County", "Cook County", "district"),
    ],
)
def test_a_name_written_without_its_mark_or_with_its_county_word(
    text: str, name: str, level: str
) -> None:
    found = places.resolve(text)
    assert ((found.name, found.level) if found else None) == (name, level)


def test_a_name_before_county_that_is_no_county_is_no_place() -> None:
    assert places.resolve("Harrow County") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a unit word and its number after a word a small town abroad bears: a numbered
        # unit ("Police District 10"), no town
        ("Police District 10", None),
        ("Police District 10, Mazar-i-Sharif", "Mazār-e Sharīf"),
        # a big town's numbered district lies in the town
        ("Kabul District 10", "Kabul"),
        # a unit word without a number reads as before
        ("Bannu district", "Bannu"),
    ],
)
def test_a_numbered_unit_is_no_town_of_the_word_before(text: str, name: str | None) -> None:
    found = places.resolve(text)
    assert (found.name if found else None) == name
