"""People who gave themselves up to the law: "turned himself in (to police)", "gave themselves
up", "surrendered to deputies", "surrendered before the police", "surrendered at the county
jail" are arrested, told as done; not "turned in his gun", "surrendered to the rebels",
"surrendered their weapons" (the rules' "_lone_arrests_doc"). Read for one person
(``lone_arrests``) and for a count (``participants``: "three suspects surrendered to
police")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# "turned himself in", "gave themselves up", "handed himself over": by particle and reflexive
SELF_SURRENDERS = frozenset({("turn", "in"), ("give", "up"), ("hand", "over")})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# "surrendered to police", as South Asian copy has it "surrendered before the police", and at
# the law's door: "surrendered at the county jail", "turned himself in at police headquarters"
TAKER_PREPOSITIONS = frozenset({"to", "before", "at"})


@functools.cache
def _takers() -> frozenset[str]:
    return frozenset(load_rules("measures")["lone_arrests"]["takers"])


@functools.cache
def surrender_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["lone_arrests"]["surrender_verbs"])


def gave_up(verb: Token) -> Token | None:
    """The verb, if it tells its subject gave themselves up to the law, as done: one of
    ``SELF_SURRENDERS`` with a reflexive object, to no one or to one of the takers; one of
    the surrender verbs to or before one of the takers, with no object."""
    if not factual(verb):
        return None
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
    taker = _taker(verb)
    if (lemma, particle) in SELF_SURRENDERS and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children
    ):
        return verb if taker is None or taker.lemma_.lower() in _takers() else None
    surrendered = lemma in surrender_verbs() and not any(c.dep_ == "dobj" for c in children)
    given_to_law = taker is not None and taker.lemma_.lower() in _takers()
    return verb if surrendered and given_to_law else None


def _taker(verb: Token) -> Token | None:
    """The one given up to: the object of the verb's "to" (or "before")."""
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TAKER_PREPOSITIONS), None
    )
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
