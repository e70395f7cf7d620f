"""A gathering owned by a name that is also a town's ("at Obi's rally in Lagos") is held in
the place its own phrase names (issue #11, place): the reader of a town owning a common noun
("Karachi's main market") took the owner for the town, and the figure was filed under Obi, a
Nigerian hamlet. A town owning a noun told in no named place of its own keeps its reading.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Police arrested 14 supporters at Obi's rally in Lagos on Saturday.", 14, "Lagos"),
        ("Gunmen killed 3 mourners at Obi's funeral in Enugu.", 3, "Enugu"),
    ],
)
def test_an_owned_gathering_is_held_in_its_own_place(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two people were shot dead in Karachi's main market on Monday.", 2, "Karachi"),
        ("A bomb killed 6 people near Kabul's airport on Sunday.", 6, "Kabul"),
        ("Six people were arrested at Bauchi's central market in the old city.", 6, "Bauchi"),
        ("Gunmen killed 3 guests at Musa's wedding in Kano.", 3, "Kano"),
    ],
)
def test_a_towns_own_noun_keeps_its_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # a quarter the gazetteer lacks is the owner town's own: the town says more of it
        ("Four traders were hurt in a blaze at Karachi's cloth market in Saddar.", 4, "Karachi"),
        ("A fire at Dhaka's biggest slum in Korail injured 9 people.", 9, "Dhaka"),
        ("Police detained 15 dockers at Mombasa's port in Kilindini.", 15, "Mombasa"),
        # a namesake abroad smaller than the owner town is no place of its own
        ("Police arrested 11 vendors at Karachi's fish market in Clifton.", 11, "Karachi"),
    ],
)
def test_a_towns_noun_told_in_its_own_quarter_keeps_the_town(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
