"""The country a report is filed from, as its hints weigh it (``places.report_hints``: its
dateline, the places it names): what a reading that depends on the country goes by, the order
of a numeric date ("12/11/2031") and the day of a national holiday ("Independence Day")."""

from __future__ import annotations

from core.text import places

# a country's least weight to set the order: its dateline (3) or two of its places named
_LEAST_WEIGHT = 2


def report_country() -> str | None:
    """The country (ISO code) the report's hints weigh most; a tie or no hint is none, and so
    is one named once: the town a man came from in a report whose dateline ("DALLAS -",
    "WASHINGTON (AP) -") no gazetteer settles."""
    hints, _ = places.report_context()
    ranked = sorted(hints, key=lambda h: h[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    if ranked[0][1] < _LEAST_WEIGHT:
        return None
    return ranked[0][0]
