"""Using a weapon on people is a deed (issue #11, actor): "Six people were injured when
unidentified miscreants hurled a grenade at a market", "Five soldiers were killed when
militants detonated a bomb under their vehicle", "Protesters threw stones at police,
injuring four officers" had no doer, because hurling, throwing, lobbing and detonating were
no verbs of an attack. Throwing anything else is no deed. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 6 people were injured when unidentified miscreants hurled a grenade at a"
         " market in Thoubal on Monday.", [("injured", "unidentified miscreants")]),
        ("Five soldiers were killed when militants detonated a bomb under their vehicle in"
         " Kurram.", [("killed", "militants")]),
        ("Protesters threw stones at police, injuring four officers in Srinagar.",
         [("injured", "Protesters")]),
        ("Two women were injured when a man threw acid on them in Multan on Sunday.",
         [("injured", "a man")]),
        ("Three policemen were wounded when rioters lobbed petrol bombs at a station in Derry.",
         [("injured", "rioters")]),
    ],
)
def test_using_a_weapon_is_a_deed(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were injured when a car threw up gravel on a highway near Leeds.",
         [("injured", None)]),
        ("Two fans were injured when the stand collapsed as the crowd threw scarves onto the"
         " pitch in Leeds.", [("injured", None)]),
        ("Four people were hurt when a storm threw a tree onto a bus in Leeds.",
         [("injured", None)]),
    ],
)
def test_throwing_no_weapon_names_no_doer(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thrown no weapon, at no people: no deed (review)
        ("Two people died when a worker threw a switch at the plant in Ohio.",
         [("killed", None)]),
        ("Four people were hurt when police threw a cordon around the protest in Colombo.",
         [("injured", None)]),
        ("Six people were injured when guards threw open the gates of the stadium in Accra.",
         [("injured", None)]),
        # a weapon, or people it was thrown at: a deed
        ("Two policemen were injured when a man hurled a petrol bomb at them in Chittagong.",
         [("injured", "a man")]),
        ("Three guards were hurt when a man threw acid at them in Multan on Monday.",
         [("injured", "a man")]),
        ("A woman was hurt when her husband threw a chair at her in Lahore on Monday.",
         [("injured", "her husband")]),
    ],
)
def test_throwing_a_switch_or_a_cordon_is_no_deed(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
