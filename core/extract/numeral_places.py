"""A place whose own name holds a numeral ("South 24 Parganas", "Chak 45 Janubi"): Indian
and Pakistani copy names districts and villages so, and the parse tears the name apart (the
first word a pobj, the last an appositive PERSON), leaving a compass word or a bare noun as
the place. Where the gazetteer knows the whole name, written just so, the sentence's
preposition places that name, a unit noun after it going with it ("North 24 Parganas
district"), and the numeral is a word of the name, nobody's count (``spanned_places``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import written_as
from core.extract.place_words import LOCATIVE_PREPS, lexicon_places
from core.extract.spanned_places import SpannedPlace
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SIDE_WORDS = 2  # the name's words either side of its numeral ("South" "24" "Parganas")


def numeral_places(sent: Span, start: int) -> list[SpannedPlace]:
    """The places named with a numeral inside, placed by a locative preposition, in the
    sentence from token ``start`` on."""
    # the few digits, read off the ids: a Token is built only for them
    digits = written_as(sent, str.isdigit)
    found = (_named_around(tok) for tok in digits if tok.i >= start and _a_numeral(tok))
    return [p for p in found if p is not None]


def _a_numeral(tok: Token) -> bool:
    return tok.text.isdigit() and tok.whitespace_ != "" and tok.i > 0


def _named_around(num: Token) -> SpannedPlace | None:
    """The longest run of capitalised words around ``num`` that the gazetteer knows by that
    very name, with a locative preposition before it."""
    doc = num.doc
    lefts = _capitalised_run(doc, num.i, -1)
    rights = _capitalised_run(doc, num.i, 1)
    spans = sorted(
        ((first, end) for first in lefts for end in rights),
        key=lambda s: s[0] - s[1],
    )
    for first, end in spans:
        if doc[first - 1].lower_ not in LOCATIVE_PREPS:
            continue
        name = doc[first:end].text
        place = places.lookup(name)
        if place is None or place.name.lower() != name.lower():
            continue
        # "North 24 Parganas district": the unit noun goes with the name
        whole = end + (end < len(doc) and doc[end].lower_ in lexicon_places().area_nouns)
        words = doc[first:whole]
        placed = next((t for t in words if t.dep_ == "pobj"), words.root)
        return SpannedPlace(placed, words.text, first, whole)
    return None


def _capitalised_run(doc: Doc, at: int, step: int) -> list[int]:
    """The starts (``step`` -1) or ends (+1) of one or two capitalised words beside ``at``."""
    out: list[int] = []
    k = at + step
    while len(out) < _SIDE_WORDS and 0 < k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        out.append(k if step < 0 else k + 1)
        k += step
    return out
