"""What the rule lists find in a report's lead (``report_evidence``), read once per report: a
bomb planted or dropped, a grenade, an incident told by no kind, a deed told in a clause, and
the sites struck it names, which two leads may share or name apart."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from core.group.report_incident import ReportIncident
from core.rules import word_set

SITE_REACH = 2  # words either side of a site struck that may name it ("shah alam market")
# words either side of a site struck that may name the quarter it stands in ("a market in the
# Gamboru area", "an imambargah in Karachi's Soldier Bazaar": ``sites_placed_apart``)
PLACE_REACH = 4


@dataclass(frozen=True, slots=True)
class LeadWords:
    """What the rule lists find in one lead, read once per report, not once per pair."""

    planted: bool  # a bomb planted, carried or thrown by hand (``planted_bombs``)
    dropped: bool  # bombs dropped (``dropped_bombs``)
    thrown: bool  # a grenade (``thrown_blasts``)
    generic: bool  # an incident told by no kind (``generic_incidents``)
    # a clause telling a deed ("when a van overturned": ``deed_clauses``) or a word telling a
    # cause of death ("as heavy rain lashed the city": ``death_causes``)
    clause: bool
    # the doers of a deed ("suspected insurgents killed four villagers": ``perpetrators``,
    # ``raiders``)
    doers: bool
    sites: frozenset[str]  # the sites struck it names (``struck_sites``)


@functools.lru_cache(maxsize=4096)
def lead_words(lead: str) -> LeadWords:
    """The rule lists' words in a lead (lower case, numbers masked)."""
    words, padded = frozenset(lead.split()), f" {lead} "
    return LeadWords(
        planted=any(f" {w} " in padded for w in word_set("event_types", "planted_bombs")),
        dropped=not word_set("event_types", "dropped_bombs").isdisjoint(words),
        thrown=not word_set("event_types", "thrown_blasts").isdisjoint(words),
        generic=not word_set("event_types", "generic_incidents").isdisjoint(words),
        clause=not (
            word_set("event_types", "deed_clauses") | word_set("event_types", "death_causes")
        ).isdisjoint(words),
        doers=not (
            word_set("event_types", "perpetrators") | word_set("event_types", "raiders")
        ).isdisjoint(words),
        sites=frozenset(w for w in word_set("event_types", "struck_sites") if f" {w} " in padded),
    )


def shared_sites(a: ReportIncident, b: ReportIncident) -> frozenset[str]:
    """The kinds of site struck both leads name (``struck_sites``: a hotel, a mosque)."""
    return lead_words(a.lead).sites & lead_words(b.lead).sites


def site_named_apart(a: ReportIncident, b: ReportIncident, sites: frozenset[str]) -> bool:
    """Whether one lead names the site struck by a name the other lacks ("the Sahafi hotel" /
    "the Jazeera hotel", "a mosque in Hayatabad" / "a mosque in Yakatoot"): a city's hotels,
    markets and mosques are many, and its bombing and shooting of one day at two of them, with
    one small toll, are two incidents."""
    return bool(
        site_names(a, sites) - b.names.keys() or site_names(b, sites) - a.names.keys()
    )


def sites_placed_apart(a: ReportIncident, b: ReportIncident, sites: frozenset[str]) -> bool:
    """Whether each lead places the site it names by a name the other lacks ("a mosque in
    Orangi Town" / "an imambargah in Karachi's Soldier Bazaar"): two sites of one kind. One
    lead naming the quarter, the other none, may be one site told first and then in full."""
    return bool(
        site_names(a, sites, PLACE_REACH) - b.names.keys()
        and site_names(b, sites, PLACE_REACH) - a.names.keys()
    )


def site_names(
    r: ReportIncident, sites: frozenset[str], reach: int = SITE_REACH
) -> frozenset[str]:
    """The lead's names within ``reach`` words of a site it names (its quarter too)."""
    tokens = [t.removesuffix("'s") for t in r.lead.split()]
    near: set[str] = set()
    for site in (s.split() for s in sites):
        for i in range(len(tokens) - len(site) + 1):
            if tokens[i:i + len(site)] == site:
                near.update(tokens[max(0, i - reach):i])
                near.update(tokens[i + len(site):i + len(site) + reach])
    return frozenset(n for n in r.names if not near.isdisjoint(n.split()))
