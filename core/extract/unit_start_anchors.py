"""A start of the week or month told without "this" ("since the start of the month") is the
report's own when told from the report's now, in the perfect ("police have arrested 40 since
the start of the month"); told in the past after another time of the sentence that lies before
the report's week or month ("The UN said in December that 300 had been killed since the start
of the month", "In February, rebels killed 45, and at the start of the month a bomb killed
12"), it is the start of that time's week or month (``date_atoms`` reads it against the day it
is given); so is one told in the perfect on a day it is said before ("KATHMANDU, March 2 —").
A week or month of what follows it ("at the beginning of the week of the elections") is none
of the report's: it names no time."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from core.text.dates import monday_of
from core.text.periods import resolve_period

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period

_BARE_START = re.compile(r"\b(?:start|beginning) of (?:the )?(?P<unit>week|month)$", re.I)
_PRESENT_HAVE = frozenset({"VBP", "VBZ"})  # "have"/"has", not "had"
_MONTH_DAYS = 31  # a longer time ("in 2029") names no one week or month to start

Dated = tuple["Token", "Period", bool]


def anchored_unit_starts(out: list[Dated], published: dt.date | None) -> list[Dated]:
    """Each bare start of a week or month read against the time of a month at most told before
    it, when that time lies before the report's own week or month and either the start is not
    told in the perfect or the time is the day it is told on ("KATHMANDU, March 2 — Police
    have arrested 22 since the start of the week")."""
    if published is None:
        return out
    anchored: list[Dated] = []
    for tok, period, reported in out:
        m = _BARE_START.search(period.text)
        read = period
        if m is not None:
            unit = m["unit"].lower()
            if _named_by_what_follows(tok, unit):
                continue  # "at the beginning of the week of the elections": not the report's
            first = _unit_start(unit, published)
            perfect = _in_the_perfect(tok)
            before = [
                p
                for t, p, told in out
                if t.i < tok.i and p.end < first and (p.end - p.start).days < _MONTH_DAYS
                and (told or not perfect)
            ]
            if before:
                read = resolve_period(period.text, published=before[-1].end) or period
        anchored.append((tok, read, reported))
    return anchored


def _named_by_what_follows(tok: Token, unit: str) -> bool:
    """The week or month is the one of what follows it ("the week of the elections")."""
    return any(
        t.lower_ == unit and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in tok.subtree
    )


def _unit_start(unit: str, day: dt.date) -> dt.date:
    return day.replace(day=1) if unit == "month" else monday_of(day)


def _in_the_perfect(tok: Token) -> bool:
    """The verb the time hangs on is told in the present perfect ("have been killed")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _PRESENT_HAVE
        for c in verb.children
    )
