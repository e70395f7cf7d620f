"""A place name read as the right place: the province a report names chooses between a
country's namesakes ("Aurangabad district" of Bihar, not of Maharashtra); a state's own name
is the state, not a town known by it as its other name ("Bihar", not Bihar Sharif); provinces
and towns of countries the gazetteer held only by their regions or codes (the Philippines'
provinces, Mexico's states). Places are real; sentences and incidents invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.home_country import home_country
from core.extract.nlp import Chunk
from core.text import places
from tests.core.claim_factory import PLACE_DAY, place_of, run_texts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Lanao del Sur", "PH-LAS"),  # a province of a country whose first level is regions
        ("Maguindanao del Sur", "PH-MGS"),
        ("Guerrero", "MX-GRO"),  # the state, not a hamlet of that name elsewhere
        ("Bihar", "IN-BR"),  # the state, not Bihar Sharif (a town's other name)
        ("Michoacan", "MX-MIC"),  # the short name of "Michoacán de Ocampo"
        ("Ceara", "BR-CE"),  # the state, not its seat that holds a fourth of its people
        ("Cotabato", "PH-NCO"),  # the province, not the city of its name outside it
    ],
)
def test_a_province_is_read_as_the_province(name: str, key: str) -> None:
    found = places.lookup(name)
    assert (found.key if found else None) == key


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Butig", "PH-LAS"),  # a town learns its province from the town table's second level
        ("Orizaba", "MX-VER"),  # and from the table's first level, code by code
        ("Kajuru", "NG-KD"),
    ],
)
def test_a_town_lies_in_its_province(name: str, province: str) -> None:
    found = places.lookup(name)
    assert ((found.level, found.admin1) if found else None) == ("city", province)


@pytest.mark.parametrize("name", ["Kandahar", "Raqqa", "al-Raqqa", "Oaxaca", "D.C.", "Cebu"])
def test_a_town_named_like_its_province_is_still_the_town(name: str) -> None:
    found = places.lookup(name)
    assert (found.level if found else None) == "city"


def test_the_reports_province_chooses_between_namesakes() -> None:
    with places.report_hints({"IN": 3}, provinces=["IN-BR"]):
        in_bihar = places.resolve("Aurangabad district")
    with places.report_hints({"IN": 3}, provinces=["IN-MH"]):
        in_maharashtra = places.resolve("Aurangabad district")
    assert (in_bihar.admin1 if in_bihar else None) == "IN-BR"
    assert (in_maharashtra.admin1 if in_maharashtra else None) == "IN-MH"


def test_a_remembered_lookup_still_follows_the_reports_province() -> None:
    # names looked up are remembered: a report naming another province reads them anew
    for province in ("IN-BR", "IN-MH", "IN-BR"):
        with places.report_hints({"IN": 3}, provinces=[province]):
            found = places.lookup("Aurangabad district")
        assert (found.admin1 if found else None) == province


def test_a_province_named_never_outweighs_the_reports_country() -> None:
    # a province named never outweighs the report's country: Pakistan's Hyderabad
    with places.report_hints({"PK": 3}, provinces=["IN-TG"]):
        town = places.resolve("Hyderabad")
    assert (town.country if town else None) == "PK"


def test_a_name_with_a_particle_is_read_whole(nlp: Language) -> None:
    text = (
        "ILIGAN, May 9 - Gunmen shot dead four farmers in Lanao del Sur province on Saturday, "
        "the army said."
    )
    assert "Lanao del Sur" in (place_of(nlp, text, "four") or "")


def test_a_district_is_read_in_the_reports_state() -> None:
    report = (
        "Rebels kill five policemen in Bihar\n\n"
        "GAYA, March 12 - Maoist rebels ambushed a police jeep in the eastern state of Bihar "
        "on Wednesday, killing five policemen, officials said.\n\n"
        "The ambush took place on a forest road in Aurangabad district, a senior officer said."
    )
    result = run_texts(report, published=PLACE_DAY)
    located = {c.location for c in result.claims if c.location}
    assert any("Aurangabad" in where for where in located), located
    for where in located:
        found = places.resolve(where, hints={"IN": 1, "IN-BR": 1})
        assert found is None or found.admin1 in (None, "IN-BR"), where


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # the attacking country's army and envoy are named twice, the province and its towns
        # of the other country more often: the report is on that country
        (
            "Villagers said on Monday that Iranian shells hit homes in Chakhansur and Zaranj "
            "in Nimroz. Iran's army said its guards fired back. The ministry summoned Iran's "
            "envoy. Elders called it a breach of Afghanistan's sovereignty.",
            "Afghanistan",
        ),
        # a report on towns of the country it names
        (
            "Police in Quetta said two men were held near Sibi. Officials in Afghanistan "
            "denied a link. Pakistan's interior minister spoke in Quetta.",
            "Pakistan",
        ),
        # towns alone name no country for the report
        ("Police in Quetta said two men were held near Sibi.", None),
    ],
)
def test_the_reports_country_is_where_its_places_are(
    nlp: Language, text: str, home: str | None
) -> None:
    assert home_country([Chunk(0, nlp(text))]) == home


def test_a_small_town_abroad_is_no_namesake_of_a_local_name() -> None:
    with places.report_hints({"AF": 3}):
        assert places.resolve("Kang") is None  # a town of Botswana, in a report on Nimroz
        assert places.resolve("Kang district") is None
        big = places.resolve("Mumbai")  # a big town abroad is named as itself
    assert (big.country if big else None) == "IN"
    # one stray name is no evidence of where a report is
    with places.report_hints({"AF": 1}):
        stray = places.resolve("Kang")
    assert (stray.country if stray else None) == "BW"


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Cotabato City", "city"),  # "city" written: the city
        ("D.C.", "city"),  # another name of a town that holds about half the district
        ("Kandahar", "city"),  # the town's own name: the town, in the province
    ],
)
def test_a_town_written_as_one_is_the_town(name: str, level: str) -> None:
    found = places.lookup(name)
    assert (found.level if found else None) == level
