"""A subject described by a participle with its complement (issue #11, counts): "Six men
linked to the gang were arrested" counts six arrested wherever the sentence stands, though the
parser may read "linked" as the sentence's verb and "were arrested" as a second one joined to
it with no "and". Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

LEAD = "Divers recovered 3 bodies from the lake on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Six suspects linked to the gang were arrested on Saturday.",
        "Floods hit the town on Friday. Six men linked to the gang were arrested on Saturday.",
        "Six suspects linked to the gang were arrested on Saturday.",
    ],
)
def test_the_described_count_is_the_predicates(nlp: Language, text: str) -> None:
    counts = written_counts(nlp, text, None)
    assert ("Six", "arrested", 6) in counts
    assert not any(c[0] == "Six" and c[1] == "other" for c in counts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle is the sentence's own verb: it has an object
        (
            LEAD + "Six suspects linked the gang to the killings.",
            [("3", "killed", 3), ("Six", "other", 6)],
        ),
        # no description: already read
        (
            LEAD + "Six suspects were arrested on Saturday.",
            [("3", "killed", 3), ("Six", "arrested", 6)],
        ),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert written_counts(nlp, text, None) == expected
