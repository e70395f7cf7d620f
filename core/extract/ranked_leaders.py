"""A place a headline puts first of a list ("X tops list as 900 held under the act"): the
figure of the clause after it counts the whole list, the country's or the release's area,
never the leader's own; a figure in the ranking verb's own slot ("X tops list with 214
murders") stays the place's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_ADVERBS = 2  # "X still tops", "X once again tops"
OWN_SLOTS = frozenset({"with", "at"})  # "tops list with 214", "tops list at 214"
_TIMES = frozenset({"DATE", "TIME"})


def without_list_leaders(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places found, less a list's leader whose ranking verb has no figure of its own
    before another clause with a figure opens."""
    return [(tok, name) for tok, name in found if not _a_leader_of_others(tok)]


def _a_leader_of_others(tok: Token) -> bool:
    doc, end = tok.doc, tok.sent.end
    i = tok.i + 1
    while i < end and i - tok.i <= MAX_ADVERBS and doc[i].pos_ == "ADV":
        i += 1
    if i >= end or doc[i].lower_ not in word_set("places", "ranking_verbs"):
        return False
    openers = word_set("places", "ranking_clause_openers")
    for word in doc[i + 1 : end]:
        if _a_count(word) or word.lower_ in OWN_SLOTS:
            return False  # "tops list with 214 murders": the leader's own figure
        if word.lower_ in openers:
            return any(_a_count(t) for t in doc[word.i + 1 : end])
    return False


def _a_count(tok: Token) -> bool:
    return tok.like_num and tok.ent_type_ not in _TIMES
