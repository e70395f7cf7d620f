"""Issue #11, unseen desk copy: a state that lasts says what befell its subject ("five people
remain hospitalised" are hurt, "two suspects stay detained" are held), and a bare figure set
beside it with a patient's condition of its own ("..., one in critical condition") is that
many hurt. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 2)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six villagers remain hospitalised after the blast at the fair.", [("injured", 6)]),
        ("Two others remain hospitalized with burns, a doctor said.", [("injured", 2)]),
        ("Four of the porters stay hospitalised in Varna.", [("injured", 4)]),
        ("Three suspects remain detained at the Orlen police station.", [("arrested", 3)]),
        # a lasting state of things counts no one
        ("The two bridges remain closed to traffic.", []),
        ("Nine shops remain shuttered in the old market.", []),
    ],
)
def test_a_lasting_state_says_what_befell_its_subject(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people remain hospitalised, one in critical condition, officials said.",
         [("injured", 7), ("injured", 1)]),
        ("Eight workers are still in hospital, two in serious condition.",
         [("injured", 8), ("injured", 2)]),
        # a state of things beside the clause is no patient
        ("The buses remain parked at the depot, one in poor condition.", []),
        ("Nine people were arrested, one in the next village.", [("arrested", 9)]),
    ],
)
def test_a_figure_beside_the_clause_in_a_condition_is_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
