"""The time of a figure that recalls an earlier incident than its report's own: only the days
its own sentence gives ("an earlier attack killed 12" takes no day of the report's news), and
the flag (``Claim.recalls``) also raised by a month or a year of its own that ends weeks before
the report's incident ("a similar attack on a mosque in 2021 that killed 50")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.recalls import recalled_in_words, recalls_earlier
from core.extract.victim_mentions import UNNUMBERED_RULES
from core.text.dates import Period
from core.text.periods import LEAD_DAYS_BEFORE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

DAYS_IN_A_YEAR = 365


def own_days_only(
    period: Period | None,
    anchor: Token,
    borrowed: Iterable[Period | None],
    published: dt.date | None,
) -> Period | None:
    """``period``, unless it is one of the ``borrowed`` days (carried from the sentences
    before, the report's incident) of the report's recent news and the figure recalls an
    earlier incident. A follow-up's incident of years back may be the one it recalls ("who
    killed two patients two years ago"): that one it keeps."""
    if period is None or not any(period is p for p in borrowed):
        return period
    if published is None or (published - period.start).days > LEAD_DAYS_BEFORE:
        return period
    return None if recalls_earlier(anchor) else period


def long_before(period: Period | None, incident: Period | None) -> bool:
    """The figure's own month or year ends weeks before the report's incident day: it tells an
    earlier incident ("a similar attack in 2021 that killed 50"), however the sentence words
    it (a single day may be the report's own incident, told by a follow-up)."""
    if period is None or incident is None or incident.start != incident.end:
        return False
    if period.start == period.end:
        return False
    return (incident.start - period.end).days > LEAD_DAYS_BEFORE


def recall_ends(
    text: str, gap: tuple[int, int], period: Period | None, incident: Period | None
) -> bool:
    """A past incident's month or year ("it was not the first attack: in 2017, rebels killed
    14") carried to the sentence after ``gap`` (the end of the one before, the start of this
    one) stops at a blank line: the next paragraph tells the report's incident again. A line
    break alone does not part paragraphs (a text of one sentence a line)."""
    prev_end, start = gap
    if prev_end < 0 or not long_before(period, incident):
        return False
    gap_start = len(text[:prev_end].rstrip())
    gap_end = start + len(text[start:]) - len(text[start:].lstrip())
    return _BLANK_LINE.search(text, gap_start, gap_end) is not None


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def past_scene(
    carried: str | None, recalled: Period | None, period: Period | None, incident: Period | None
) -> str | None:
    """The place carried to a figure, unless it was the scene of a past incident (one the
    sentence that named it dated weeks before the report's, ``recalled``) and the figure is
    not of that time: "Last month a blast in X killed two. | Twelve were wounded in Monday's
    blast" (the report's incident again, at its own scene); nor a past incident's scene
    carried to a figure of another past time ("Earlier this month an ambush in X killed 11.
    | In January, gunmen abducted 50": each recalled incident at its own scene)."""
    if carried is None:
        return carried
    if long_before(period, incident) and _another_past(recalled, period, incident):
        return None
    if not long_before(recalled, incident) or long_before(period, incident):
        return carried
    return None


def _another_past(recalled: Period | None, period: Period | None, incident: Period | None) -> bool:
    """The place was carried from a sentence of a time begun before the report's incident,
    and the figure's time lies apart from that one."""
    if recalled is None or period is None or incident is None:
        return False
    if recalled.start >= incident.start:
        return False
    return period.end < recalled.start or period.start > recalled.end


def recalled_victim(
    reading: Reading,
    period: Period | None,
    incident: Period | None,
    *,
    published: dt.date | None,
    harmed: bool,
) -> bool:
    """A victim named without a numeral whom the sentence recalls from an earlier incident,
    for comparison ("parallels with the case of another student, Jane Roe, who was killed by
    police in 1998"): no figure of the report. A recalled incident's numerals ("a quake that
    killed 900") stay claims of their own event; a name counts one only as news. Told by the
    recall the claim's flag reads, or by a whole year of its own before the report's, after
    the report counted its own casualties (``harmed``): a follow-up's victim of years back,
    told first, is its incident's ("sentenced for the murder of Jane Roe, killed in 2029").
    A month (alone, or before the report's incident day) is no recall by itself:
    a follow-up tells its own incident by its month ("cleared in the July killing of X"), and
    a report tallying the cases of the past months counts each victim it names."""
    anchor = reading.anchor
    if not harmed or anchor is None or not reading.rule.startswith(UNNUMBERED_RULES):
        return False
    return recalled_in_words(anchor) or _a_past_year(period, published)


def _a_past_year(period: Period | None, published: dt.date | None) -> bool:
    """A whole year (or more) before the publication's (any, when the date is unknown): news
    tells its own victim's death by the day."""
    if period is None or (period.end - period.start).days < DAYS_IN_A_YEAR - 1:
        return False
    return published is None or period.end.year < published.year
