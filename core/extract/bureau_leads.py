"""The lead's toll filed under the bureau's town when the report's later sentences count the
same incident's dead and hurt in a named part of it: "MOGADISHU (AP) - Militants stormed a
hotel in the capital, killing nine" ... "Three police officers were among the dead, the
spokesman told reporters outside the hotel in the X district". The lead names no place of its
own finer than the town the report was filed from (or its country); the later figures say
where. A checker files the whole incident under that part, written with its unit.

Only when the incident's later tolls agree on one place written as a unit ("X district",
"Y village", "Z area", "the hotel, X district"): a town named bare may be where the hurt were
taken or where a victim came from, and tolls in two places are two scenes. A word of a
toll's source's name ("according to the X Ambulance service") is no place: that toll takes
the scene too. A province's or a
country's tally (counted over days) is no figure of the incident and keeps its place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.extract.admin_units import an_admin_unit
from core.extract.incident_scene import a_figure_of_the_incident
from core.extract.place_roles import locality_nouns
from core.model import Claim
from core.text import places
from core.text.datelines import find_dateline
from core.text.dates import Period

# the dead and hurt of the incident: where they fell is its scene
_TOLLS = frozenset({"killed", "injured"})


def with_bureau_leads(
    claims: Sequence[Claim], incident: Period | None, text: str
) -> list[Claim]:
    """The claims, the incident's tolls under the bureau's town taking the one unit-written
    place its later tolls are counted in."""
    dateline = find_dateline(text)
    if incident is None or incident.start != incident.end or dateline is None:
        return list(claims)
    bureaus = dateline.towns
    own = [i for i, c in enumerate(claims) if a_figure_of_the_incident(
        c, incident, measures=_TOLLS)]
    filed = [
        i for i in own
        if _the_bureaus(claims[i].location, bureaus) or _the_sources_name(claims[i])
    ]
    if not filed:
        return list(claims)
    first = claims[filed[0]].sentence_start
    told = {
        claims[i].location
        for i in own
        if claims[i].sentence_start > first
        and not _the_bureaus(claims[i].location, bureaus)
        and not _the_sources_name(claims[i])
    }
    if len(told) != 1:
        return list(claims)
    scene = told.pop()
    if scene is None or not _written_as_a_unit(scene) or _wide(scene):
        return list(claims)
    out = list(claims)
    for i in filed:
        out[i] = dataclasses.replace(out[i], location=scene)
    return out


def _the_bureaus(where: str | None, bureaus: frozenset[str]) -> bool:
    """The dateline's town, alone or with its country or state ("Kabul, Afghanistan")."""
    return where is not None and where.split(",", 1)[0].strip() in bureaus


def _the_sources_name(claim: Claim) -> bool:
    """The place is a word of the name of whoever gave the figure ("according to the X
    Ambulance service"): a body, not where the figure was counted."""
    where, source = claim.location, claim.attribution
    return where is not None and source is not None and (
        where.split(",", 1)[0].strip() in source
    )


def _written_as_a_unit(scene: str) -> bool:
    """ "Wadajir district", "Kalia village, Pirgachha", "the X Hotel, Y district": a place
    written with the noun of its kind, part of a town or a unit below a province."""
    parts = [p.strip() for p in scene.split(",")]
    return any(
        an_admin_unit(part) or (len(part.split()) > 1 and part.split()[-1].lower() in _kinds())
        for part in parts
    )


def _kinds() -> frozenset[str]:
    return locality_nouns() | {"village"}


def _wide(scene: str) -> bool:
    found = places.resolve(scene)
    return found is not None and found.level in places.WIDE_LEVELS
