"""A headline's source told short ("..., UN refugee agency says", "...: refugee agency") that
the lead names in full ("the U.N. refugee agency (UNHCR) said"): the figures of the
headline are the lead's body's, under the name the lead gives it, so a checker filtering on
that name finds the headline's figures too."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.report_recorder import DEFINED
from core.model import Claim

# the lead sits in the report's first sentences after the headline
LEAD_CHARS = 600
_WORD = re.compile(r"[\w'’-]+")


def _words(source: str) -> set[str]:
    """ "U.N." and "UN" are one word; case and the article do not count."""
    return {w.casefold() for w in _WORD.findall(source.replace(".", ""))} - {"the", "a", "an"}


def headline_bodies(claims: Sequence[Claim]) -> list[Claim]:
    """The headline's claims given the lead's body whose name holds every word of the
    headline's source and more; a source the lead does not name more fully stays."""
    heading = [c for c in claims if c.sentence_start == 0 and c.attribution]
    if not heading:
        return list(claims)
    lead = sorted(
        {
            c.attribution
            for c in claims
            if c.attribution
            and 0 < c.sentence_start <= LEAD_CHARS
            and DEFINED.search(c.attribution)
        }
    )
    out: list[Claim] = []
    for claim in claims:
        source = claim.attribution
        if claim.sentence_start == 0 and source and not DEFINED.search(source):
            short = _words(source)
            fuller = [b for b in lead if short < _words(b)]
            if len(fuller) == 1:
                claim = dataclasses.replace(claim, attribution=fuller[0])  # noqa: PLW2901
        out.append(claim)
    return out
