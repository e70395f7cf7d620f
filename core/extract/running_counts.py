"""A count still running when told: "twelve have been arrested so far in connection with
Sunday's violence", "four people have now died in Tuesday's shooting". It counts what
happened from its incident's day up to the day the report tells it (the day of the briefing
the sentence names, else the day of publication), not the incident's day alone. The words
that keep a count running live in ``core/rules/dates.json`` ("running_adverbs")."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token


# "twenty have been arrested so far, including four ...": the part is of the running count
PART_PREPOSITIONS = frozenset({"including", "among"})


@functools.cache
def _running_words() -> tuple[frozenset[str], frozenset[str]]:
    """(adverbs that keep any count running, ones that do so only with a present perfect)."""
    raw = load_rules("dates")
    return frozenset(raw["running_adverbs"]), frozenset(raw["running_perfect_adverbs"])


def running_count(anchor: Token) -> bool:
    """The figure's verb is told as running up to now: "so far", "till now", "to date" on
    it, or "now" on a present perfect ("have now died"); not a past perfect ("had arrested
    five so far by then") nor a clause of its own below the figure's. A part of a running
    count ("..., including four who were held in Dalpur") runs with it."""
    part = next(
        (
            t
            for t in (anchor, *anchor.ancestors)
            if t.dep_ == "pobj" and t.head.lower_ in PART_PREPOSITIONS
        ),
        None,
    )
    if part is not None:
        anchor = part.head.head
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if any(c.tag_ == "VBD" for c in aux):
        return False
    always, perfect = _running_words()
    for child in verb.children:
        if child.dep_ not in ("advmod", "prep", "npadvmod"):
            continue
        words = child.doc[child.left_edge.i : child.right_edge.i + 1].text.lower()
        if words in always or (words in perfect and aux and verb.tag_ == "VBN"):
            return True
    return False


def to_report_day(
    period: Period | None,
    anchor: Token,
    reported: list[Period],
    published: dt.date | None,
) -> Period | None:
    """A running count's period from its start to the day it is told: the latest report day
    of its sentence ("police said on Tuesday") not before the period, else the publication
    day. A period that already reaches that day, or one told of another time, stays."""
    if period is None or not running_count(anchor):
        return period
    days = [p.end for p in reported if p.start == p.end and period.end < p.end]
    told = max(days) if days else published
    if told is None or told <= period.end:
        return period
    return Period(start=period.start, end=told, text=period.text)
