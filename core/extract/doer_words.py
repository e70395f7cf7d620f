"""A word for the doers of a deed that NER took for a place: "MINNA — Gunmen abducted 12
travellers" (the recogniser tags "Gunmen" after a dateline as a GPE), "Militants stormed the
post": a common noun of attackers, suspects or forces, capitalised where a sentence opens,
is no place the gazetteer knows, and no figure happened there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_doers import singular_of
from core.extract.measures import lexicon
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span


def a_doers_word(ent: Span) -> bool:
    """One word of ``agent_nouns`` or ``suspect_nouns``, singular or plural ("Gunmen",
    "Militants"), that names no place the gazetteer knows."""
    if len(ent) != 1:
        return False
    word = ent[0].lower_
    forms = {word, singular_of(word)}  # "gunmen", "militants"
    lex = lexicon()
    return bool(forms & (lex.agent_nouns | lex.suspect_nouns)) and places.lookup(ent.text) is None
