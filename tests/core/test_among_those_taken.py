"""Issue #11, detection: people "among the people taken" or "among those taken by the
gunmen" are captives of the raid; those taken to hospital, into custody or taken ill are
not. Sentences, people and places we invented."""

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
        ("A baker, Ilu Danja, said three of his nephews were among the people taken.",
         [("kidnapped", 3)]),
        ("Two of her cousins were among those taken by the gunmen.", [("kidnapped", 2)]),
        ("Two of the girls were among those taken from the school in Kavo on Friday.",
         [("kidnapped", 2)]),
        # taken where they are now, or how: no captives
        ("Three of the pupils were among those taken to hospital in Kavo.", []),
        ("Three of the players were among those taken ill.", []),
        ("Two of the workers were among those taken into custody.", [("arrested", 2)]),
    ],
)
def test_people_among_those_taken_are_captives(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
