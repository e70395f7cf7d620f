"""The place of a figure that tallies an area, on reports we wrote: "across the country" in a
report filed under a district or a province names its country; a place that recorded, saw or
witnessed what a figure counts is the area of the tally, not the report's town it holds; a
part told with its own place keeps that place. One case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_by_value

if TYPE_CHECKING:
    from spacy.language import Language

_DAY = dt.date(2031, 3, 2)


def place_of(nlp: Language, text: str, value: float) -> str | None:
    return place_by_value(nlp, text, _DAY, value)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # "across the country" in a report whose place is a district
        (
            "A bomb killed three policemen in Kohat district on Monday.\n\n"
            "Militants carried out 85 attacks across the country in February, a think tank said.",
            85,
            "Pakistan",
        ),
        # the place that witnessed or recorded the attacks, not the town of the report
        (
            "JALINGO: Gunmen killed two traders in Jalingo on Monday.\n\n"
            "In February, according to the survey, Taraba witnessed 52 attacks.",
            52,
            "Taraba",
        ),
        (
            "JALINGO: Gunmen killed two traders in Jalingo on Monday.\n\n"
            "Taraba recorded 52 attacks that killed 70 people in February.",
            70,
            "Taraba",
        ),
        # a part told with its own place keeps it
        (
            "JALINGO: Gunmen killed two traders in Jalingo on Monday.\n\n"
            "Nigeria recorded 80 attacks in February, 52 of them in Taraba.",
            52,
            "Taraba",
        ),
        # a town that is the scene of the figure, not its recorder, stays the report's town
        (
            "JALINGO: Gunmen killed two traders in Jalingo on Monday.\n\n"
            "The attack in Taraba killed two traders, police said.",
            2,
            "Jalingo",
        ),
    ],
)
def test_area_tally_place(nlp: Language, text: str, value: float, place: str) -> None:
    assert place_of(nlp, text, value) == place
