"""A noun that names a body and a country's unit too ("the Lima Police Department", "in
Peru's Ayacucho department"): read as the unit where the name before it is a province or a
district the gazetteer knows and the noun stands where a place does (``unit_body_nouns``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.place_words import locative
from core.extract.report_places import agency_words
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

_UNIT_LEVELS = frozenset({"admin1", "district"})


@functools.cache
def _unit_body_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["unit_body_nouns"])


def a_unit_body_noun(tok: Token) -> bool:
    """ "in Peru's Ayacucho department", "in the Cauca department": the noun, in lower case,
    where a place stands, after a name the gazetteer knows as a province or a district and
    no body's word ("the Ayacucho police department" is the force's office)."""
    if tok.text != tok.lower_ or tok.lower_ not in _unit_body_nouns():
        return False
    if not (locative(tok) or (tok.dep_ == "conj" and locative(tok.head))):
        return False
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not names or any(c.pos_ != "PROPN" or c.lower_ in agency_words() for c in names):
        return False
    name = tok.doc[min(c.i for c in names) : tok.i].text
    return any(p.level in _UNIT_LEVELS for p in places.candidates(name))
