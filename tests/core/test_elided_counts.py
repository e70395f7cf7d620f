"""Issue #11, detection: a bare number a speaker gives after "how many <people> <harmed>" in
its sentence counts that harm ("differing counts of how many people were killed: the police
said 14, while the hospital said 16"; "the army put it at 12"). Not a number with a noun of
its own, a number nobody gives, or a sentence that asks how many and answers nothing.
Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials have given differing counts of how many people were killed in the raid on "
         "Kora on Monday: the police said 14, while the hospital said 16.",
         [("killed", 14), ("killed", 16)]),
        ("It is unclear how many people were wounded in the blast in Kora on Monday; the army "
         "put it at 12, but residents said 30.", [("injured", 12), ("injured", 30)]),
    ],
)
def test_a_number_given_after_how_many_counts_their_harm(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police did not say how many people were arrested in Kora on Monday.",
        "It was not clear how many people were killed in the raid on Kora, a town which has "
        "30000.",
        "Nobody knows how many people were killed in Kora on Monday, but 14 homes were burnt.",
        "The police said 14 on Monday.",
    ],
)
def test_no_number_given_after_how_many_counts_nothing(nlp: Language, text: str) -> None:
    assert counted_figures(nlp, text, None) == []
