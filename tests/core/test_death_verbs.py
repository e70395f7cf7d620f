"""A death verb dates a death, which may come days after the harm; "pass" is one only as
"pass away": a bill or a convoy that passed on a day dates no death. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.incident_words import death_verb

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("He passed away at the hospital on Sunday.", ["passed"]),
        ("Three people passed away on Monday.", ["passed"]),
        ("Two of the injured died on Tuesday.", ["died"]),
        ("One more succumbed to his wounds.", ["succumbed"]),
        ("The assembly passed the bill on Monday.", []),
        ("The convoy passed through the town on Friday.", []),
    ],
)
def test_pass_is_a_death_only_with_away(nlp: Language, sentence: str, deaths: list[str]) -> None:
    assert [t.text for t in nlp(sentence) if death_verb(t)] == deaths
