"""A place a headline puts first of a list ("X tops list as 900 held under the act", "X bears
the brunt as attacks surge"): the figure of the clause after it counts the whole list, the
country's or the release's area, never the leader's own; a figure in the ranking verb's own
slot ("X tops list with 214 murders") stays the place's. A headline that ranks a place and
gives no figure at all ("X worst hit as violence climbs") tells of a part of the report's
area: its body's figures are the whole area's."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.rules import load_rules, word_set
from core.text.lines import a_title

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
    links = word_set("places", "ranking_links")
    while i < end and i - tok.i <= MAX_ADVERBS and (
        doc[i].pos_ == "ADV" or doc[i].lower_ in links
    ):
        i += 1
    if i >= end:
        return False
    verb = doc[i].lower_ in word_set("places", "ranking_verbs")
    # "X worst hit": the phrase may open on a word the loop took for an adverb
    phrase = next(
        (e for j in range(tok.i + 1, i + 1) if (e := _ranking_phrase_end(tok, j)) is not None),
        None,
    )
    if not verb and phrase is None:
        return False
    openers = word_set("places", "ranking_clause_openers")
    for word in doc[(phrase or i + 1) : end]:
        if _a_count(word) or word.lower_ in OWN_SLOTS:
            return False  # "tops list with 214 murders": the leader's own figure
        if word.lower_ in openers:
            if any(_a_count(t) for t in doc[word.i + 1 : end]):
                return True
            break
    # "X worst hit as violence climbs": a headline ranking a place, with no figure at all
    return phrase is not None and a_title(span_text(tok.sent))


def _ranking_phrase_end(tok: Token, start: int) -> int | None:
    """The index past a ranking phrase (``ranking_phrases``) opening at ``start``, if one does;
    hyphens left out ("worst-hit")."""
    doc, end = tok.doc, tok.sent.end
    words: list[str] = []
    i = start
    while i < end and len(words) < _longest_phrase():
        if doc[i].text != "-":
            words.append(doc[i].lower_)
            if " ".join(words) in _phrases():
                return i + 1
        i += 1
    return None



@functools.cache
def _phrases() -> frozenset[str]:
    return frozenset(str(p) for p in load_rules("places")["ranking_phrases"])


@functools.cache
def _longest_phrase() -> int:
    return max(len(p.split()) for p in _phrases())


def _a_count(tok: Token) -> bool:
    return tok.like_num and tok.ent_type_ not in _TIMES
