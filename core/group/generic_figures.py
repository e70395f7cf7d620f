"""Figures of a report that tells its incident by no kind of its own ("Two people were killed in
the city on Monday, police said", "the violence there") beside figures of a report telling a
kind ("a bomb exploded at a bus stop"), the two reports not found to cover one incident
(``report_evidence.generic_bridge``): a city sees several incidents a day, and only a toll
alike ties such figures; their day and town are no evidence."""

from __future__ import annotations

from core.group.facts import ClaimFacts, framed_apart
from core.group.report_evidence import CLOSE_TOLL

REFUSAL = "a report of no kind beside another incident of its town"


def generic_refusal(a: ClaimFacts, b: ClaimFacts) -> str | None:
    """Why the two figures are never one event (``generic_apart``), or None."""
    return REFUSAL if generic_apart(a, b) else None


def generic_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether one figure is of a report telling its incident by no kind and the other of a
    report telling a kind, both in their reports' frames, in report groups apart, counting
    no measure alike (six dead / two dead, six dead / fifteen hurt): never one event."""
    if not framed_apart(a, b):
        return False
    if a.generic_lead is None or b.generic_lead is None or a.generic_lead == b.generic_lead:
        return False
    x, y = a.claim, b.claim
    close = min(x.value, y.value) >= CLOSE_TOLL * max(x.value, y.value)
    return not (x.measure == y.measure and close)
