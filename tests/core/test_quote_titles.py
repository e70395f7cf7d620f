"""A quote closed by its speaker's title and name ('"…," county Sgt. Ann Roe said'): the title's
stop is no end of the sentence, so the cue after the quote is found. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from core.extract.nlp import Chunk
from core.extract.statements import find_statements


def quotes(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    found = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    return [(s.speaker, text[s.start : s.end]) for s in found if s.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"One woman was found dead inside. The scene is very large," county Sgt. Ann Roe said.',
         "Ann Roe"),
        ('"Two men were shot. They are in hospital," Dr. Bo Poe said.', "Bo Poe"),
    ],
)
def test_a_title_after_a_quote_is_its_speaker(nlp: Language, text: str, speaker: str) -> None:
    found = quotes(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert found[0][1].startswith(("One woman", "Two men"))


def test_a_closed_sentence_before_a_title_is_no_quote_of_it(nlp: Language) -> None:
    text = '"Two men were shot. They are in hospital." Sgt. Ann Roe arrived later.'
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # military and legal ranks the tokenizer splits from their stop
        ("The clash began near Tolo town at dawn, said regional army spokesman Capt. Lina "
         "Dorr.", "Lina Dorr"),
        ("Four rebels died in the clash, said Col. Ivo Mertens, a brigade commander.",
         "Ivo Mertens"),
    ],
)
def test_a_ranks_stop_does_not_cut_its_speaker(nlp: Language, text: str, speaker: str) -> None:
    found = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    assert [s.speaker for s in found] == [speaker]
