"""Arrests a report counts by the telling of them: "police on Friday announced the arrest of
four suspects over Tuesday's shooting", "the ministry confirmed the arrests of six men". The
arrests came between the incident and the telling, on days the sentence does not give: the
count runs from the incident's day to the day it was announced (``running_counts``'s
``to_report_day``), unless the arrest noun gives a time of its own ("the arrest of four men
on Wednesday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.aftermath_dates import custody_verb
from core.extract.cues import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIMES = frozenset({"DATE", "TIME"})
# the preposition that joins the people held to the arrest noun: "the arrest of four men"
_OF_THE_HELD = "of"


def announced_arrest(anchor: Token) -> bool:
    """The figure counts the people of an arrest noun that a verb of telling takes as its
    object ("announced the arrest of four men"), with no date or time on the noun or on
    the people, only perhaps on the incident they are held over ("over the killing of
    seven last weekend")."""
    noun = _arrest_noun(anchor)
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in cues().attributing:
        return False
    own = [c for c in noun.children if not (c.dep_ == "prep" and c.lower_ != _OF_THE_HELD)]
    return not any(t.ent_type_ in _TIMES for c in own for t in c.subtree)


def _arrest_noun(anchor: Token) -> Token | None:
    """The arrest noun whose "of" phrase holds the figure ("the arrest of four men"), if
    any."""
    if anchor.pos_ == "NOUN" and custody_verb(anchor):
        return anchor  # the figure read on the noun itself
    for tok in anchor.ancestors:
        if tok.dep_ == "prep" and tok.lower_ == _OF_THE_HELD:
            noun = tok.head
            return noun if noun.pos_ == "NOUN" and custody_verb(noun) else None
        if tok.dep_ not in ("nummod", "pobj", "compound", "amod", "quantmod", "nsubj", "appos"):
            return None
    return None
