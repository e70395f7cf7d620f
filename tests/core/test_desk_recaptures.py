"""Issue #11, South Asian desk copy: escapees brought back, brought under control, caught or
traced are arrested, as recaptured ones are (also when the parser makes "escaped" the verb of
"Seven escaped prisoners were recaptured"); bodies brought back and a fire brought under
control are no arrest. Sentences, people and places we invented."""

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

BREAKOUT = "Forty inmates escaped from the Tarnpur jail on Sunday night. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BREAKOUT + "Of the escapees, 22 have been brought under control again, police said.",
         [("arrested", 22)]),
        (BREAKOUT + "Twelve escapees were brought back to the jail by Monday.",
         [("arrested", 12)]),
        (BREAKOUT + "Guards caught six of the escapees in a nearby forest.", [("arrested", 6)]),
        ("Five fugitives were traced to a house in the old town.", [("arrested", 5)]),
        ("TARNPUR: Seven escaped prisoners were recaptured.", [("arrested", 7)]),
        ("TARNPUR: Seven escaped prisoners were killed in a shootout.", [("killed", 7)]),
        # no escapees: a fire, bodies, people caught in a crossfire
        ("The fire was brought under control after three hours. Of the 40 acres, 22 burned.",
         []),
        ("The bodies of three climbers were brought back to the village.", [("killed", 3)]),
        ("Three people were caught in the crossfire.", []),
        ("TARNPUR: Seven escaped prisoners are still at large.", []),
    ],
)
def test_escapees_brought_back_are_arrested(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [f for f in figures(nlp, text) if f != ("other", 40)] == expected
