"""One victim a participle after the person names by the harm ("identified the 3-year-old
killed in the blast", "a cyclist hurt in the crash remains in hospital";
core/extract/participle_victims.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


def casualties(nlp: Language, text: str) -> list[tuple[float, str, str]]:
    return casualty_spans(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police later identified the 4-year-old killed in the fire as Ada Finch.",
         [(1, "killed", "the 4-year-old")]),
        ("The man killed in Sunday's shooting was identified as Carl Dobbs.",
         [(1, "killed", "The man")]),
        ("A cyclist hurt in the crash remains in hospital.", [(1, "injured", "A cyclist")]),
    ],
)
def test_a_victim_named_with_a_harm_participle(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure before may be that person: the definite mention is no new count
        ("Two people were killed Sunday. Police identified the man killed in the crash.",
         [(2, "killed", "Two")]),
        ("Two people were killed Sunday, including the man killed in the crash.",
         [(2, "killed", "Two")]),
        # the definite hurt is too often one of the hurt counted; no person; negated
        ("The officer wounded in the shootout is recovering.", []),
        ("The car hit in the crash was towed.", []),
        ("A man wanted in the shooting was arrested.", []),
        ("Police say a man shot in such a way could not survive.", []),
    ],
)
def test_no_victim_from_a_participle(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualties(nlp, text) == expected
