"""Operations counted in words: a figure before two joined modifiers of one noun ("nine
cordon and search operations") counts the noun; searches and crackdowns carried out are
operations. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 7, 8)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers carried out 7 cordon and search operations in the hills.",
         [("operations", 7)]),
        ("Police carried out 12 cordon and search operations in the valley.",
         [("operations", 12)]),
        ("Police carried out 23 searches in the old quarter.", [("operations", 23)]),
        ("The force has conducted 6 crackdowns on gambling dens.", [("operations", 6)]),
        # two lists each with its own figure; a search for people; one modifier only
        ("The raiders killed two guards and three drivers.", [("killed", 2), ("killed", 3)]),
        ("Divers carried out a search for 4 missing fishermen.", []),
        ("Police found 3 gun and ammunition caches in the hills.", []),
    ],
)
def test_operations_counted(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
