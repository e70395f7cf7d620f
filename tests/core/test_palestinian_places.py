"""Jerusalem, Gaza and the West Bank as wire copy means them (issue #11, places): "Jerusalem" is
the city, not a Palestinian governorate the gazetteer knows no town of; "Gaza" and "the West
Bank" are the two territories, regions that hold their governorates and towns (Khan Younis,
Rafah in the Gaza Strip; Nablus, Jenin in the West Bank), not the whole country; so a scene
in Gaza under a Jerusalem dateline is Gaza, not the dateline's town. Towns are real; the
reports are invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.text import places
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("JERUSALEM (AP) — Two soldiers were killed in northern Gaza on Sunday, the military "
         "said.", "Two", "northern Gaza"),
        ("JERUSALEM (AP) — Troops shot and killed three gunmen in the West Bank on Sunday, "
         "the army said.", "three", "West Bank"),
        ("JERUSALEM (AP) — At least 24 people were killed in strikes across Gaza on Sunday, "
         "the Health Ministry said.", "At least 24", "Gaza"),
        ("JERUSALEM (AP) — An airstrike killed 15 people in central Gaza on Sunday, hospital "
         "officials said.", "15", "central Gaza"),
        ("JERUSALEM (AP) — Militants are still holding 40 hostages in Gaza, the government "
         "said Sunday.", "40", "Gaza"),
    ],
)
def test_the_scene_in_a_territory_wins_over_a_jerusalem_dateline(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("Khan Younis", "Gaza Strip"),
        ("Rafah", "Gaza"),
        ("Gaza City", "Gaza"),
        ("Nablus", "West Bank"),
        ("Jenin", "West Bank"),
        ("Hebron", "West Bank"),
    ],
)
def test_a_territory_holds_its_towns(inner: str, outer: str) -> None:
    town, region = places.lookup(inner), places.lookup(outer)
    assert town is not None
    assert region is not None
    assert region.level == "region"
    assert places.relation(region, town) == "contains"


@pytest.mark.parametrize(
    ("name", "level", "country"),
    [
        ("Jerusalem", "city", "IL"),
        ("Gaza", "region", None),
        ("West Bank", "region", None),
        ("Khan Yunis", "city", "PS"),
        ("Nablus", "city", "PS"),
    ],
)
def test_names_read_as_the_press_means_them(name: str, level: str, country: str | None) -> None:
    place = places.lookup(name)
    assert place is not None
    assert (place.level, place.country) == (level, country)


def test_jerusalem_lies_outside_gaza() -> None:
    city, strip = places.lookup("Jerusalem"), places.lookup("Gaza")
    assert city is not None
    assert strip is not None
    assert places.relation(city, strip) == "disjoint"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the dateline's own town, a town inside a territory, a country cut by a compass word
        ("JERUSALEM (AP) — Police said two people were stabbed in Jerusalem on Sunday.",
         "two", "Jerusalem"),
        ("KHAN YOUNIS, Gaza Strip (AP) — An airstrike on a house in Khan Younis killed 11 "
         "people on Sunday, according to a hospital.", "11", "Khan Younis"),
        ("BEIRUT (AP) — An airstrike killed two fighters in southern Lebanon on Sunday, "
         "officials said.", "two", "southern Lebanon"),
        ("NABLUS, West Bank (AP) — Troops shot dead two men in Nablus on Sunday, the ministry "
         "said.", "two", "Nablus"),
    ],
)
def test_near_misses_keep_their_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    read = place_of(nlp, text, figure)  # "Nablus, West Bank": the dateline's town, whole
    assert read is not None
    assert read.partition(",")[0] == place


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # a town abroad written with its country, a province with people, a region of its own
        ("Jerusalem, New Zealand", "NZ"),
        ("Gaza, Mozambique", "MZ"),
        ("Kashmir", "KASHMIR"),
    ],
)
def test_other_namesakes_stay(name: str, key: str) -> None:
    place = places.resolve(name)
    assert place is not None
    assert key in (place.key, place.country)
