"""One report, one scene: the figures of the report's incident filed under the most specific
place the report gives that incident.

A headline names the district ("Six killed in <district> blast"), the lead the town in it, a
quote line or "Among the injured ..." names nothing and carries the district or the country.
A checker files every figure of the incident under the town. So, after the sentence reader,
the figures dated on the report's incident day whose place is missing or a wider unit holding
the place of the lead's first figure take that place. Figures of another day (a recalled
incident, a yearly tally), of a place beside it, and reports with no incident day keep what
their sentences say.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.partitives import of_the_counted, words_after
from core.model import Claim
from core.text import places
from core.text.dates import Period

# Places of the incident: casualty and custody figures. Attacks and operations are often
# counted over a province.
SCENE_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})


def with_incident_scene(
    claims: Sequence[Claim], incident: Period | None, text: str
) -> list[Claim]:
    """The claims, the incident's figures filed under the scene its lead gives them."""
    if incident is None or incident.start != incident.end:
        return list(claims)
    own = [i for i, c in enumerate(claims) if _of_the_incident(c, incident)]
    headline_end = text.find("\n")
    lead = [claims[i] for i in own if claims[i].sentence_start > headline_end >= 0]
    # the lead's place, not the most specific anywhere: a quake's report names the town
    # where one more body was found, yet files the quake under its province
    scene = next((c.location for c in lead if c.location), None)
    if scene is None or not _placed(scene):
        return list(claims)
    out = list(claims)
    for i in own:
        where = out[i].location
        # a part counted within the scene or a place unknown ("25 of the injured in his
        # district") stays there; a hospital's town apart from the scene does not
        if where is None or _holds(where, scene) or (
            _the_incidents_own(out[i]) and _apart(where, scene)
        ):
            out[i] = dataclasses.replace(out[i], location=scene)
    return out


# "raising the toll to five", "two of the injured later died in Dhaka": the incident's own
# figures, wherever the hurt died (a hospital's town is no scene)
_TOLL_BEFORE = re.compile(r"\b(?:death )?toll\b[^.;]{0,25}\b(?:to|at|of)\s+$", re.IGNORECASE)


def _the_incidents_own(claim: Claim) -> bool:
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    return bool(_TOLL_BEFORE.search(claim.sentence[:start])) or of_the_counted(
        words_after(claim.sentence[end:])
    )


def _of_the_incident(claim: Claim, incident: Period) -> bool:
    return (
        claim.measure in SCENE_MEASURES
        and claim.date_start == incident.start
        and claim.date_end == incident.end
    )


def _placed(name: str) -> bool:
    """The gazetteer knows the place, or what holds it ("Tajori area, Lakki Marwat")."""
    holder = name.rsplit(",", 1)[1].strip() if "," in name else None
    return places.resolve(name) is not None or (
        holder is not None and places.resolve(holder) is not None
    )


def _holds(wide: str, scene: str) -> bool:
    """The wider place holds the scene: "Lakki Marwat district" holds "Tajori area, Lakki
    Marwat", a province holds its town."""
    if wide == scene:
        return False
    if "," in scene and _same(scene.rsplit(",", 1)[1].strip(), wide):
        return True
    outer, inner = places.resolve(wide), places.resolve(scene)
    return outer is not None and inner is not None and places.relation(outer, inner) == "contains"


def _same(one: str, other: str) -> bool:
    a, b = places.resolve(one), places.resolve(other)
    return a is not None and b is not None and a.key == b.key


def _apart(one: str, other: str) -> bool:
    a, b = places.resolve(one), places.resolve(other)
    return a is not None and b is not None and places.relation(a, b) == "disjoint"
