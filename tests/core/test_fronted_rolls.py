"""A roll told with its participle first, "Killed were Jon Alvarez, 34, and Dana Price, 29",
names the dead (issue #11, counts): the inverted clause was skipped as too rare to read,
while "Wounded were two men" (a numeral) was read. A measure participle that opens its
clause, with "were" or "was" right after it, counts the names after them. Sentences we
wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed were Jon Alvarez, 34, and Dana Price, 29.",
         [("Jon Alvarez", "killed", 1), ("Dana Price", "killed", 1)]),
        ("Killed was Jon Alvarez, 34, police said.", [("Jon Alvarez", "killed", 1)]),
    ],
)
def test_a_roll_told_participle_first(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected
