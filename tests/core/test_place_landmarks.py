"""A landmark is no scene: the country across a border ("near the border with Somalia"), and
a venue's town is not a resident's ("the Garissa police station"); a town written with its
Arabic article ("al-Mayadin", "al-Khalis, a town in Diyala province") is read whole.
Sentences written for the classes of issue #11, positive and negative."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text import places
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post attacked is the scene; the country across the border only says where it lies
        (
            "GARISSA, Kenya - Four police officers were killed on Monday when gunmen attacked "
            "the Hulugho police station, near the border with Somalia, police said. "
            "Officers shot dead six of the attackers, they added.",
            ["Hulugho", "Hulugho"],
        ),
        # alone in its sentence, the country across a border still places nothing
        (
            "GARISSA, Kenya - Troops killed seven fighters near the border with Somalia on "
            "Monday.",
            ["Garissa, Kenya"],
        ),
        (
            "Two soldiers were wounded in clashes along the frontier with Iraq and Syria.",
            [None],
        ),
        # the country the sentence sets it in is the scene, the one across the border is not
        ("Five people were killed in Somalia near the border with Kenya.", ["Somalia"]),
        # a country the sentence names as the scene stays
        ("Three people were killed in Somalia on Monday.", ["Somalia"]),
    ],
)
def test_a_country_across_a_border(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station is a venue where its town stands
        ("Gunmen killed two guards at the Adana bus station on Friday.", ["Adana"]),
        # a newsroom's town is not the scene when the sentence names one
        (
            "Two Dayton TV station reporters were hurt in a crash in Kettering on Friday.",
            ["Kettering"],
        ),
    ],
)
def test_a_station_is_a_venue(nlp: Language, text: str, expected: list[str]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article opens the name
        (
            "A car bomb killed 16 people in the eastern Syrian town of al-Mayadin on Friday. "
            "The ministry said 25 people were wounded.",
            ["al-Mayadin", "al-Mayadin"],
        ),
        # a name NER took for a body's, which an appositive calls a town, with its province
        (
            "The bomb hit the main square of al-Khalis, a town in Diyala province, on Monday. "
            "Another 18 were hurt, a medic said.",
            ["al-Khalis, Diyala province"],
        ),
        # after "in", a name opened by the article is a town though NER reads a body's
        (
            "Police arrested four men on Tuesday over the market bombing in al-Suwar that "
            "killed nine people, officials said.",
            ["al-Suwar", "al-Suwar"],
        ),
        # a group's name is no place
        ("Two fighters of al-Shabaab were killed in Kismayo on Monday.", ["Kismayo"]),
        # an appositive that is a person's title names no place
        ("Police said Jane Roe, a city councillor, and two others were hurt.", [None]),
    ],
)
def test_a_name_with_its_article(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("al-Raqqa", "Ar Raqqah"),  # the gazetteer spells it with another article
        ("Al Raqqa", "Ar Raqqah"),
        ("el-Arish", "Arīsh"),
        ("El Paso", "El Paso"),  # a name the table has whole keeps it
    ],
)
def test_lookup_without_the_article(name: str, key: str) -> None:
    found = places.lookup(name)
    assert found is not None
    assert found.name == key


@pytest.mark.parametrize("name", ["al", "Al", "el", "al-"])
def test_an_article_alone_is_no_town(name: str) -> None:
    assert places.lookup(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces name a post after the place it stands in, a name NER reads as a body's
        (
            "NIAMEY, Niger - Militants killed 14 soldiers in an attack on the Tamou military "
            "post on Sunday. The army said 20 attackers were killed.",
            ["Tamou", "Tamou"],
        ),
        # a people's word names whose forces, not where
        (
            "NIAMEY, Niger - Militants killed 14 soldiers in an attack on a Nigerien army post "
            "on Sunday.",
            ["Niamey, Niger"],
        ),
        # a camp named without a keeper's word may be named after anything
        (
            "NIAMEY, Niger - Two guards were hurt at the Tora training camp on Sunday.",
            ["Niamey, Niger"],
        ),
    ],
)
def test_a_post_named_after_its_place(nlp: Language, text: str, expected: list[str]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where travellers were going is not where the bomb went off
        (
            "A bomb exploded at the main bus station in Adana on Friday, killing four people. "
            "Travellers were queuing for buses bound for Mersin and Konya when it went off. "
            "Doctors said 23 people were hurt.",
            ["Adana", "Adana"],
        ),
        (
            "A bomb hit a bus headed for Izmir near Manisa on Friday, wounding 11 people.",
            ["Manisa"],
        ),
        # a road named by where it leads is a scene
        ("Five soldiers were killed on the road to Kabul on Friday.", ["Kabul"]),
        # "to" right after a word of travel, whatever verb the parser hangs it on, and the
        # towns listed with the first
        (
            "A bomb went off at the bus terminal in Adana on Friday. It exploded as "
            "passengers waited for buses to Mersin, Konya and towns across the south, "
            "killing four people.",
            ["Adana"],
        ),
        (
            "ADANA, Turkey - A bomb went off at the bus terminal on Friday as passengers "
            "waited for buses to Mersin, Konya and towns across the south. At least 30 "
            "people were hurt, doctors said.",
            ["Adana, Turkey"],
        ),
    ],
)
def test_a_destination_is_no_scene(nlp: Language, text: str, expected: list[str]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the waiting passengers' vehicles were going is not carried to the quote after
        (
            "Sopore, Mar 3: Seven people were injured on Friday when militants hurled a grenade "
            "at a police party near the bus stand in Sopore town of Baramulla district, "
            "officials said.\n\nOfficials said the grenade missed the party and exploded on "
            "the roadside where travellers queued for vehicles to Handwara and "
            "Bandipora.\n\n\"Six passengers and a policeman suffered injuries in the blast,\" "
            "a police officer said.\n",
            ["Sopore town, Baramulla district", "Sopore town, Baramulla district"],
        ),
        # vehicles struck in a town: the town is the scene
        (
            "A grenade hit two vehicles parked in Handwara on Friday, injuring six people.",
            ["Handwara"],
        ),
    ],
)
def test_a_vehicles_destination_is_no_scene(
    nlp: Language, text: str, expected: list[str]
) -> None:
    claims = read_claims(nlp, text, dt.date(2025, 3, 4))
    assert [c.location for c in claims if c.is_core] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a victim died later, at a unit of care, is not the scene
        (
            "An explosion at a refinery in Baytown on Monday killed three workers. The sheriff "
            "said a fourth worker died on Tuesday at a burn unit in Houston. Two colleagues "
            "hurt in the blast are still in hospital.",
            ["Baytown", "Baytown", "Baytown"],
        ),
        # a shooting at a hospital: the hospital's town is the scene
        ("A gunman killed two nurses at a hospital in Houston on Monday.", ["Houston"]),
    ],
)
def test_where_the_hurt_died_later(nlp: Language, text: str, expected: list[str]) -> None:
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's district named again alone, and the arrests after it, stay with the city
        (
            "BAGHDAD (Reuters) - A bomb exploded at a market in Baghdad's Karrada district on "
            "Sunday, killing eight people, police said. The blast tore through stalls in the "
            "Karrada district. Police later arrested three suspects.",
            ["Karrada district, Baghdad"] * 2,
        ),
        # where districts are units above towns, a district is no part of the dateline's town
        (
            "QUETTA: Two soldiers were killed in the Kech district on Sunday. Police later "
            "arrested three suspects.",
            ["Kech district", "Kech district"],
        ),
    ],
)
def test_a_city_district(nlp: Language, text: str, expected: list[str]) -> None:
    assert places_of(nlp, text) == expected
