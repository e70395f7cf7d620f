"""A village or small town the gazetteer does not know is filed with the units the report
writes right after its name ("in Barangay X, Y town, Z province, as ...", "in the village of
X, in Z province's Y district, police said"), so that its place still names where it lies; a
name that heads a phrase after it ("X, Z police said") is no holder. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.holder_tails import holders_after
from tests.core.claim_factory import run_texts

_DAY = dt.date(2031, 3, 14)
_HEAD = "Three farmers killed in ambush\n\n"


def place_of(text: str) -> str | None:
    found = [c for c in run_texts(_HEAD + text, published=_DAY).claims if c.number_text == "three"]
    assert found, "no claim on 'three'"
    return found[0].location


def test_a_barangay_with_its_town_and_province() -> None:
    text = (
        "Gunmen killed three farmers on Sunday in Barangay Kalbuan, Pandag, Sultan Kudarat, "
        "as they walked home, police said."
    )
    assert place_of(text) == "Barangay Kalbuan, Pandag, Sultan Kudarat"


def test_a_village_in_a_provinces_district() -> None:
    text = (
        "Gunmen killed three farmers on Monday in the hamlet of Kalbuan Ilaya, in Lanao del "
        "Norte province's Kolambugan district, police said."
    )
    assert place_of(text) == "Kalbuan Ilaya, Kolambugan district, Lanao del Norte province"


def test_a_name_heading_the_speakers_phrase_holds_nothing() -> None:
    text = (
        "Gunmen killed three farmers on Sunday in Barangay Kalbuan, Pandag, Sultan Kudarat "
        "police said."
    )
    assert place_of(text) == "Barangay Kalbuan, Pandag"


@pytest.mark.parametrize(
    ("tail", "holders"),
    [
        (", Sultan Kudarat, on Sunday", ["Sultan Kudarat"]),
        (" village of Kolambugan district, police said.", ["Kolambugan district"]),
        (", Hama countryside.", ["Hama countryside"]),
        # negative: the name goes on, heads a phrase, or nothing known follows
        (" Norte police station", []),
        (", Hama police said", []),
        (" district late on Monday", []),
        (", Kelmar Ridge, on Sunday", []),
        (", Hama Apartments, on Sunday", []),  # a building named after its town
    ],
)
def test_the_holders_after_a_name(tail: str, holders: list[str]) -> None:
    assert holders_after(tail) == holders
