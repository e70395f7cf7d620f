"""Issue #11, nominalised harm: one person whose life an idiom's verb takes ("the crash
claimed the life of a teenager", "took the life of", a headline's "claims life of teen") is
one dead; "the life of" under any other verb is no death. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze claimed the life of a firefighter on Sunday.",
         [(1, "killed", "a firefighter")]),
        ("The crash took the life of a 6-year-old boy near Dunmore.",
         [(1, "killed", "a 6-year-old boy")]),
        ("The storm claimed the life of Odile Marchetti, 81, on Sunday.",
         [(1, "killed", "Odile Marchetti")]),
        # a headline's bare person noun
        ("Fresno crash claims life of teen", [(1, "killed", "teen")]),
        # no idiom of death, or the harm not done
        ("She wrote a book about the life of a miner.", []),
        ("The film tells the life of a firefighter.", []),
        ("The documentary takes the life of a firefighter as its subject.", []),
        ("The fire could have claimed the life of a firefighter.", []),
    ],
)
def test_a_life_an_idioms_verb_takes(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected
