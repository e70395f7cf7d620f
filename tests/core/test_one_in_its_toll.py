"""Issue #11, precision: "One of the injured, a boy of 12, later died, raising the toll to
four" is one person the raised toll counts, no figure of its own; "two of the injured died,
raising ..." stays a count, as does a death told without a toll. Sentences, people and
places we invented."""

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

LEAD = "Gunmen shot dead three people in Tarko on Monday. Four others were wounded. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "One of the injured, a 10-year-old girl, later died, raising the toll to four.",
         [("killed", 3), ("injured", 4), ("killed", 4)]),
        (LEAD + "One of the wounded died on Tuesday, bringing the death toll to four.",
         [("killed", 3), ("injured", 4), ("killed", 4)]),
        # a count of more than one, or no toll in the clause: a figure of its own
        (LEAD + "Two of the wounded died on Tuesday, bringing the death toll to five.",
         [("killed", 3), ("injured", 4), ("killed", 2), ("killed", 5)]),
        (LEAD + "One of the injured, a 10-year-old girl, died on Tuesday.",
         [("killed", 3), ("injured", 4), ("killed", 1)]),
    ],
)
def test_one_whose_death_raises_the_toll_is_in_it(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
