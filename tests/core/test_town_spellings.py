"""A town of some size is found under the other spellings of its own name of two words or
more, as the press romanises it ("Beit Hanoun", "Beit Lahiya" for the gazetteer's Bayt Ḩānūn,
Bayt Lāhyā), and a name's inner article either way ("Deir al-Balah" as "Deir el-Balah"); these
resolved to nothing (only towns over 100,000 had their other spellings). Not a town's other
names that begin otherwise ("Basim" for Washim), not a spelling of one word (too often a
person's name), not a hamlet's, not a guessed article's hamlet abroad. Sentences we wrote
(issue #11)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.text import places
from tests.core.claim_factory import run_texts

PUB = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Beit Hanoun", "PS"),
        ("Beit Lahiya", "PS"),
        ("Deir al-Balah", "PS"),
        ("Khan Younis", "PS"),  # a big town's, as before
        # not a town's other names, nor a spelling of one word (too often a person's name:
        # "Laila", "Ismail", "Juana" are spellings of Laylá, Izmayil, Juwana), nor a hamlet's
        ("Basim", None),
        ("Laila", None),
        ("Ismail", None),
        ("Juana", None),
        ("Nuseirat", None),
        ("Ras al-Ain", None),
        ("Beit Jala", None),  # a town under 20,000: no other spellings
    ],
)
def test_a_towns_other_spellings(name: str, country: str | None) -> None:
    place = places.resolve(name)
    assert (place.country if place else None) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a town of a region the name after the comma means, not in a province's namesake
        ("Beit Lahiya, Gaza", "PS"),
        ("Beit Hanoun, Gaza", "PS"),
        ("Xai-Xai, Gaza", "MZ"),  # the province's own town
        ("Naples, Ohio", "US"),
    ],
)
def test_a_town_with_its_region(text: str, country: str) -> None:
    place = places.resolve(text)
    assert place is not None
    assert place.country == country


def test_a_small_towns_spelling_places_its_figures() -> None:
    result = run_texts(
        "An airstrike on a house in Beit Lahiya killed 9 people on Monday, the health"
        " ministry in Gaza said.",
        "Troops arrested 4 men in Beit Hanoun on Monday, residents said.",
        published=PUB,
    )
    assert [c.location for c in result.claims if c.is_core] == ["Beit Lahiya", "Beit Hanoun"]
    assert sorted(e.label.split(" · ")[0] for e in result.events) == ["Beit Hanoun", "Beit Lahiya"]
