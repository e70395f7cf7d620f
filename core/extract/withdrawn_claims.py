"""The claims a report's other figures already count, taken out once the whole report is
read: withdrawn while reading, reached by a later count, covered by a count or named again,
or told twice."""

from __future__ import annotations

import dataclasses

from core.extract.claim_context import ClaimContext
from core.extract.covered_victims import covered_victims, named_again
from core.extract.retold_claims import retold_claims
from core.extract.victim_mentions import counted_later
from core.model import Claim


def counted_elsewhere(claims: list[Claim], ctx: ClaimContext) -> set[str]:
    """The claims of people another figure of the report counts: those withdrawn while
    reading, a ranked victim a later count reaches ("A fourth victim"), a victim named
    without a numeral a count counts ("Jon Roe died ... three people died in all"), and the
    claims a report tells again (a sentence the page printed twice)."""
    retold = retold_claims(claims, ctx.headline_end) | named_again(claims, ctx.bare_shot)
    return ctx.withdrawn | counted_later(claims) | covered_victims(claims, ctx.numbered) | retold


def without(claims: list[Claim], withdrawn: set[str]) -> list[Claim]:
    """The claims less the withdrawn ones, and no part of a withdrawn total."""
    if not withdrawn:
        return claims
    return [
        dataclasses.replace(c, part_of=None) if c.part_of in withdrawn else c
        for c in claims
        if c.id not in withdrawn
    ]
