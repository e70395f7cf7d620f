"""A stretch counted back from now: "Three weeks after a boy was shot and killed, police have
made no arrests", "Two days after a bus plunged into a gorge, rescuers are still searching".
The main clause tells the present (the report's own day), so the harm set that stretch apart
lies that far before publication; a day the report gives its incident near there (the writer
counts weeks roughly) is that day."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESENT = frozenset({"VBP", "VBZ"})
NEAR_DAYS = 3  # a rough "three weeks after" still names an incident day this near


def present_day(anchor: Token, published: dt.date | None) -> Period | None:
    """The publication day, when the sentence's main clause tells the present ("police have
    made no arrests", "the family is still waiting"); ``None`` otherwise."""
    root = anchor.sent.root
    if published is None or root.pos_ not in ("VERB", "AUX"):
        return None
    present = root.tag_ in _PRESENT or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in root.children
    )
    return Period(start=published, end=published, text="now") if present else None


def near_incident(counted: Period, incident: Period | None) -> Period:
    """The report's incident day in place of a day counted back roughly from now."""
    if incident is None or incident.start != incident.end:
        return counted
    return incident if abs((incident.start - counted.start).days) <= NEAR_DAYS else counted
