"""Figures of two reports that tell a strike on one kind of site (a market, a mosque) with death
tolls far apart ("a bomb at a market killed seven" / "a car bomb tore through a market, killing
23"), the reports not found to cover one incident (``report_evidence.site_tolls_apart``): a
city's markets are many, and the day, the town and the kind are then no evidence."""

from __future__ import annotations

from core.group.facts import ClaimFacts, framed_apart
from core.group.report_evidence import tolls_apart

REFUSAL = "strikes on two sites of one kind, tolls far apart"
TOWN = "city"  # the level of a place whose sites of one kind are many


def site_refusal(a: ClaimFacts, b: ClaimFacts) -> str | None:
    """Why the two figures are never one event (``sites_apart``), or None."""
    return REFUSAL if sites_apart(a, b) else None


def sites_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether the two figures, each in its report's frame, in report groups apart, both in one
    town, are of leads naming one kind of site struck whose death tolls are far apart, each
    placing its site by a name the other lacks (``lead_words.sites_placed_apart``)."""
    if not framed_apart(a, b):
        return False
    # a town's markets are many; a province's camp or base struck is told with tolls that
    # differ as the outlets learn them
    if a.place is None or b.place is None or a.place.level != TOWN or a.place.key != b.place.key:
        return False
    if not (a.lead_places - b.lead_places and b.lead_places - a.lead_places):
        return False
    return bool(a.lead_sites & b.lead_sites) and tolls_apart(a.lead_dead, b.lead_dead)
