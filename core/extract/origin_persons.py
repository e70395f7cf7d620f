"""Where a named person comes from, told in an aside set off by commas ("Jane Roe, 31, from
the province of Tarn, who was hit by a shell"): the person's origin, not where the harm was,
which the parser may hang on the sentence's verb ("was identified as X, from Y")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import PLACE_LABELS, custody, taken_from
from core.extract.scene_words import spot_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# a place's own entity before the comma is a place told again, not a person


def a_persons_origin(tok: Token) -> bool:
    """ "Jane Roe, 31, from the province of Tarn", "Sgt. Jo Vel, from Osk": the place an
    aside set off by commas after a person's name (past the age) says the person is from;
    not where a custody verb took someone "from" ("arrested Jo Vel, 31, from Osk": South
    Asian copy tells where the arrest was)."""
    while tok.dep_ in ("compound", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "Mexico" of "from Guatemala and Mexico"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.dep_ == "pobj"
        and _a_unit_noun(tok.head.head)
    ):
        tok = tok.head.head  # "Tarn" of "from the province of Tarn"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or taken_from(tok):
        return False
    if prep.head.pos_ == "VERB" and custody(prep.head) in ("arrested", "kidnapped"):
        return False
    person = _set_off_after(prep)
    return person is not None and person.pos_ == "PROPN" and person.ent_type_ not in PLACE_LABELS


def _a_unit_noun(noun: Token) -> bool:
    words = spot_words()
    return noun.lemma_.lower() in words.place_nouns | words.wide_units


def _set_off_after(prep: Token) -> Token | None:
    """The word a "from" set off by a comma follows, past an age in commas ("X, 31, from")."""
    doc, comma = prep.doc, prep.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    before = doc[comma - 1]
    if before.like_num and comma >= 3 and doc[comma - 2].text == ",":
        before = doc[comma - 3]  # "Jane Roe, 31, from": the name past the age
    return before
