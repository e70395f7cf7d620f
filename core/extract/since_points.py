"""A count in the present perfect that runs from a point a "when" clause tells: "Since 2011,
when the centre began its count, militants have carried out 12,000 attacks" counts from 2011
up to the telling. The entity is read as that point ("in 2011"), which is right only for a
figure of the "when" clause itself ("since October, when clashes left 90 dead")."""

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
        prep = date.head
        if reported or date.dep_ != "pobj" or prep.lower_ != _SINCE or prep.head.i != verb.i:
            continue
        clause = _when_clause(date)
        if clause is None or anchor.i in {t.i for t in clause.subtree}:
            continue
        if period.start <= published:
            text = period.text.removeprefix(_IN)
            return Period(start=period.start, end=published, text=f"{_SINCE} {text}")
    return None
