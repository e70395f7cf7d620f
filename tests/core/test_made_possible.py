"""Issue #11, military copy: "the response of our forces made it possible to neutralise
about 20 fighters" reports the killing as done (the infinitive after a past "made it
possible"), where "will make it possible to" and a purpose "to kill" do not. Sentences we
wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

figures = functools.partial(counted_figures, published=dt.date(2031, 6, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The swift response of our units made it possible to neutralize about 20 bandits, "
            "the army said.",
            [("killed", 20)],
        ),
        ("Air support has made it possible to eliminate 14 insurgents.", [("killed", 14)]),
        # not done: a prospect, a counterfactual, a purpose
        ("The new drones will make it possible to eliminate 20 insurgents at once.", []),
        ("Reinforcements could have made it possible to kill 20 more bandits.", []),
        ("The gang planned a raid to kill 20 villagers.", []),
    ],
)
def test_made_possible(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
