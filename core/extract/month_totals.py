"""A count over a month or a year that a later sentence tells one day of with a smaller count
of its own ("Militants killed 86 people in the province in June. On June 21, a bomber killed
11 in Bara"): the month's count is no count of that day. A month on a harm gives way to the
report's incident day inside it (``claim_dates.named_within``: "a gunman killed five in June"
of a report whose body gives the day), which is right when the day's count is the same one,
and wrong when the day's count is a part of the month's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.claim_dates import sentence_periods
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Span

    from core.extract.nlp import Chunk
    from core.model import Claim


# a month or longer: a week ("killed this week") names the incident as often as it tallies
MONTH_DAYS = 27


def with_month_totals(
    claims: Sequence[Claim],
    chunks: Sequence[Chunk],
    incident: Period | None,
    published: dt.date | None,
) -> list[Claim]:
    """The claims, each dated by the incident day though its sentence names only a longer
    period holding that day dated by that period, when a later sentence naming the day
    counts fewer of the same measure on it."""
    out = list(claims)
    if incident is None or incident.start != incident.end:
        return out
    narrowed = [i for i, c in enumerate(out) if _on_day(c, incident.start)]
    if len(narrowed) < 2:  # most reports: no sentence is walked
        return out
    sentences = {c.start_of(s): s for c in chunks for s in c.doc.sents}
    for i in narrowed:
        claim = out[i]
        sent = sentences.get(claim.sentence_start)
        if sent is None:
            continue
        periods = [p for _, p, r in sentence_periods(sent, published) if not r]
        if any(p.start == p.end == incident.start for p in periods):
            continue  # its sentence names the day itself
        holding = [
            p for p in periods
            if p.start <= incident.start <= p.end and (p.end - p.start).days >= MONTH_DAYS
        ]
        if holding and _told_smaller_later(claim, out, sentences, published, incident.start):
            span = min(holding, key=lambda p: p.end - p.start)
            out[i] = dataclasses.replace(
                claim, date_start=span.start, date_end=span.end, date_text=span.text
            )
    return out


def _on_day(claim: Claim, day: dt.date) -> bool:
    return claim.date_start == day and claim.date_end == day and claim.part_of is None


def _told_smaller_later(
    claim: Claim,
    claims: Sequence[Claim],
    sentences: dict[int, Span],
    published: dt.date | None,
    day: dt.date,
) -> bool:
    """A later sentence naming ``day`` counts fewer of the claim's measure on it."""
    for other in claims:
        if (
            other.sentence_start <= claim.sentence_start
            or other.measure != claim.measure
            or not _on_day(other, day)
            or (other.high if other.high is not None else other.value) >= _least(claim)
        ):
            continue
        sent = sentences.get(other.sentence_start)
        if sent is not None and any(
            p.start == p.end == day for _, p, r in sentence_periods(sent, published) if not r
        ):
            return True
    return False


def _least(claim: Claim) -> float:
    return claim.low if claim.low is not None else claim.value
