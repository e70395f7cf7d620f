"""The span of an earlier incident ends before the report's own: "the town's second mass
killing since May; nine people died in the earlier one" counts the nine from May 1 to the day
before the present attack, not up to the day of the report (the earlier killing cannot be the
present one, nor come after it)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.extract.recall_phrases import EARLIER_WORDS
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

_WITHIN = frozenset({"in", "during", "at"})


def before_incident(period: Period | None, anchor: Token, incident: Period | None) -> Period | None:
    """``period`` cut to end the day before the report's incident when it runs over that day
    and the figure's harm happened in an earlier incident ("died in the earlier one", "killed
    during the previous raid"); any other period as it is: a count "in November alone" holds
    the report's incident, though a month alone may flag a figure as recalled."""
    if period is None or incident is None or not period.start < incident.start <= period.end:
        return period
    if not _in_an_earlier(anchor):
        return period
    return Period(start=period.start, end=incident.start - dt.timedelta(days=1), text=period.text)


def _in_an_earlier(anchor: Token) -> bool:
    """The figure's harm happened "in the earlier one", "during the previous raid"."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    places = [g for c in verb.children if c.lower_ in _WITHIN for g in c.children]
    return any(
        m.dep_ == "amod" and m.lower_ in EARLIER_WORDS
        for p in places
        if p.dep_ == "pobj"
        for m in p.children
    )
