"""A town or village told by its state is in that state (issue #11, place): "Three killed in
gunfight in Kashmir village", "Gunmen kill 7 in attack on Plateau village", "Four killed in
attack on Texas town" gave the places "Kashmir village", "Plateau village", "Texas town", as
if the village were named so (NER takes the kind noun into the name). A state's, region's or
country's name before a lower-case town kind ("village", "villages", "town") is the place;
a town's name keeps its kind ("Sarwan village", "Lahore village": a village of that name or
one the town holds), a title-case kind is part of the name ("Model Town", "Texas City"),
and a country's name before "city" that names its capital keeps it ("Kuwait city").
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def places(text: str) -> list[object]:
    return report_fields(text, "location", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three killed in gunfight in Kashmir village", ["Kashmir"]),
        ("Gunmen kill 7 in attack on Plateau village", ["Plateau"]),
        ("Four killed in attack on Texas town", ["Texas"]),
        ("Floods kill 9 in Sindh villages", ["Sindh"]),
        ("Militants storm Borno village, kill 12", ["Borno"]),
        ("Militants killed two villagers in a Kashmir village on Monday, police said.",
         ["Kashmir"]),
        # a town's own name, a named kind, a town of the state named after it: as before
        ("Gunmen attacked Sarwan village in Kech, killing three people.", ["Sarwan village, Kech"]),
        ("Two shot dead in Lahore village, police say", ["Lahore village"]),
        ("Two people were shot dead in Model Town, Lahore, on Monday.", ["Model Town, Lahore"]),
        ("Three people died in a fire in Texas City on Sunday.", ["Texas City"]),
        ("Gunmen killed four people in the Texas town of Uvalde on Tuesday.", ["Uvalde, Texas"]),
        ("Two men were killed in the Punjab town of Kasur on Friday.", ["Kasur, Punjab"]),
        # a country's capital named after it, its "city" in lower case: the city, as before
        ("Four people were killed in a blast in Kuwait city on Monday, officials said.",
         ["Kuwait city"]),
        ("Two people were shot dead in Djibouti city on Sunday, police said.",
         ["Djibouti city"]),
    ],
)
def test_a_town_told_by_its_state(text: str, expected: list[object]) -> None:
    assert places(text) == expected
