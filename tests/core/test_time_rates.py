"""A count per unit of time is a rate, no count of what happened (issue #11, not claims):
"12 people are killed on the roads every day", "arrest some 200 people a week", "die daily",
"Each year, 300 people drown" say how often, as a share says how much. A time from a point
("a day after the attack", "a week later") or a stretch ("in a day of fighting") keeps the
count. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


def readings(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in read_claims(nlp, text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 12 people are killed on the roads of Tarvel every day, police said.",
         [("other", 12)]),
        ("On average, 30 people were killed each day in Tarvel last year.", [("other", 30)]),
        ("Nearly 50 people are kidnapped every month in the state, officials said.",
         [("other", 50)]),
        ("Police arrest around 200 people a week for drunk driving in Tarvel.",
         [("other", 200)]),
        ("Some 40 people die daily on the roads of Tarvel.", [("other", 40)]),
        ("Police arrested 30 people per day during the protests in Tarvel.", [("other", 30)]),
    ],
)
def test_a_count_per_unit_of_time_is_a_rate(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert readings(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 people a day after the attack on the market in Tarvel.",
         [("killed", 12)]),
        ("Militants killed 5 soldiers in a day of fighting in Tarvel.", [("killed", 5)]),
        ("Two people died a week later in hospital in Tarvel.", [("killed", 2)]),
        ("The daily death toll in Tarvel rose to 30 on Monday.", [("killed", 30)]),
    ],
)
def test_a_time_from_a_point_or_a_stretch_keeps_the_count(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert readings(nlp, text) == expected
