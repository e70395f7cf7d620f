"""A town named only before a works noun, for ``claim_places``: "opened fire at a Perry
packaging plant": in a sentence that names no other place, a name the gazetteer knows as a
town, written before a plant or a warehouse, says where the works stands, whatever NER made
of the name (a person's, a people's). A firm's name ("a Tyson plant") is no town.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.symbols import ADJ, PROPN

from core.extract.name_roles import name_start
from core.extract.nlp import tagged
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The parts of speech the tagger gives a town's name before a works noun.
_NAME_POS = frozenset({PROPN, ADJ})


@functools.cache
def _facility_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["facility_nouns"])


def facility_towns(sent: Span) -> list[tuple[Token, str]]:
    """The works noun and the town before it: "a Perry packaging plant" -> (plant, "Perry")."""
    out: list[tuple[Token, str]] = []
    # a name is a proper noun or an adjective: the other words are never built
    for tok in tagged(sent, sent.start, pos=_NAME_POS, deps=frozenset()):
        works = _works_of(tok)
        if works is None:
            continue
        name = tok.doc[name_start(tok) : tok.i + 1].text
        town = places.resolve(name)
        if town is not None and town.level == "city":
            out.append((works, name))
    return out


def _works_of(tok: Token) -> Token | None:
    """The works noun a capitalised name opens ("a Perry packaging plant"), after an article,
    the name not the sentence's first word (a headline's capitals say nothing)."""
    # the tagger may read the town as an adjective ("a Joliet distribution warehouse")
    named = (tok.pos_, tok.dep_) in (("PROPN", "compound"), ("ADJ", "amod"))
    if not named or not tok.text[:1].isupper():
        return None
    if tok.i == tok.sent.start or tok.ent_type_ == "ORG":
        return None  # "a Tyson Foods plant": the firm's
    noun = tok.head
    while noun.dep_ == "compound" and noun.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "packaging" of "a Perry packaging plant"
    if noun.pos_ != "NOUN" or noun.lower_ not in _facility_nouns():
        return None
    if not any(c.dep_ == "det" and c.i < tok.i for c in noun.children):
        return None
    return noun
