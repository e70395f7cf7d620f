"""Arrest reports that name no incident: "Police arrested twelve smugglers in the city on
Friday" beside "Police arrested four men over Friday's bus bombing in the city". Both tell an
arrest in one city on one day, but only the second names the deed it follows: the first is
another deed (a raid of its own) unless the two share a name beyond where and what (a suspect,
a street, a victim). An arrest joins the incident it names, or none (``report_evidence``)."""

from __future__ import annotations

import functools

from core.group.report_incident import ReportIncident
from core.rules import word_set


@functools.cache
def _arrest_kinds() -> frozenset[str]:
    """The kinds that follow an incident on any day (arrests), not only on a later one (a
    protest may be its own scene on the day: ``later_kinds``)."""
    return frozenset(
        word_set("event_types", "following_kinds") - word_set("event_types", "later_kinds")
    )


def _names_a_deed(lead: ReportIncident) -> bool:
    """Whether the lead names a deed its arrests follow by a word no kind's trigger is ("over
    the murder of a shopkeeper", "after the incident at the market"): not an unnamed one."""
    named = word_set("event_types", "named_deeds")
    return any(word in named for word in lead.lead.split())


def _only_plotted(lead: ReportIncident) -> bool:
    """Whether the lead tells its kind as a deed plotted, not done ("four militants planning
    a bomb attack", "a blast plot foiled"): no incident its arrests follow."""
    plotted = word_set("event_types", "plotted_deeds")
    return any(word in plotted for word in lead.lead.split())


def unnamed_deed(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether one lead tells only arrests, naming no deed they follow, and the other tells
    the same arrests' kind beside the incident they follow (a bombing, a shooting; not a
    protest they were made at): the shared arrest word and city are then no evidence that the
    first arrest is of the second's incident."""
    arrests = _arrest_kinds()
    # "arrested 30 protesters", "detained 45 at a rally": arrests made at a protest are of
    # its scene, not after an incident; another outlet may tell them with no protest word
    following = word_set("event_types", "following_kinds")
    return any(
        bool(x.kinds) and x.kinds <= arrests and bool(y.kinds & arrests)
        and bool(y.kinds - following) and not _names_a_deed(x) and not _only_plotted(y)
        for x, y in ((a, b), (b, a))
    )
