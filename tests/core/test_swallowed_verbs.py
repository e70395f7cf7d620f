"""A clause's verb the parser swallowed into its count's "of" ("the toll rose to 38 after two
more of the injured died") heads its clause again: the deaths count (issue #11, tolls that
move). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose to 38 after two more of the injured died, officials said.",
         [("killed", 38.0), ("killed", 2.0)]),
        ("The death toll from the Tarvel blast rose to 38 after four more of the wounded "
         "succumbed, officials said.", [("killed", 38.0), ("killed", 4.0)]),
        # near misses: a clause already parsed, and a count of people who harmed no one
        ("The death toll climbed to 12 after three of the injured died in hospital.",
         [("killed", 12.0), ("killed", 3.0)]),
        ("Police arrived after two of the guards called for help.", []),
    ],
)
def test_a_verb_swallowed_into_a_counts_of_heads_its_clause(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PUB) == expected
