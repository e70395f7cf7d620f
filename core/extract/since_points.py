"""A count in the present perfect that runs from a point a "when" clause tells: "Since 2011,
when the centre began its count, militants have carried out 12,000 attacks" counts from 2011
up to the telling. The entity is read as that point ("in 2011"), which is right only for a
figure of the "when" clause itself ("since October, when clashes left 90 dead"). So does one
that runs from an event its date names ("since the coup of February 1, 2021", "since the
February 1 coup", "since the start of the operation in December"): the date is the event's,
the count runs on from it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINCE = "since"
_WHEN = "when"
_IN = "in "
_PRESENT = frozenset({"VBP", "VBZ"})  # "have", "has"
_OF = "of"  # "the coup of February 1"
_NAMING = frozenset({"nmod", "compound", "npadvmod", "amod", "poss"})  # "the February 1 coup"
_WHEN_PREPS = frozenset({"in", "on"})  # "the launch of the operation in December"


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT for c in verb.children
    )


def _when_clause(date: Token) -> Token | None:
    """The verb of the "when" clause right after the date's words ("2011, when ... began")."""
    doc, k = date.doc, date.i + 1
    end = date.sent.end
    while k < end and doc[k].ent_type_ == "DATE":
        k += 1
    if k < end and doc[k].text == ",":
        k += 1
    if k >= end or doc[k].lower_ != _WHEN or doc[k].dep_ != "advmod":
        return None
    return doc[k].head


def since_point(
    anchor: Token, periods: list[tuple[Token, Period, bool]], published: dt.date | None
) -> Period | None:
    """From the point "since X, when ..." names up to ``published``, for a figure of the
    present perfect clause the "since" hangs on, outside the "when" clause; else None."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or published is None or not _present_perfect(verb):
        return None
    for date, period, reported in periods:
        event = _named_event(date)
        if event is not None and not reported and _since_on(event, verb):
            if anchor.i in {t.i for t in event.subtree}:
                continue  # "since the July slaying of a hiker": the event's own count
            if period.start <= published:
                text = period.text.removeprefix(_IN)
                return Period(start=period.start, end=published, text=f"{_SINCE} {text}")
            continue
        if reported or not _since_on(date, verb):
            continue
        clause = _when_clause(date)
        if clause is None or anchor.i in {t.i for t in clause.subtree}:
            continue
        if period.start <= published:
            text = period.text.removeprefix(_IN)
            return Period(start=period.start, end=published, text=f"{_SINCE} {text}")
    return None


def _since_on(word: Token, verb: Token) -> bool:
    """The word is the object of a "since" on the figure's verb."""
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ == _SINCE and prep.head.i == verb.i


def _named_event(date: Token) -> Token | None:
    """The noun of an event the date names ("the coup of February 1", "the May 3 attack")."""
    head = date.head
    if date.dep_ == "pobj" and head.lower_ == _OF and head.head.pos_ == "NOUN":
        return head.head
    if date.dep_ in _NAMING and head.pos_ == "NOUN" and head.i > date.i:
        return head
    event = head.head
    if (
        date.dep_ == "pobj"
        and head.lower_ in _WHEN_PREPS
        and event.pos_ == "NOUN"
        and event.dep_ == "pobj"
        and event.head.lower_ == _SINCE
    ):
        return event  # "since the start of the operation in December": the start, then
    return None

