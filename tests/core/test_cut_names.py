"""Sources whose parse cuts a name the tagger reads whole, and a headline's bare noun of the
recorder's own name. Names we made up; the parse is built by hand, as the parser gave it for
such a sentence, so that the test does not hang on the model's next version."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from core.extract.report_recorder import names_recorder
from core.extract.source_names import np_text

if TYPE_CHECKING:
    from spacy.language import Language

# "data from the Kelmor National Police (KNP) showed.": "Police" hung on the verb
WORDS = ["data", "from", "the", "Kelmor", "National", "Police", "(", "KNP", ")", "showed", "."]
HEADS = [9, 0, 3, 1, 5, 9, 5, 5, 9, 9, 9]
DEPS = ["nsubj", "prep", "det", "pobj", "nmod", "nmod", "punct", "appos", "punct", "ROOT",
        "punct"]
SPACES = [True, True, True, True, True, True, False, False, True, False, False]
POS = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB",
       "PUNCT"]


def parsed(nlp: Language, ents: list[str]) -> Doc:
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, ents=ents,
               sent_starts=[True] + [False] * (len(WORDS) - 1))


def test_cut_name_read_whole(nlp: Language) -> None:
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert np_text(parsed(nlp, ents)[3]) == "the Kelmor National Police (KNP)"


def test_name_the_tagger_cut_too(nlp: Language) -> None:
    """No organisation the tagger reads past the noun: the parse's phrase."""
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"]
    assert np_text(parsed(nlp, ents)[3]) == "the Kelmor"


@pytest.mark.parametrize(
    ("source", "recorder", "expected"),
    [
        ("observatory", "the Kelmor Conflict Observatory (KCO)", True),
        ("observatory", "the Kelmor Institute for Peace (KIP)", False),
        ("ministry", "the Kelmor Conflict Observatory (KCO)", False),
    ],
)
def test_headline_noun_of_the_name(source: str, recorder: str, expected: bool) -> None:
    assert names_recorder(source, recorder) is expected
