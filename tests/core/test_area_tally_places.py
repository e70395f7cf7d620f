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


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # a share of a province the figure's clause struck, over the dateline's town in it
        (
            "MULTAN (Reuters) - Storms battered parts of Punjab on Friday, killing at least "
            "nine villagers, officials said.",
            9,
            "Punjab",
        ),
        (
            "KOCHI (Reuters) - Downpours flooded much of Kerala on Sunday, killing 14 people, "
            "the state government said.",
            14,
            "Kerala",
        ),
        # "in large parts of", and the province the parser took for an adjective
        (
            "PUNE (AP) - Eleven people drowned in large parts of Maharashtra state on Monday as "
            "rivers burst their banks.",
            11,
            "Maharashtra",
        ),
        # near misses: the storm is another clause's, or the share is where unrest spread to
        (
            "MULTAN (Reuters) - Robbers killed four people at a shop in Multan on Friday as "
            "storms battered parts of Punjab, police said.",
            4,
            "Multan",
        ),
        (
            "KOCHI (Reuters) - Strikes spread to parts of Kerala after police shot dead two "
            "students in Kochi on Sunday, officials said.",
            2,
            "Kochi",
        ),
    ],
)
def test_a_share_of_an_area_is_the_tally_area(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert place_of(nlp, text, value) == place
