"""A count of casualties broken down into its dead and its hurt counts both (issue #11): "480
casualties, including 120 dead and 360 wounded" is no toll of 480 dead beside the sentence's
120. Casualties told alone stay the dead, as many desks write them. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling has caused 480 casualties, including 120 dead and 360 wounded, the "
         "ministry said.", [("other", 480), ("killed", 120), ("injured", 360)]),
        ("Troops suffered 14 casualties in the ambush near Tarvel, 9 killed and 5 wounded.",
         [("other", 14), ("killed", 9), ("injured", 5)]),
        ("The war has left 2,300 civilian casualties (700 killed and 1,600 injured) since "
         "March, monitors said.", [("other", 2300), ("killed", 700), ("injured", 1600)]),
    ],
)
def test_casualties_broken_down_count_the_dead_and_the_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told alone: the dead, as the report gives no way to tell
        ("The blast in Tarvel caused 45 casualties, officials said.", [("killed", 45)]),
        # a breakdown of the dead only
        ("The raid left 30 casualties, 12 of them children.", [("killed", 30), ("killed", 12)]),
        # parts larger than the count: another figure, not its breakdown
        ("There were 10 casualties on Monday; by Friday, 40 people had died and 90 were hurt.",
         [("killed", 10), ("killed", 40), ("injured", 90)]),
    ],
)
def test_casualties_without_both_parts_stay_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value") == expected
