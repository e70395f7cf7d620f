"""The parse repairs find their rare words by the attribute arrays (``word_positions``): the
same words, in order, as asking every token would find."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.attrs import ENT_TYPE, LOWER, ORTH, TAG
from spacy.parts_of_speech import INTJ, VERB

from core.extract.word_positions import parts_of_speech, positions, positions_passing

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


@pytest.mark.parametrize(
    "text",
    [
        "Two were held on 03.04.2031 and 5-6-2031, police said.",
        "Between 10-20 villagers and dozens more were hurt in #Eastford.",
        "No figure opens a word here.",
        "",
    ],
)
def test_positions_passing_are_the_words_asking_each_token_finds(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    opens = positions_passing(doc, ORTH, lambda s: s[:1].isdigit())
    assert opens == [t.i for t in doc if t.text[:1].isdigit()]
    assert positions_passing(doc, LOWER, lambda s: s == "between") == [
        t.i for t in doc if t.lower_ == "between"
    ]
    assert positions(doc, ENT_TYPE, ("NORP",)) == [t.i for t in doc if t.ent_type_ == "NORP"]
