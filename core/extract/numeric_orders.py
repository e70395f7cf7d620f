"""The order of a numeric date whose two first numbers could each be the month ("on 12/11/2031",
"on 5.11.2031"): news writes day first in most of the world, month first in the United States.
A slashed date is read day first in a report whose dateline and places point to a day-first
country (``rules/dates.json``), or whose dateline town lies, whichever of its namesakes it is,
in day-first countries only, month first elsewhere and when the country is unknown; a dot
already reads day first. A date a past deed took place on ("were killed on 5.11.2031") whose
reading falls after the report's day, while the other reading does not, takes the other. The
numbers of such a date are no figure (``in_numeric_date``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text.dates import Period, safe_date
from core.text.report_countries import namesake_countries, report_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
_PAST_TAGS = frozenset({"VBD", "VBN"})
_DATE_REACH = 6  # a figure's numbers lie at most this far past the start of their date
# the same in running text, where a full stop may close the sentence right after the year
_NUMERIC_IN_TEXT = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\d/-]|\.\d)")


def in_numeric_date(span: Span, text: str, offset: int) -> bool:
    """The figure's numbers lie within a date of three numbers and a four-digit year: the
    tokenizer splits a dashed one ("01-03-2031") into numbers a range ("01-03") or a count
    ("05") could be read from. ``text`` is the document's, ``offset`` the chunk's."""
    start, end = offset + span.start_char, offset + span.end_char
    return any(
        m.start() <= start and end <= m.end()
        for m in _NUMERIC_IN_TEXT.finditer(text, max(0, start - _DATE_REACH), end + _DATE_REACH + 4)
    )


def in_reports_order(ent: Span, period: Period, published: dt.date | None) -> Period:
    """The period of a numeric date entity read in the report's order, and moved to its other
    reading when the first falls after the day of a report telling a past deed."""
    m = _NUMERIC.search(ent.text)
    if m is None or period.start != period.end:
        return period
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if first > 12 or second > 12 or first == second:
        return period
    month_first, day_first = safe_date(year, first, second), safe_date(year, second, first)
    as_read = day_first if m[2] == "." else month_first
    if month_first is None or day_first is None or period.start != as_read:
        return period  # not the period this date gave
    chosen = day_first if m[2] != "." and _day_first_report() else as_read
    other = month_first if chosen == day_first else day_first
    if published is not None and chosen > published >= other and _past_deed(ent.root):
        chosen = other
    return period if chosen == as_read else Period(start=chosen, end=chosen, text=period.text)


def _day_first_report() -> bool:
    """The report's country (``report_country``) writes day first, or, when none is settled,
    every country its dateline town may lie in does ("HYDERABAD:", India's or Pakistan's)."""
    day_first = word_set("dates", "day_first_countries")
    country = report_country()
    if country is not None:
        return country in day_first
    shared = namesake_countries()
    return bool(shared) and shared <= day_first


def _past_deed(date: Token) -> bool:
    """The date hangs on a verb in the past ("were killed on ...", "arrested on ..."), as its
    day, not as a bound ("jailed until ...", "adjourned till ...")."""
    if date.dep_ == "pobj" and date.head.lower_ in word_set("dates", "bound_prepositions"):
        return False
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in _PAST_TAGS
