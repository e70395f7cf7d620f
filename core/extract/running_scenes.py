"""Running totals of a conflict that flared again: "The toll in the clashes in Bogura's
Sherpur has risen to five after a mob attacked Kalia village on Tuesday. ... At least 25
people have been treated since Monday. Police have detained 14 people so far." A total
counted from a day before the latest incident spans every scene of the conflict since; a
sentence naming no place carries the latest village from the sentence before, yet the total
is the area's the lead files the conflict under ("Sherpur, Bogura")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.model import Claim
from core.text.datelines import find_dateline
from core.text.dates import Period

# Days before the latest attack a flare's running total may start ("since Sunday").
FLARE_DAYS = 7
# Casualty and custody totals a conflict runs up.
_RUNNING_MEASURES = frozenset({"killed", "injured", "arrested"})


def with_running_scenes(
    claims: Sequence[Claim], incident: Period | None, text: str
) -> list[Claim]:
    """The claims, each running total of the report's conflict that its sentence gives no
    place filed under the lead's place, when the total began before the incident's day."""
    if incident is None or incident.start != incident.end:
        return list(claims)
    headline_end = text.find("\n")
    dateline = find_dateline(text)
    if dateline is not None and dateline.start < headline_end:
        headline_end = -1  # "QUETTA, May 3: ..." opens the report: no headline
    area = _lead_area(claims, incident, headline_end)
    if area is None:
        return list(claims)
    return [
        dataclasses.replace(c, location=area) if _a_running_total(c, incident, area) else c
        for c in claims
    ]


def _lead_area(claims: Sequence[Claim], incident: Period, headline_end: int) -> str | None:
    """The place of the lead's first figure of the incident's day: where the report files
    the conflict."""
    return next(
        (
            c.location
            for c in claims
            if c.sentence_start > headline_end
            and c.location
            and c.date_start == incident.start == c.date_end
        ),
        None,
    )


def _a_running_total(claim: Claim, incident: Period, area: str) -> bool:
    """A total from a day of the week before the incident's to its day or later ("since
    Sunday", "so far"), of a place its sentence does not name (one carried from the sentence
    before)."""
    if claim.measure not in _RUNNING_MEASURES or claim.location in (None, area):
        return False
    if claim.date_start is None or claim.date_end is None:
        return False
    if not claim.date_start < incident.start <= claim.date_end:
        return False
    if (incident.start - claim.date_start).days > FLARE_DAYS:
        return False  # a war's dead "since 1955" are the country's, not a flare's
    town = claim.location.split(",", 1)[0].strip()
    return re.search(rf"\b{re.escape(town)}\b", claim.sentence) is None
