"""Classes of issue #11 on sentences we wrote: a house number is no count, a count before a
street's name still is. One case per line, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting happened at 1249 Elm Road, where two men were wounded.", [(2, "injured")]),
        ("Police went to 484 Walnut St. where 3 people had been shot dead.", [(3, "killed")]),
        ("The gunman fired at 2400 Ocean Drive, wounding four people.", [(4, "injured")]),
        # a count before a street's name is still a count
        ("12 Main Street residents were injured in the fire.", [(12, "injured")]),
        ("Officers arrested 5 Street vendors in the raid.", [(5, "arrested")]),
    ],
)
def test_house_numbers_are_not_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected
