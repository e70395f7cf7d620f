"""A span that bounds a ranking, not a count: "in the worst such attack there this year",
"the third deadly ambush this month", "the deadliest blast of the year". The span tells
among which incidents this one ranks; the figures of the sentence still count the one
incident, on its own day, never the year to date."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the dependencies by which a span hangs on the noun it bounds ("attack this year", "attack
# of the year", "attack in a decade")
_BOUNDING = frozenset({"npadvmod", "pobj", "nmod", "tmod"})
# the prepositions of a span a ranking is made in ("of the year", "in a decade")
_WITHIN = frozenset({"of", "in"})
# a span of now written after the noun it bounds: "this year", "this month"
_THIS = frozenset({"this"})
# ordinals that rank nothing among others: "the last attack this year" may be the latest
_NO_RANK = frozenset({"last", "final"})


@functools.cache
def _ordinals() -> frozenset[str]:
    words: dict[str, int] = load_rules("dates")["ordinals"]
    return frozenset(w for w in words if w not in _NO_RANK)


def ranks_within(ent: Span) -> bool:
    """The time expression bounds the ranking of an incident noun by a superlative or an
    ordinal ("the worst such attack this year", "the second shooting this month")."""
    for noun in (_bounded_noun(ent.root), _noun_before(ent)):
        if noun is not None and incident_noun(noun) and any(
            _ranking(c) for c in noun.children if c.dep_ in ("amod", "advmod", "nummod")
        ):
            return True
    return False


# words between the ranked noun and its span: "the worst attack there this year"
_BETWEEN = frozenset({"there", "here"})


def _noun_before(ent: Span) -> Token | None:
    """The noun just before the span, which the parser may not hang it on ("killing four in
    the third such ambush this month": "month" on "killing")."""
    at = ent.start - 1
    while at > ent.sent.start and ent.doc[at].lower_ in _BETWEEN:
        at -= 1
    if at < ent.sent.start or ent.doc[ent.start].lower_ not in _THIS:
        return None
    return ent.doc[at] if ent.doc[at].pos_ == "NOUN" else None


def _bounded_noun(root: Token) -> Token | None:
    """The noun the span hangs on, directly or through "of" or "in" ("of the year")."""
    if root.dep_ not in _BOUNDING:
        return None
    head = root.head
    if root.dep_ == "pobj":
        # "since March" bounds when the earlier ones happened, which the sentence may count
        if head.dep_ != "prep" or head.lower_ not in _WITHIN:
            return None
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _ranking(modifier: Token) -> bool:
    """ "worst", "deadliest", "biggest", "most serious", "third"."""
    if modifier.tag_ in ("JJS", "RBS"):
        return True
    if modifier.lower_ in _ordinals():
        return True
    return any(c.tag_ in ("JJS", "RBS") for c in modifier.children if c.dep_ == "advmod")
