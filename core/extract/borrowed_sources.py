"""A figure read by ellipsis is more of what the figure before it says ("The agency put the
toll at 14, up from 9 a day earlier", "rose to 12 from 7 on Monday"): with no source of its
own, it keeps that figure's source. A semicolon between them starts another report
("Police say 5 shot dead; villagers say 8"). The figures of a sentence a later one says
who stated ("This was stated by the deputy commissioner") are that speaker's."""

from __future__ import annotations

import dataclasses

from core.model import Claim

ELLIPSIS_RULE = "ellipsis<"  # the rule of a figure that borrows the reading before it
_REPORT_BREAK = ";"


def with_borrowed_sources(claims: list[Claim]) -> list[Claim]:
    """The claims of one sentence, in order, an elliptical figure with no source given the
    source of the figure before it."""
    out: list[Claim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (
            claim.attribution is None
            and claim.rule.startswith(ELLIPSIS_RULE)
            and before is not None
            and before.attribution is not None
            and _REPORT_BREAK not in _between(before, claim)
        ):
            claim = dataclasses.replace(claim, attribution=before.attribution)  # noqa: PLW2901
        out.append(claim)
    return out


def _between(before: Claim, claim: Claim) -> str:
    """The sentence's words between two of its figures."""
    return claim.sentence[before.end - claim.sentence_start : claim.start - claim.sentence_start]


def attribute_before(claims: list[Claim], speaker: str, before: str) -> None:
    """The figures of the sentence before (the one ``before`` ends with), not yet attributed,
    are ``speaker``'s ("Nine died. This was stated by the deputy commissioner.")."""
    if not claims or before[claims[-1].sentence_end :].strip():
        return
    last = claims[-1].sentence_start
    for i in range(len(claims) - 1, -1, -1):
        if claims[i].sentence_start != last:
            break
        if claims[i].attribution is None:
            claims[i] = dataclasses.replace(claims[i], attribution=speaker)
