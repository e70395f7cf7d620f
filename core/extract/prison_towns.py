"""A prison named after the town it stands in ("Eleven inmates fled Gaur Prison", "a riot at
the Bannu jail"): when the break-out, the attack or the riot happened at it, the town is the
scene, though NER marks no place in the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.place_roles import breakout_words
from core.extract.place_words import attack_verbs
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# where something happens at a prison ("a riot at X jail", "inside X prison"); "held in X
# jail" is where someone is kept, no scene
_AT_PREPS = frozenset({"at", "inside"})


def a_prison_town(tok: Token) -> bool:
    """The last word of a town's name before a prison noun ("Gaur" of "Gaur Prison") the
    happening took place at."""
    if tok.dep_ != "compound":
        return False
    prison = tok.head
    nouns, _ = breakout_words()
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and prison.i == tok.i + 1
        and prison.lemma_.lower() in nouns
        and _struck(prison)
        and bool(places.candidates(tok.text))
    )


def prison_town(tok: Token) -> str:
    """The town's name, with the unit the prison is said to lie in ("Ramnagar Prison in
    Manikganj district": "Ramnagar, Manikganj district")."""
    prison = tok.head
    unit = next(
        (
            c
            for p in prison.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for c in p.children
            if c.dep_ == "pobj" and an_admin_unit(_phrase(c))
        ),
        None,
    )
    return f"{tok.text}, {_phrase(unit)}" if unit is not None else tok.text


def _phrase(noun: Token) -> str:
    """ "Manikganj district" of "in Manikganj district": the noun and the words before it."""
    return noun.doc[noun.left_edge.i : noun.i + 1].text.removeprefix("the ")


def _struck(prison: Token) -> bool:
    """Inmates broke out of the prison, or it was attacked, or something happened at it."""
    _, verbs = breakout_words()
    head = prison.head
    if prison.dep_ == "dobj":
        return head.lemma_.lower() in verbs | attack_verbs()
    if prison.dep_ != "pobj":
        return False
    if head.lower_ == "from":
        return head.head.lemma_.lower() in verbs
    return head.lower_ in _AT_PREPS
