"""A known name that only begins a longer name the gazetteer lacks is no place of its own."""

from __future__ import annotations

import pytest

from core.text import longer_names, places

_PK = {"PK": 3}


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        # a clan's or a quarter's word after a town's name makes a village of its own
        ("Mardan Kalay", _PK),
        ("Sukkur Khel", _PK),
        ("Sukkur Khel", None),
        ("Larkana Goth", _PK),
        # a settlement's first word names a town somewhere (at home or abroad)
        ("Kot Sardar", None),
        ("Dera Gulab", None),
        ("Chak 118", _PK),
        ("Basti Noor", _PK),
        ("Mir Dalawar", None),
        # any proper name run on after a town's
        ("Kohat Gulabzai Sardar", _PK),
        ("near Jacobabad Noorani in the district", _PK),
    ],
)
def test_a_name_begun_by_a_known_name_is_none(text: str, hints: dict[str, int] | None) -> None:
    assert places.resolve(text, hints=hints) is None


def test_a_compass_word_before_a_small_town_opens_another_name() -> None:
    assert places.resolve("a shooting in the 200 block of North Sedalia") is None
    # a big town has sides
    found = places.resolve("a shooting in Northeast Baltimore")
    assert found is not None
    assert found.name == "Baltimore"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # an institution, a force, a title or a unit named by its town is in the town
        ("the Sukkur Civil Hospital", "Sukkur"),
        ("the Multan High Court Bench", "Multan"),
        ("the Kohat Press Club", "Kohat"),
        ("Herat University", "Herāt"),
        ("Kohat Region", "Kohat"),
        ("Sukkur Police", "Sukkur"),
        ("Jacobabad DHQ", "Jacobabad"),
        # a whole name the gazetteer knows, a possessive, a comma
        ("Kot Addu", "Kot Addu"),
        ("Mardan's Sardar Kalay", "Mardan"),
        ("Mardan, Sardar Kalay", "Mardan"),
        # two names side by side
        ("Larkana Sukkur", "Sukkur"),
    ],
)
def test_a_town_named_with_what_it_holds_stays_the_town(text: str, town: str) -> None:
    found = places.mentions(text, hints={"PK": 3})
    assert town in [p.name for p in found]


@pytest.mark.parametrize(
    ("name", "built"),
    [
        ("Kot Sardar", True),
        ("Sukkur Khel", True),
        ("Chak 118", True),
        # a town itself, an institution named by it, a name the gazetteer knows nothing of
        ("Sukkur", False),
        ("Sukkur Civil Hospital", False),
        ("Gulabzai Sardar", False),
    ],
)
def test_a_name_built_on_a_town_is_a_settlement(name: str, built: bool) -> None:
    assert longer_names.built_on(name, places.lookup, places.candidates) is built
