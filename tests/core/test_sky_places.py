"""The place a drone, missile or aircraft came down "over" is the scene (issue #11, place);
"over" after any other word tells what a quarrel is about. Sentences written for the class."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = "Strikes go on\n\nKYIV, May 2 (Reuters) - "


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        # brought down over a region or a town: there
        (
            "Air defences destroyed 12 drones over the Belgorod region overnight, the "
            "governor said.",
            "12",
            "Belgorod region",
        ),
        ("Air defences destroyed 12 drones over Kursk overnight, officials said.", "12", "Kursk"),
        (
            "Two drones were shot down over Kharkiv on Sunday, and falling debris hurt nine "
            "people.",
            "nine",
            "Kharkiv",
        ),
        # "over" of a quarrel: what it is about, not where
        ("Nine people were hurt in clashes over Crimea, police said.", "Nine", "Kyiv"),
        ("Police detained nine protesters over the Kursk raid, officials said.", "nine", "Kyiv"),
    ],
)
def test_the_place_a_drone_came_down_over(
    nlp: Language, sentence: str, figure: str, place: str
) -> None:
    assert place_of(nlp, _LEAD + sentence, figure) == place
