"""A count of people who gave themselves up to the law is a count of the arrested
(``core/extract/surrenders.py``), as one person's surrender is: to or before police, turned
themselves in; not to an army or rebels, not a surrender of weapons, not one only foreseen.
Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three suspects surrendered to police in Marlow on Monday.", [("Three", "arrested")]),
        ("Two accused surrendered before the police in Harnai.", [("Two", "arrested")]),
        ("Two suspects turned themselves in to deputies on Saturday.", [("Two", "arrested")]),
    ],
)
def test_a_surrender_to_the_law_counts_the_arrested(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seven fighters surrendered to the army near Tarsk.",
        "Four rebels gave themselves up to the army.",
        "Three men turned in 5 guns to police on Saturday.",
        "The two gunmen surrendered their weapons to police.",
        "Three suspects could surrender to police this week.",
        "Two suspects surrendered, police said.",  # to no one named
    ],
)
def test_no_surrender_to_the_law(nlp: Language, text: str) -> None:
    assert "arrested" not in {m for _, m in figures(nlp, text)}
