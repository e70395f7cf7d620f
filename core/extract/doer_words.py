"""A word for the doers of a deed that NER took for a place: "MINNA — Gunmen abducted 12
travellers" (the recogniser tags "Gunmen" after a dateline as a GPE), "Militants stormed the
post": a common noun of attackers, suspects or forces, capitalised where a sentence opens,
is no place the gazetteer knows, and no figure happened there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.extract.plural_forms import singular_of
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span

_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")  # "M23", "M-23": letters then a number


def a_doers_word(ent: Span) -> bool:
    """One word of ``agent_nouns`` or ``suspect_nouns``, singular or plural ("Gunmen",
    "Militants"), or a group's code name ("M23"), that names no place the gazetteer knows."""
    if len(ent) != 1:
        return False
    if _CODE_NAME.fullmatch(ent.text) and places.lookup(ent.text) is None:
        return True  # "clashes between M23 and militias": an armed group's code name
    word = ent[0].lower_
    forms = {word, singular_of(word)}  # "gunmen", "militants"
    lex = lexicon()
    return bool(forms & (lex.agent_nouns | lex.suspect_nouns)) and places.lookup(ent.text) is None
