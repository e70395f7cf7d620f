"""A unit whose name NER took whole for a body's or a person's, its noun left outside the
entity ("in Domel tehsil", "in Ahmed Nagar block"), is the scene (issue #11, place): the chain
of units was filed only when the recogniser took the noun in too, so the figure had no place.
A body beside a unit word keeps today's reading ("the Teamsters union", "the Congress block
committee"). Sentences we wrote."""

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
        ("Gunmen shot dead 2 men in Domel tehsil on Monday.", 2, "Domel tehsil"),
        ("Nine people were hurt in a clash in Ahmed Nagar block.", 9, "Ahmed Nagar block"),
    ],
)
def test_a_unit_named_as_a_body_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two workers of the Teamsters union were injured in Chicago.", 2, "Chicago"),
        ("Three officials of the Congress block committee were arrested in Patna.", 3, "Patna"),
        ("A blast killed 3 people in Jamrud tehsil, officials said.", 3, "Jamrud tehsil"),
        ("Four people were killed in Raipura upazila on Friday.", 4, "Raipura upazila"),
        (
            "Two policemen were killed by dacoits in the katcha area of Ghotki district.",
            2,
            "Ghotki",
        ),
    ],
)
def test_other_units_and_bodies_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
