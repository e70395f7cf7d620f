"""A part of a big city as the place of a report's figures: the proper name of a city's part
("the Far East Side") the report names more than any town, when every town it names is
small, is the report's place; a big town's own sides stay the town's. Sentences written for
the classes of issue #11, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.text import places
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a quarter named over and over; a small town named once, for an old arrest
        (
            "Two men were shot on the Far East Side early Sunday, police said. "
            "Residents of the Far East Side heard the shots. "
            "Three people were hurt, officers said. "
            "The suspect was arrested in 2009 in Nyack for a robbery.",
            "Far East Side",
        ),
        # a big town the report names keeps its sides
        (
            "Two men were shot on the South Side early Sunday, police said. "
            "Residents of the South Side heard the shots. "
            "Three people were hurt, Chicago police said.",
            "Chicago",
        ),
        # a small town the report names more often is the place
        (
            "Two men were shot in Nyack early Sunday, police said. "
            "Nyack residents heard the shots near the East Side. "
            "Three people were hurt in Nyack, officers said.",
            "Nyack",
        ),
    ],
)
def test_a_quarter_over_small_towns(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the Far East Side", None),  # not "East Side", a town abroad: a clipped tail
        ("Far West Side", None),
        ("Northeast Philadelphia", "Philadelphia"),  # a side of the town is the town
        ("Southwest Tulsa", "Tulsa"),
        ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa"),
        ("Little Rock, Arkansas", "Little Rock"),
    ],
)
def test_a_name_is_read_whole_not_by_its_tail(text: str, place: str | None) -> None:
    found = places.resolve(text)
    assert (found.name if found is not None else None) == place
