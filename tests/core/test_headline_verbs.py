"""A headline's bare verb the parser takes for a noun: "Four more succumb to injuries"
(issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def figures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return counted(nlp, text, WED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four more succumb to injuries as toll rises", [("killed", 4)]),
        ("Two more die as toll rises in the north", [("killed", 2)]),
        ("Three perish in blaze at market", [("killed", 3)]),
    ],
)
def test_a_headline_verb_taken_for_a_noun(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["He rolled two dice on the table.", "Police seized two guns and a car on Monday."],
)
def test_no_dying_verb_no_count(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []
