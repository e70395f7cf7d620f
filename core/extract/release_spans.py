"""Whether a figure of a statistics report is a tally, counts over the span its lead's tally
covers, meets it, or is the span the review sets its figures against (split from
``report_recorder``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from core.model import Claim


# A figure over more days than this is a tally ("in 2030", "in the first quarter"), not one
# incident's (as ``source_anaphora.TALLY_DAYS``)
TALLY_DAYS = 14


def tally(claim: Claim) -> bool:
    """The figure counts over a span longer than an incident's days."""
    return (
        claim.date_start is not None
        and claim.date_end is not None
        and (claim.date_end - claim.date_start).days > TALLY_DAYS
    )


def within(claim: Claim, lead: Claim) -> bool:
    """The figure's days lie in the span the lead's tally covers ("On August 3" of a review of
    the year): an incident or a month the review itself counts, not one from before it."""
    return (
        claim.date_start is not None
        and claim.date_end is not None
        and lead.date_start is not None
        and lead.date_end is not None
        and lead.date_start <= claim.date_start <= claim.date_end <= lead.date_end
    )


def overlaps(claim: Claim, lead: Claim) -> bool:
    """The figure's days meet the span of the lead's tally ("in the first quarter" of a
    release on March): the release's own count, not one from before it."""
    return (
        claim.date_start is not None
        and claim.date_end is not None
        and lead.date_start is not None
        and lead.date_end is not None
        and claim.date_start <= lead.date_end
        and lead.date_start <= claim.date_end
    )


def compared_span(claim: Claim, lead: Claim) -> bool:
    """ "Last year, 611 attacks were reported" in a review of this year's first ten months:
    the review's own span a year back, or the whole year before the one it counts, which a
    review sets its figures against (an incident of that year is no such span)."""
    if _one_happening(claim.sentence):
        return False  # "Last year, a suicide bomber killed 12 at a rally": the outlet's recall
    start, end, first, last = claim.date_start, claim.date_end, lead.date_start, lead.date_end
    if start is None or end is None or first is None or last is None:
        return False
    if (end - start).days < COMPARED_SPAN_DAYS:
        return False
    year = first.year - 1
    whole = (start, end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    moved = (start.year, end.year, start.month, end.month) == (
        year, last.year - 1, first.month, last.month
    )
    return whole or moved


# a compared figure counts over a month or longer, as the review's own do
COMPARED_SPAN_DAYS = 27


_INDEFINITE = re.compile(r"\b(?:a|an)\s+([a-z-]+)", re.IGNORECASE)


def _one_happening(sentence: str) -> bool:
    """The sentence tells of one happening: an indefinite noun that is no amount or time."""
    amounts = word_set("cues", "article_quantities")
    return any(m.group(1).lower() not in amounts for m in _INDEFINITE.finditer(sentence))
