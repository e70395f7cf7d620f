"""``nlp.lowered_as`` reads the words' lower-case forms off the ids: the same words, in order,
as asking every token would find."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import lowered_as

if TYPE_CHECKING:
    from spacy.language import Language

MONTHS = frozenset({"feb", "march", "may"})


@pytest.mark.parametrize(
    "text",
    [
        "Between Feb. 2 and March 4, police said, 12 people were hurt.",
        "They may come back in MAY, the mayor said on Friday.",
        "Nobody was hurt in the blast on Tuesday night.",
    ],
)
def test_lowered_as_keeps_the_words_each_token_keeps(nlp: Language, text: str) -> None:
    doc = nlp(text)

    def test(low: str) -> bool:
        return low.rstrip(".") in MONTHS

    for sent in doc.sents:
        assert lowered_as(sent, test) == [t for t in sent if test(t.lower_)]
