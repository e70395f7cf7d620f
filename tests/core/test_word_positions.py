"""The parse repairs find their rare words by the attribute arrays (``word_positions``): the
same words, in order, as asking every token would find."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH, TAG
from spacy.parts_of_speech import INTJ, VERB

from core.extract.word_positions import parts_of_speech, positions

if TYPE_CHECKING:
    from spacy.language import Language


def test_positions_are_the_words_asking_each_token_finds(nlp: Language) -> None:
    doc = nlp("Police (city) said 12 were killed and 30 hurt (two critically) on Monday.")
    assert positions(doc, ORTH, (")",)) == [t.i for t in doc if t.text == ")"]
    tags = frozenset({"CD", "VBN"})
    assert positions(doc, TAG, tags) == [t.i for t in doc if t.tag_ in tags]
    assert positions(doc, ORTH, ("never",)) == []


def test_parts_of_speech_are_the_verbs_asking_each_token_finds(nlp: Language) -> None:
    doc = nlp("Gunmen stormed a bank, shot two guards and fled before police arrived.")
    assert parts_of_speech(doc, VERB) == [t.i for t in doc if t.pos_ == "VERB"]
    assert parts_of_speech(doc, INTJ) == []
