"""A capital named by its country's people ("in the Afghan capital", "the Syrian capital's
suburbs"): wire copy names a capital so once it has named the country, and the scene is
that town, as if the text had named it. A capital of more words ("the South Sudanese
capital") or of a province ("the provincial capital") is left to the other readers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import word_ids, words_in
from core.text import places
from core.text.datelines import national_capital
from core.text.nationalities import peoples_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# where a capital stands in its clause: after a preposition, hit or taken, or its subject
# ("the Afghan capital has seen 12 attacks"), never a possessor ("the Afghan capital's police")
_PLACED_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
_CAPITAL = word_ids(("capital",))

def named_capitals(sent: Span, start: int) -> list[tuple[Token, str]]:
    """The capitals a sentence names by their people's word, from token ``start`` on."""
    out: list[tuple[Token, str]] = []
    for tok in words_in(sent, _CAPITAL):  # a Token only for the word asked of
        if tok.i < start or tok.dep_ not in _PLACED_DEPS:
            continue
        lefts = list(tok.lefts)
        if len(lefts) != 2 or lefts[0].lower_ != "the" or lefts[1].dep_ not in ("amod", "compound"):
            continue  # "the Afghan capital", nothing else before it
        if any(lefts[1].children):
            continue  # "the South Sudanese capital"
        country = peoples_country(lefts[1].lower_)
        town = national_capital(country.country) if country and country.country else None
        if town is not None and places.lookup(town) is not None:
            out.append((tok, town))
    return out
