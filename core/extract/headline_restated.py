"""A headline's figure told again in the body with its scene: "Toll rises to 14, six suspects
held" over "Six suspects were arrested on Monday from X village". The headline names no town
of its own, so its figure falls back to the dateline's town (where the report was filed
from), the country or the province; the body's sentence that counts the same people again
(same measure, same number, same days) says where. A checker files both under the body's
place. A headline figure with a place of its own, or a body figure under the bureau's town
or a wider unit, keeps what it has; a province's or a country's tally is told again only
in a place it holds ("12 killed in X province this month" is not one district's count).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.model import Claim
from core.text import places
from core.text.datelines import find_dateline


def with_headline_restated(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each headline figure filed under the bureau's town or a wide unit taking
    the place the body gives the same figure told again."""
    headline_end = text.find("\n")
    dateline = find_dateline(text)
    if headline_end < 0 or dateline is None or dateline.start < headline_end:
        return list(claims)  # no headline over a dateline: nothing fell back to the bureau
    bureaus = dateline.towns
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.sentence_start >= headline_end or not _coarse(claim.location, bureaus):
            continue
        again = _told_again(claim, out[i + 1:], headline_end, bureaus)
        if again is not None:
            out[i] = dataclasses.replace(claim, location=again)
    return out


def _told_again(
    claim: Claim, later: Sequence[Claim], headline_end: int, bureaus: frozenset[str]
) -> str | None:
    """The specific place of the first body figure counting the same people on the same
    days, if the headline's place holds it or is only the bureau's town."""
    for other in later:
        if other.sentence_start < headline_end or other.document_id != claim.document_id:
            continue
        if (other.measure, other.value, other.date_start, other.date_end) != (
            claim.measure, claim.value, claim.date_start, claim.date_end
        ):
            continue
        where = other.location
        if where is None or _coarse(where, bureaus) or where == claim.location:
            return None
        return where if _may_hold(claim.location, where, bureaus) else None
    return None


def _coarse(where: str | None, bureaus: frozenset[str]) -> bool:
    """No place, the dateline's town (alone or with its country), or a province, region or
    country."""
    if where is None:
        return True
    town = where.split(",", 1)[0].strip()
    if town in bureaus:
        return True
    found = places.resolve(where)
    return found is not None and found.level in places.WIDE_LEVELS


def _may_hold(coarse: str | None, where: str, bureaus: frozenset[str]) -> bool:
    """The headline's place is no place, the bureau's town (it stands for nothing of the
    scene), or a wider unit the gazetteer puts the body's place in (or knows nothing
    against)."""
    if coarse is None or coarse.split(",", 1)[0].strip() in bureaus:
        return True
    wide, inner = places.resolve(coarse), places.resolve(where.rsplit(",", 1)[-1].strip())
    if wide is None or inner is None:
        return inner is None
    return places.compatible(inner, wide)
