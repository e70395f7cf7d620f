"""What someone told a listener, when the parser hung the clause on the listener: "Sources
told WKRT 7 News the man was arrested" may parse with "the man was arrested" as a relative
clause of "News" (a station's name ends in a noun), so the clause told has no ``ccomp``.

A relative clause with no relative word can only leave out an object ("the man they
arrested"), never its subject: a clause with its own subject and nothing left out ("the man
was taken into custody", "the boy died", "gunmen robbed the store") is what was told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TELLING = frozenset({"tell", "inform"})  # verbs whose object is the listener
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})
# a bare pronoun subject with no object is the usual contact relative ("the car he drove")
_PRONOUN_TAGS = frozenset({"PRP"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def told_clause(verb: Token) -> Token | None:
    """The clause ``verb`` ("told", "informed") reports when the parser made it a relative
    clause of the listener, its object; None when it has a true complement or none."""
    if verb.lemma_.lower() not in TELLING:
        return None
    if any(ch.dep_ == "ccomp" for ch in verb.children):
        return None
    for listener in verb.children:
        if listener.dep_ not in ("dobj", "dative") or listener.i < verb.i:
            continue
        for clause in listener.children:
            if clause.dep_ == "relcl" and clause.i > listener.i and _whole(clause):
                return clause
    return None


def _whole(clause: Token) -> bool:
    """A clause with a subject of its own and no gap a relative clause would leave."""
    children = list(clause.children)
    if any(ch.tag_ in _RELATIVE_TAGS for ch in children):  # not "that" tagged a conjunction:
        return False  # "told KZPQ 12 News that three were shot" opens what was told
    subjects = [ch for ch in children if ch.dep_ in _SUBJECTS]
    if not subjects or subjects[0].i < clause.head.i:
        return False
    # a preposition left without its object ("the house they fled from") is a gap
    if any(ch.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in ch.children)
           for ch in children):
        return False
    if subjects[0].dep_ == "nsubjpass" or any(ch.dep_ in _FILLED for ch in children):
        return True
    return subjects[0].tag_ not in _PRONOUN_TAGS


def told_through(listener: Token, verb: Token, anchor: Token) -> bool:
    """``anchor`` lies in the clause ``verb`` told, hung on ``listener``, its object."""
    clause = told_clause(verb)
    return (
        clause is not None
        and clause.head.i == listener.i
        and clause.left_edge.i <= anchor.i <= clause.right_edge.i
    )
