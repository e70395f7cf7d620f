"""Where escaped inmates were caught again: "Five of the runaways have since been
rearrested" after "the jail in Birgunj, the district's main town" is a hunt across the
district the report names, not an arrest at the jail. A recapture whose sentence names no
place is filed under that district, over the jail's town carried from the sentence before."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.model import Claim
from core.rules import load_rules
from core.text import places

# The reading rule of a count of escapees caught again (``recaptures.recaptured``).
_RECAPTURED_RULE = "recaptured:"


def with_recapture_places(claims: Sequence[Claim], district: str | None) -> list[Claim]:
    """The claims, each recapture whose sentence names no place filed under the district
    the report names ("Parsa district") when it holds the place carried to it."""
    wide = places.resolve(district) if district else None
    if district is None or wide is None or wide.level != "district":
        return list(claims)
    return [
        dataclasses.replace(c, location=district) if _carried_recapture(c, wide) else c
        for c in claims
    ]


def _carried_recapture(claim: Claim, district: places.Place) -> bool:
    if claim.measure != "arrested" or not claim.location or not _a_recapture(claim):
        return False
    town = claim.location.split(",", 1)[0].strip()
    if re.search(rf"\b{re.escape(town)}\b", claim.sentence) is not None:
        return False  # "rearrested in Birgunj": where the sentence says
    held = places.resolve(claim.location)
    return held is not None and held.level == "city" and (
        places.relation(district, held) == "contains"
    )


def _a_recapture(claim: Claim) -> bool:
    """A count of escapees caught again: "rearrested", "recaptured", "brought back"."""
    if claim.rule.startswith(_RECAPTURED_RULE):
        return True
    words = claim.sentence.lower()
    return any(stem in words for stem in _recapture_stems())


@functools.cache
def _recapture_stems() -> tuple[str, ...]:
    return tuple(str(w) for w in load_rules("places")["recapture_stems"])
