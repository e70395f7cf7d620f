"""A district told as the scene that NER took for a body ("five people drowned in a flash
flood in Swat") is the figure's place (issue #11, place): only towns and regions were taken
back from a misread label, so the figure had no place or the subject's. A police team
written in capitals, a regiment named after a district that speaks, keep today's reading.
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
        ("Five people drowned in a flash flood in Swat.", 5, "Swat"),
        ("Three students of a college in Peshawar died in a road accident in Swat.", 3, "Swat"),
    ],
)
def test_a_district_read_as_a_body_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("SWAT officers arrested 4 men in Dallas.", 4, "Dallas"),
        ("A SWAT team shot dead 2 gunmen in Houston.", 2, "Houston"),
        ("The Khyber Rifles said 4 soldiers died in an ambush.", 4, None),
        ("Two soldiers were killed in Kurram on Monday.", 2, "Kurram"),
        ("Nine people were injured in a blast in Swat Valley.", 9, "Swat Valley"),
    ],
)
def test_other_names_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
