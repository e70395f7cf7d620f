"""Issue #11, detection: harm as South Asian copy tells it. Injuries "caused to" people in
the passive (harm_causes.py); a harm predicative a comma-set aside strands after the object
of "leaving" (harm_predicatives.py); a wanted man (a criminal, a robber, a dacoit) killed or
hurt is one victim, as anyone is ("a suspect" stays out: the report is about him); one
person named by the killing done to them. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One guard died while injuries were caused to 14 others, including three "
         "porters, in the explosion.", [("killed", 1), ("injured", 14), ("injured", 3)]),
        ("Serious wounds were inflicted on five passengers when the van overturned.",
         [("injured", 5)]),
        # the active form, read before, stays
        ("The blast killed four people and caused injuries to nine others.",
         [("killed", 4), ("injured", 9)]),
        # no harm noun, or no people harmed
        ("The flood caused damage to 60 houses in the valley.", []),
        ("Delays were caused to 30 trains on the line.", []),
    ],
)
def test_injuries_caused_to_people(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attackers lobbed a grenade at the picket, leaving 8 people, among them three "
         "policemen, injured.", [("injured", 8), ("injured", 3)]),
        ("The blast left 12 people, including two children, wounded.",
         [("injured", 12), ("injured", 2)]),
        # the state after the aside is no harm
        ("The fire left 12 families, among them four widows, homeless.", []),
    ],
)
def test_state_past_an_aside(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suspected car thief was killed in an exchange of fire with police in Malir.",
         [("killed", 1)]),
        ("A dacoit was shot dead in an encounter near the canal on Sunday.", [("killed", 1)]),
        ("A robber was injured in the exchange of fire near the toll plaza.", [("injured", 1)]),
        # the suspects did the killing: the guards are the dead
        ("The suspects killed two guards before fleeing on a motorcycle.", [("killed", 2)]),
        ("A bandit shot a shopkeeper in the market.", [("injured", 1)]),
    ],
)
def test_a_wanted_man_killed_is_one_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said they had solved the killing of a tyre-shop owner in the old town.",
         [("killed", 1)]),
        ("Traders held protests over the killing of a vegetable seller.", [("killed", 1)]),
        # no person killed
        ("Villagers condemned the killing of stray dogs near the school.", []),
        ("The man went on a killing spree in 2019.", []),
    ],
)
def test_one_person_named_by_the_killing(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
