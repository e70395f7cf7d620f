"""The place that counted a figure over its area: "Balochistan recorded 29 attacks", "the
province saw 61 attacks in which 88 people died", "X district accounted for 14 attacks". A
place that records, sees or witnesses what the figure counts is the area of the tally, kept
over the report's town it holds (a checker files the figure under the province or country
the sentence makes its subject). The verbs are ``locus_verbs`` of ``rules/tallies.json``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.tree_distance import nearest
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# How a figure's word hangs on the noun the place's verb takes: that noun itself, a clause on
# it ("attacks that killed 41", "attacks in which 88 died"), a noun joined to it ("96 attacks
# and 134 deaths"); never an apposed part ("96 attacks, 61 of them in Sindh").
_ON_THE_COUNTED = frozenset(
    {"relcl", "acl", "conj", "prep", "pobj", "nummod", "compound", "nsubj", "nsubjpass", "dobj"}
)


@functools.cache
def _locus_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("tallies")["locus_verbs"])


def locus_area(num: Token, anchor: Token, named: list[tuple[Token, str]]) -> str | None:
    """The place ``named`` that is the subject of a ``locus_verbs`` verb whose object the
    figure (number ``num``, at ``anchor``) counts, or is told in a clause on; None when there
    is none, or when another place lies nearer the number ("61 of them in Sindh")."""
    best = nearest(num, [(tok, (name, _counted_by(tok, num, anchor))) for tok, name in named])
    return best[0] if best is not None and best[1] else None


def _counted_by(place: Token, num: Token, anchor: Token) -> bool:
    verb = place.head
    if place.dep_ != "nsubj" or verb.i == place.i or verb.lemma_.lower() not in _locus_verbs():
        return False
    node = num
    while node.head.i not in (node.i, verb.i):
        if node.dep_ not in _ON_THE_COUNTED:
            return False
        node = node.head
    if node.head.i != verb.i:
        return False
    # "witnessed 96 attacks"; "accounted for fourteen attacks"
    return node.dep_ == "dobj" or (
        node.dep_ == "prep" and node.lower_ == "for" and anchor.i != node.i
    )
