"""The month and weekday words of ``rules/dates.json`` as regex alternations, and a date that
ends a line: one home for what ``core.text.dates`` and ``core.ingest.outlets`` both match."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from core.rules import load_rules


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def month_alternation() -> str:
    """Every month word of dates.json ("september", "sept", "sep"...), longest first."""
    return alternation(load_rules("dates")["months"])


@cache
def weekday_alternation() -> str:
    """Every weekday word of dates.json ("tuesday", "tues", "tue"...), longest first."""
    return alternation(load_rules("dates")["weekdays"])


@cache
def date_tail() -> re.Pattern[str]:
    """A date ending a line, with its weekday and time if any: "Tuesday, 6 May 2031",
    "May 6, 2031 10:42 am", "2031-05-06", "06/05/2031"."""
    month, weekday = month_alternation(), weekday_alternation()
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d{2}"
    return re.compile(
        rf"(?<!\w)(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?:{month})\.?\s+{day}(?:,?\s+{year})?|{day}\s+(?:of\s+)?(?:{month})\.?(?:,?\s+{year})?"
        rf"|{year}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]{year})"
        r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
        re.IGNORECASE,
    )


@cache
def dateline_day(*, named: bool = False) -> str:
    """A day as a dateline writes it after its town, the year written or not, in any case:
    "Nov 25", "Nov. 25, 2031", "November 25th", "25 November", "4 May 2031". ``named`` gives
    the groups ``mon``, ``d``, ``y`` (month first) and ``d2``, ``mon2``, ``y2`` (day first):
    one pattern for the dateline's place (``core.text.datelines``) and its date
    (``core.text.publication_dates``)."""
    month, gap = month_alternation(), r"[^\S\n]+"  # spaces, never a line break

    def group(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    day = r"\d{1,2}"
    year = r"(?:19|20)\d{2}"
    first = (
        rf"{group('mon', month)}\.?{gap}{group('d', day)}(?:st|nd|rd|th)?"
        rf"(?:,?{gap}{group('y', year)})?"
    )
    second = (
        rf"{group('d2', day)}(?:st|nd|rd|th)?{gap}{group('mon2', month)}\.?"
        rf"(?:,?{gap}{group('y2', year)})?"
    )
    return rf"(?i:{first}|{second})(?![\w])"
