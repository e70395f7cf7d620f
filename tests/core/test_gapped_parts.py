"""Issue #11, unseen desk copy: a second part of a group named by its harm, its verb left out
("three of those killed belonged to the border force and one to the district police"), is
another part of the same group. Sentences, units and places we invented."""

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
        ("Three of those killed belonged to the border force and one to the district police, "
         "officers said.", [("killed", 3), ("killed", 1)]),
        ("Two of the injured were taken to Varna and three to Orlen.",
         [("injured", 2), ("injured", 3)]),
        # no group named by its harm: no part of one
        ("Two of the guards were sent to Varna and one to Orlen.", []),
    ],
)
def test_a_second_part_with_its_verb_left_out(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
