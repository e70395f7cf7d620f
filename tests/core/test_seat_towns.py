"""A town named after its region and its kind ("the West Bank city of Jenin") is the town,
filed with its region, also when the gazetteer knows its name as the governorate it is the
seat of: it was "West Bank city, Jenin" (issue #11, place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops killed 12 people in the West Bank city of Jenin on Monday.", "Jenin, West Bank"),
        ("Troops killed 12 people in the West Bank town of Nablus on Monday.",
         "Nablus, West Bank"),
        ("Gunmen killed 12 people in the Darfur town of Nyala on Monday.", "Nyala, Darfur"),
        ("Gunmen killed 12 people in the Syrian city of Homs on Monday.", "Homs"),
        # a province of a country is no town of it
        ("Floods killed 12 people in the Punjab province of Pakistan on Monday.", "Punjab"),
    ],
)
def test_the_town_with_its_region(text: str, place: str) -> None:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == 12)
    assert claim.location == place
