"""A surname with an age set off by commas is a person (issue #11, local shooting news): "shot
Dunn, 44, and her father" names two victims when the report gave "Mary Dunn" in full before
or lists the surname with a person, whatever place or body the recogniser took it for.
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language

INTRO = "Neighbors said Mary Dunn had moved out in May. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTRO + "Her husband fatally shot Dunn, 44, and her father, Abe Dunn, on Sunday.",
            [(1, "killed", "Dunn"), (1, "killed", "her father")],
        ),
        (INTRO + "Her husband fatally shot Dunn, 44, on Sunday.", [(1, "killed", "Dunn")]),
        # listed with a person noun, as no place is
        (
            "Her husband fatally shot Dunn, 44, and her father, Abe Dunn, on Sunday.",
            [(1, "killed", "Dunn"), (1, "killed", "her father")],
        ),
    ],
)
def test_a_surname_told_in_full_before_with_its_age_is_a_victim(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no full name before, no person beside it: the capitalised word may be a place
        "Her husband fatally shot Dunn, 44, on Sunday.",
        "Gunmen shot at Kabul, 12, and Herat, 4, on Sunday.",
        # a number too large for an age: a code, not a person's years
        INTRO + "Her husband fatally shot Dunn, 4412, on Sunday.",
    ],
)
def test_a_surname_never_told_in_full_or_without_an_age_is_no_victim(
    nlp: Language, text: str
) -> None:
    assert casualty_spans(nlp, text) == []
