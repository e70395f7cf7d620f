"""A figure right after a wire dateline's agency ("Sukma (Chhattisgarh), Mar 9 (PTI) Three CRPF
personnel were killed ..."): the parser may hang the number on the dateline's month before
the bracket, as if it counted "Mar". The number counts the noun phrase it opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.participants import participant

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

# the words between a number and its noun: "Three CRPF personnel", "Four armed men"
_BEFORE_NOUN = frozenset({"compound", "amod", "nmod"})


def after_an_agency(num: Token) -> Reading | None:
    """The reading of the noun phrase a figure opens right after a closing bracket, when the
    parser hung the figure on a word before the bracket (a dateline's month)."""
    doc = num.doc
    if num.dep_ != "nummod" or num.head.i > num.i or num.i == 0 or doc[num.i - 1].text != ")":
        return None
    noun = doc[num.i + 1] if num.i + 1 < len(doc) else None
    while noun is not None and noun.dep_ in _BEFORE_NOUN and noun.head.i > noun.i:
        noun = noun.head  # "CRPF" -> "personnel"
    if noun is None or noun.i <= num.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    reading = participant(noun)
    if reading is None or reading.measure in (None, "other"):
        return None
    reading.noun = reading.noun or noun
    return reading
