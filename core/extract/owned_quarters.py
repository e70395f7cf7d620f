"""A quarter a town owns by its possessive, which NER labels as anything or nothing: "in
Karachi's Lyari area", "on Chicago's South Side", "near Kabul's Shahr-e Naw park". For
``sentence_places``: the quarter is a place mention, and ``place_holders.with_holder`` writes
it with its town ("Lyari area, Karachi"), as a checker files it; the town alone says less.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import tagged, word_ids
from core.extract.place_words import LOCATIVE_PREPS, PLACE_LABELS
from core.text import places
from core.text.nationalities import nationality
from core.text.place_relations import contains

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "on Chicago's South Side": a side or a strip of a town is where things happen on it
_ON_PREPS = LOCATIVE_PREPS | {"on"}
_OBJECTS = word_ids(("pobj",))
_NAME_DEPS = frozenset({"compound", "amod"})


def owned_quarters(sent: Span, start: int, covered: set[int]) -> list[tuple[Token, str]]:
    """(quarter's head word, the quarter's words) for each quarter a town owns in the
    sentence from token ``start`` on, after a locative preposition; a quarter NER already
    read as a place (``covered``) is left to it."""
    found: list[tuple[Token, str]] = []
    # a Token only for a preposition's object, read off the chunk's labels
    for tok in tagged(sent, start, pos=frozenset(), deps=_OBJECTS):
        if tok.head.lower_ not in _ON_PREPS or tok.i in covered:
            continue
        found.extend(_quarter(tok, covered))
    return found


def _a_persons(owner: Token) -> bool:
    """The owner is a person: NER says so here, or of the same word elsewhere in the report
    ("Jo Vance shot ... at Vance's home")."""
    return owner.ent_type_ == "PERSON" or any(
        e.label_ == "PERSON" and owner.text in e.text.split() for e in owner.doc.ents
    )


def _a_name(tok: Token) -> bool:
    """A proper word, or one the tagger took for an adjective but written as a name ("Lyari"),
    never a people's ("Karachi's Pashtun quarter" names no quarter)."""
    if tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "ADJ" and tok.is_title and not nationality(tok.lower_)


def _quarter(tok: Token, covered: set[int]) -> list[tuple[Token, str]]:
    """ "Lyari area" of "Karachi's Lyari area": the quarter's proper words and its noun, when
    the possessive before them is a town the gazetteer knows and the whole is no one name
    ("Cox's Bazar"); a town owning a common noun ("in Karachi's main market") is itself the
    place, whatever NER took it for."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or _a_persons(owner):
        return []  # "at Vance's Mill Road home": a person's
    if any(t.like_num for t in tok.doc[owner.i : tok.i]):
        return []  # "Reed's 310 Mill Road home": an address
    doc = tok.doc
    town = places.resolve(doc[owner.left_edge.i : owner.i + 1].text)
    if town is None or town.level != "city" or places.candidates(
        doc[owner.left_edge.i : tok.i + 1].text
    ):
        return []
    named = [c for c in tok.lefts if c.dep_ in _NAME_DEPS and c.i > owner.i and _a_name(c)]
    if not named and tok.pos_ != "PROPN":
        # "Karachi's main market": the town; not "at Obi's rally in Lagos", a gathering held
        # in a place of its own, which a town's name owns no more than a person's does
        if owner.i in covered or _held_in_a_place(tok, town):
            return []
        return [(owner, doc[owner.left_edge.i : owner.i + 1].text)]
    if tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in named):
        return []  # "News4's Meagan Fitzgerald": a station's reporter
    first = min((c.left_edge.i for c in named), default=tok.i)
    return [(tok, doc[first : tok.i + 1].text)]




def _held_in_a_place(noun: Token, town: places.Place) -> bool:
    """ "Obi's rally in Lagos": the owned noun is told in a named place of its own, which the
    gazetteer knows as a bigger place than the owner's namesake town (Obi a hamlet) and not
    one holding it; a quarter it lacks ("Karachi's main market in Saddar") or a namesake
    abroad smaller than the town ("Karachi's fish market in Clifton") is the town's own."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in LOCATIVE_PREPS
        and any(o.dep_ == "pobj" and _outgrows(o, town) for o in c.children)
        for c in noun.children
    )


def _outgrows(tok: Token, town: places.Place) -> bool:
    """A place entity the gazetteer knows, more populous than ``town`` and not holding it."""
    if tok.ent_type_ not in PLACE_LABELS:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    place = places.lookup(ent.text) if ent is not None else None
    return (
        place is not None
        and place.population > town.population
        and not contains(place, town)
    )
