"""Figures counted per unit of time: "12 people are killed on the roads every day", "an
average of 4 a day", "police arrest some 200 people a week", "40 die daily", "Each year, 300
drown". A rate says how often, not how many one incident or one period counted: read as
"other", as a share is. Not "a day after the attack" (a time from a point) nor "in a day"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "rate"
PER = "per"


def counted_per_time(num: Token) -> bool:
    """The figure, on its counted noun or on the verb of its clause, is counted per unit of
    time."""
    holders = [num.head] if num.dep_ == "nummod" else [num]
    verb = next((t for t in (num, *num.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        holders.append(verb)
    return any(_per_time(c) for holder in holders for c in holder.children)


def _per_time(child: Token) -> bool:
    """ "every day", "a week", "per month" (a unit with nothing after it: not "a day after
    the raid"), "daily"."""
    if child.dep_ == "advmod":
        return child.lower_ in word_set("measures", "rate_adverbs")
    if child.dep_ == "prep" and child.lower_ == PER:
        return any(p.dep_ == "pobj" and _a_unit(p) for p in child.children)
    if child.dep_ != "npadvmod" or not _a_unit(child):
        return False
    determiners = word_set("measures", "rate_determiners")
    after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    if after is not None and after.lower_ in word_set("measures", "rate_not_before"):
        return False  # "a day after the attack", "a week later"
    return any(d.dep_ == "det" and d.lower_ in determiners for d in child.children) and not any(
        c.dep_ in ("prep", "advmod", "amod") for c in child.children
    )


def _a_unit(tok: Token) -> bool:
    return tok.lower_ in date_words().units
