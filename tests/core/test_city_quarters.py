"""A part of the report's town written as the town's own ("in the city's East End"): filed
with that town, not under a namesake elsewhere nor alone (issue #11, place). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 6, 9)


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, PUBLISHED) if c.measure == "injured"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town named only by the police force that speaks
        (
            "Two women were wounded at a bus stop in the city's East End on Sunday, Pittsburgh "
            "police said.",
            "East End, Pittsburgh",
        ),
        (
            "Three men were wounded outside a bar in the city's Hill District on Sunday, "
            "Pittsburgh police said.",
            "Hill District, Pittsburgh",
        ),
        # a dateline gives the town as before
        (
            "PITTSBURGH — Two women were wounded at a bus stop in the city's East End on "
            "Sunday, police said.",
            "East End, Pittsburgh",
        ),
    ],
)
def test_the_citys_quarter_is_filed_with_the_town(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == [place]


def test_a_quarter_no_possessive_claims_for_the_town_keeps_its_name(nlp: Language) -> None:
    # no "the city's": nothing says the East End is Pittsburgh's
    text = "Two women were wounded at a bus stop in the East End on Sunday, Pittsburgh police said."
    assert places_of(nlp, text) == ["East End"]


def test_a_town_only_a_victim_lives_in_is_no_town_of_the_quarter(nlp: Language) -> None:
    text = (
        "Two people were wounded in the city's East End on Friday, police said. One of them, "
        "a Dayton resident, was in critical condition."
    )
    assert set(places_of(nlp, text)) == {"East End"}
