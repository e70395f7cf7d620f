"""Conjoined verbs, each with its own count and its own place (issue #11, place): "The Taliban
killed 12 soldiers in Helmand, and wounded 4 in Kandahar" filed the twelve in Kandahar, the
town the first sentence names taken for the report's spot, and "Gunmen killed 2 guards at a
bank in Peshawar, and wounded 3 in Mardan" the two in Mardan, nearer in the tree. The later
verb's place is its own figure's when the first verb's phrase names a place of its own; two
verbs sharing one phrase ("killed 3 people and wounded 6 in Kandahar"), a first phrase that
names no place ("in a market"), and one count keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Taliban killed 12 soldiers in Helmand, and wounded 4 in Kandahar.",
            [(12, "Helmand"), (4, "Kandahar")],
        ),
        (
            "Gunmen killed 2 guards at a bank in Peshawar, and wounded 3 in Mardan.",
            [(2, "Peshawar"), (3, "Mardan")],
        ),
        (
            "Militants killed 5 policemen in Zabul and injured 3 in Ghazni.",
            [(5, "Zabul"), (3, "Ghazni")],
        ),
    ],
)
def test_each_conjoined_verb_keeps_its_own_place(
    nlp: Language, text: str, found: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Militants killed 8 policemen in Dera Ismail Khan, and injured 5 in Tank.",
            [(8, "Dera Ismail Khan"), (5, "Tank")],
        ),
        ("Gunmen killed 3 people and wounded 6 in Kandahar.", [(3, "Kandahar"), (6, "Kandahar")]),
        ("The Taliban attacked a post in Helmand and killed 12 soldiers.", [(12, "Helmand")]),
        (
            "A bomb killed 4 people in a market and wounded 9 in Quetta.",
            [(4, "Quetta"), (9, "Quetta")],
        ),
    ],
)
def test_shared_phrases_and_read_lists_keep_their_reading(
    nlp: Language, text: str, found: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == found
