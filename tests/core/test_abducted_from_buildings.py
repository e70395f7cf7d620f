"""The town of a building people were abducted from ("abducted 3 aid workers from their
office in Maiduguri", "Two patients were abducted from a hospital in Kaduna") is the scene
(issue #11, place): a town after an office or a hospital was read as where the building stands,
not where things happened (as for "taken to a hospital in Kano"), so the figure had no place.
A hospital people were taken to keeps that reading. Sentences we wrote."""

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
        ("Gunmen abducted 3 aid workers from their office in Maiduguri.", 3, "Maiduguri"),
        ("Two patients were abducted from a hospital in Kaduna on Sunday.", 2, "Kaduna"),
    ],
)
def test_the_building_abducted_from_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Gunmen abducted 6 people on Monday and took them to a hospital in Kaduna.", 6, None),
        ("Police arrested 4 men outside the DC office in Mardan.", 4, "Mardan"),
        ("Gunmen kidnapped 5 students from their hostel in Zaria.", 5, "Zaria"),
    ],
)
def test_other_buildings_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
