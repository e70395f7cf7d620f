"""A counted subject set off by an aside ("Eleven persons, including a woman, sustained
injuries") keeps its predicate, which the parser read as a modifier of the noun after it
(issue #11, detection). Sentences we wrote."""

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
        ("Eleven persons, including a woman, sustained injuries in the blast, police said.",
         [("injured", 11.0)]),
        ("Eleven people, including a child, sustained injuries in the blast.",
         [("injured", 11.0)]),
        ("Two men, both from Tarvel, received bullet wounds in the raid on Monday.",
         [("injured", 2.0)]),
        ("Five guards, including an officer, suffered burns when the depot caught fire.",
         [("injured", 5.0)]),
        # near misses: no count, or a verb that harms no one
        ("Police said the raiders, including a teenager, fled the scene.", []),
        ("Twelve traders, including a woman, attended meetings in the hall.", []),
    ],
)
def test_a_counted_subject_keeps_its_predicate_past_an_aside(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PUB) == expected
