"""A headline's figure dated as the lead dates it.

A headline rarely writes a day ("Three jawans killed in ambush"); the lead restates its figure
with the day ("Three jawans were killed ... in the wee hours of Sunday"). The sentence reader
gives an undated headline figure the report's incident day, which a recalled incident further
down may have taken ("On April 3, two jawans were killed ..."), or which is not the day of the
headline's news ("Three arrested for shopkeeper's murder": the arrest, not the murder). So
after the sentence reader, a headline figure with no day of its own takes the day of the first
lead figure of the same measure and value, or of the value the headline rounds ("over 4,100
held" over "4,126 people were arrested").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.model import Claim

# The headline is one of the text's first lines (a date line or a kicker may come first).
HEADLINE_LINES = 3
# The lead: the sentences after the headline that restate its figure.
LEAD_SENTENCES = 6


def with_headline_days(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each undated headline figure dated as the lead figure that restates it."""
    out = list(claims)
    headline = _headline_line(out, text)
    if headline is None:
        return out
    lead = _lead(out, headline[1])
    for i, claim in enumerate(out):
        if claim.sentence_start < headline[0] or claim.sentence_end > headline[1]:
            continue
        own = bool(claim.date_text and claim.date_text in claim.sentence)
        match = next(
            (c for c in lead if c.measure == claim.measure and c.value == claim.value), None
        ) or next((c for c in lead if c.measure == claim.measure and rounded(claim, c)), None)
        if own:
            continue  # "Three killed in Sunday's blast": the headline's own day
        if match is not None and (match.date_start, match.date_end) != (
            claim.date_start, claim.date_end
        ):
            out[i] = dataclasses.replace(
                claim,
                date_start=match.date_start,
                date_end=match.date_end,
                date_text=match.date_text,
            )
    return out


# the qualifiers of a rounded figure, by the side of it the exact figure lies on
ROUNDED_ABOVE = frozenset({"more_than", "at_least"})  # "over 4,100": 4,100 to 4,199
ROUNDED_BELOW = frozenset({"nearly"})  # "nearly 4,200": 4,101 to 4,200
ROUNDED_AROUND = frozenset({"approx"})  # "some 4,100": 4,050 to 4,149
ROUNDING_BASE = 10


def rounded(headline: Claim, lead: Claim) -> bool:
    """The headline's figure is the lead's rounded to its last written digit, on the side its
    qualifier says ("over 4,100" of 4,126, "nearly 600" of 596, "about 20" of 21); a figure
    with no zero to round to ("over 5") rounds nothing."""
    value = int(headline.value)
    if value != headline.value or value <= 0 or value % ROUNDING_BASE:
        return False
    step = ROUNDING_BASE
    while value % (step * ROUNDING_BASE) == 0:
        step *= ROUNDING_BASE
    if headline.qualifier in ROUNDED_ABOVE:
        return value <= lead.value < value + step
    if headline.qualifier in ROUNDED_BELOW:
        return value - step < lead.value <= value
    if headline.qualifier in ROUNDED_AROUND:
        return abs(lead.value - value) * 2 < step
    return False


def _headline_line(claims: Sequence[Claim], text: str) -> tuple[int, int] | None:
    """The bounds of the headline line, if the first claim's sentence is one: a whole line
    among the first few of the text, with no closing full stop."""
    if not claims:
        return None
    first = claims[0]
    start = text.rfind("\n", 0, first.sentence_start) + 1
    end = text.find("\n", first.sentence_end)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if text[start : first.sentence_start].strip() or text[first.sentence_end : end].strip():
        return None
    before = [ln for ln in text[:start].split("\n") if ln.strip()]
    if len(before) >= HEADLINE_LINES or not line or line.endswith("."):
        return None
    return start, end


def _lead(claims: Sequence[Claim], headline_end: int) -> list[Claim]:
    """The claims of the first sentences with figures after the headline."""
    starts: list[int] = []
    lead: list[Claim] = []
    for claim in claims:
        if claim.sentence_start <= headline_end:
            continue
        if claim.sentence_start not in starts:
            if len(starts) == LEAD_SENTENCES:
                break
            starts.append(claim.sentence_start)
        lead.append(claim)
    return lead
