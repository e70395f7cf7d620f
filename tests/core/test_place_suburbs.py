"""A town that only says where a suburb lies ("in suburban Dayton") is not the place, nor
the town a person lives in ("Jane Roe, 47, of Xenia") unless the report names no other: the
suburb's own police name it.
Sentences written for the classes of issue #11, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the suburb's police name the town
        (
            "A gunman shot three people at an office in suburban Dayton on Monday. "
            "Jane Roe, 47, of Xenia was hurt, Kettering police said.",
            ["Kettering", "Kettering"],
        ),
        (
            "A gunman killed two people at a suburban Dayton office building on Monday, "
            "the Kettering police said.",
            ["Kettering"],
        ),
        # where a person lives is not where it happened
        (
            "Jane Roe, 47, of Xenia, and two other people were wounded at a bar in Kettering.",
            ["Kettering"],
        ),
        # where someone lives, when the report names no other town
        (
            "Jane Roe, 15, of Xenia was shot dead at a store on Friday. "
            "Two other teens were arrested at a restaurant.",
            ["Xenia", "Xenia"],
        ),
        # the town itself
        ("A gunman shot three people at an office in Dayton on Monday.", ["Dayton"]),
    ],
)
def test_a_suburb_and_a_residence(nlp: Language, text: str, places: list[str]) -> None:
    assert places_of(nlp, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a suburb written as a noun: the town it lies around is no place of the figure
        (
            "Two people were killed Friday at a home in a Dallas suburb. "
            "Plano police said the gunman fled.",
            ["Plano"],
        ),
        (
            "Three people were shot at an office in Kettering, a suburb of Dayton, on Monday.",
            ["Kettering"],
        ),
        (
            "Three people were shot at an office in Kettering, a Dayton suburb, on Monday.",
            ["Kettering"],
        ),
        # a town a place lies north of, where the town's police speak of it
        (
            "Two people were killed Friday in a shooting at a home north of Dallas, "
            "Plano police said.",
            ["Plano"],
        ),
        # the big city itself, no suburb named
        ("Two people were killed Friday at a home in Dallas, police said.", ["Dallas"]),
    ],
)
def test_a_suburb_named_as_a_noun(nlp: Language, text: str, places: list[str]) -> None:
    assert places_of(nlp, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a person's town before the word for the person, a scene named in the report
        (
            "A Xenia man was shot dead at a bar on Friday. Kettering police said two men "
            "were arrested at the bar in Kettering.",
            ["Kettering", "Kettering"],
        ),
        # the person's town when the report names no other
        ("A Xenia man was shot dead on Friday. Two men were arrested.", ["Xenia", "Xenia"]),
    ],
)
def test_a_persons_town(nlp: Language, text: str, places: list[str]) -> None:
    assert places_of(nlp, text) == places
