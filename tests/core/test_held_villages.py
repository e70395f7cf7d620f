"""A village told with the unit that holds it ("in Kurmin Masara, a village in Zangon Kataf LGA
of Kaduna State") is the figure's place, with its unit (issue #11, place): the unit, written
with its own state, was taken as a second place and, read first, filed the figure under the
unit. Two places of two figures, and a town told with its state, keep today's reading.
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
    ("text", "places"),
    [
        ("Bandits killed 9 villagers in Kurmin Masara, a village in Zangon Kataf LGA of Kaduna "
         "State.", [(9, "Kurmin Masara, Zangon Kataf LGA")]),
        ("Insurgents killed 11 farmers in Zabarmari, a village in Jere Local Government Area "
         "of Borno State, on Saturday.", [(11, "Zabarmari, Jere Local Government Area")]),
    ],
)
def test_a_village_keeps_the_unit_that_holds_it(
    nlp: Language, text: str, places: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gunmen killed 4 people in Tanke, a community in Ilorin South Local Government Area "
         "of Kwara State.", [(4, "Tanke, Ilorin South Local Government Area")]),
        ("Troops killed 12 bandits in Birnin Gwari LGA of Kaduna State, the army said.",
         [(12, "Birnin Gwari LGA, Kaduna State")]),
        ("Militants killed 6 soldiers in Zangon Kataf LGA of Kaduna State, and 3 in Kurmin "
         "Masara, a village in the area.",
         [(6, "Zangon Kataf LGA, Kaduna State"), (3, "Kurmin Masara")]),
        ("Four people were killed in Peshawar, Khyber Pakhtunkhwa, and three in Mardan.",
         [(4, "Peshawar, Khyber Pakhtunkhwa"), (3, "Mardan")]),
        ("Police arrested 5 men in Kano, Kano State, and 4 in Kaduna, Kaduna State.",
         [(5, "Kano, Kano State"), (4, "Kaduna, Kaduna State")]),
    ],
)
def test_other_places_keep_their_reading(
    nlp: Language, text: str, places: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == places
