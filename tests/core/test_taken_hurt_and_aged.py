"""Readings of detection: people taken alive, and soldiers an armed group captured (captives,
not arrests); people a hospital received (hurt); people grazed by a bullet (hurt); a list of
ages after one age word (no count). Each with a near miss that must stay as it was.
Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.age_lists import after_age_word
from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken alive: a capture; soldiers an armed group takes are its captives
        ("The rebels said they killed nine soldiers and took three alive near Orlen.",
         [("nine", "killed"), ("three", "kidnapped")]),
        ("The militia said its men had seized four troopers alive in the ambush.",
         [("four", "kidnapped")]),
        ("The rebels said they killed nine soldiers and captured three others.",
         [("nine", "killed"), ("three", "kidnapped")]),
        ("Police captured three militants alive after a gunfight in Tarsk.",
         [("three", "arrested")]),
        # near misses: the state's takers, other people, people pulled out alive
        ("Troops captured two soldiers of the rebel army near Orlen.", [("two", "arrested")]),
        ("Soldiers killed four militants and captured two others in the forest.",
         [("four", "killed"), ("two", "arrested")]),
        ("Rescuers pulled two miners alive from the rubble.", []),
    ],
)
def test_captures(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic had received six patients after the explosion, a doctor said.",
         [("six", "injured")]),
        ("The Orlen General Hospital said it had admitted five guards on Monday.",
         [("five", "injured")]),
        ("Two bystanders were grazed by bullets in the exchange of fire.",
         [("Two", "injured")]),
        # near misses: no people, no place of care, a bullet grazing things
        ("The hospital received 200 donations after the appeal.", []),
        ("The school received three students from Tarsk on Monday.", []),
        ("The stray bullet grazed two houses.", []),
    ],
)
def test_the_hurt(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two teenagers, ages 14 and 16, were taken into custody on Sunday.",
         [("Two", "arrested")]),
        ("Three brothers, aged 19, 23 and 25, were detained.", [("Three", "arrested")]),
        # near misses: the numbers after the list count people
        ("A man aged 30 and 12 others were arrested on Monday.", [("12", "arrested")]),
        ("A woman aged 40, and 12 were hurt.", [("12", "injured")]),
    ],
)
def test_listed_ages(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Two boys, ages 13 and 16, were charged.", "16", True),
        ("Three brothers, aged 19, 23 and 25, were held.", "25", True),
        ("A man aged 30 and 12 others were held.", "12", False),
        ("A woman aged 40, and 12 were hurt.", "12", False),
    ],
)
def test_a_list_of_ages(nlp: Language, text: str, number: str, expected: bool) -> None:
    doc = nlp(text)
    num = next(t for t in doc if t.text == number)
    assert after_age_word(doc[num.i : num.i + 1]) is expected
