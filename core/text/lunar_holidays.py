"""Islamic holidays and months as news dates incidents by ("on Eid-ul-Fitr", "during Ramadan",
"on the eve of Eid", "10th Muharram", "Ashura 2019"): days on the Umm al-Qura calendar
(``hijridate``), the latest on or before the publication date or in the year the text names
(tables in ``core/rules/dates.json``)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from core.rules import load_rules
from core.text.dates import DateSpan, count_number, day_span

# a four-digit year up to this one is a Hijri year ("Muharram 1446"), later ones Gregorian
LAST_HIJRI_YEAR = 1500
_NTH_DAY = {"first": 1, "second": 2, "third": 3}  # "the second day of Eid"
_FESTIVAL_PARTS = ("holidays", "holiday", "festival", "festivities", "days")


@dataclass(frozen=True, slots=True)
class _Tables:
    particles: frozenset[str]
    holidays: dict[str, tuple[int, int, int]]  # name → Hijri month, day, days of the festival
    eves: dict[str, str]
    months: dict[str, int]
    pattern: re.Pattern[str]


@functools.cache
def _tables() -> _Tables:
    rules = load_rules("dates")
    holidays = {k: (v[0], v[1], v[2]) for k, v in rules["islamic_holidays"].items()}
    eves: dict[str, str] = rules["islamic_eves"]
    months: dict[str, int] = rules["islamic_months"]
    names = sorted({*holidays, *eves, *months, "eid"}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    pattern = re.compile(
        r"(?:(?:on|during|in|of) )?"
        r"(?:(?P<shift>(?:a |one |two |three |\d+ )?days?) (?P<side>after|before) )?"
        r"(?:(?P<eve>eve) (?:of )?)?"
        r"(?:(?:dom )?(?P<nth>first|second|third|\d{1,2}) (?:day (?:of )?)?(?:of )?)?"
        r"(?:holy (?:month |festival )?(?:of )?|month (?:of )?)?"
        rf"(?P<name>{alternation})(?: (?P<year>\d{{4}}))?"
        r"(?: (?P<part>day|prayers?|morning|afternoon|evening|night|"
        + "|".join(_FESTIVAL_PARTS)
        + r"))?"
    )
    return _Tables(frozenset(rules["islamic_particles"]), holidays, eves, months, pattern)


def first_words() -> frozenset[str]:
    """The words an Islamic holiday's or month's name can start with, as written ("eid",
    "youm", "ramzan", "chand"), and "eve" ("the eve of Eid")."""
    tables = _tables()
    names = (*tables.holidays, *tables.eves, *tables.months)
    return frozenset({name.split()[0] for name in names} | {"eid", "eve"})


# a day any Islamic holiday's name resolves against, to tell a name from other words
_ANY_DAY = dt.date(2000, 12, 31)


def a_lunar_name(text: str) -> bool:
    """ "Eid-ul-Azha", "Ramzan", "the eve of Eid": a name of the Islamic calendar."""
    return lunar_holiday(text, _ANY_DAY, None) is not None


def _words(text: str) -> str:
    """Lower case, hyphens and apostrophes as spaces, no joining particles: "eid-ul-azha" →
    "eid azha", "youm-e-ashur" → "youm ashur", "eidul fitr" kept as written."""
    words = re.sub(r"[-'\u2019]", " ", text.lower()).split()
    particles = _tables().particles
    return " ".join(w for w in words if w not in particles)


def lunar_holiday(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """The day, festival or month an Islamic holiday's or month's name denotes, None for any
    other text or when neither a year nor a publication date places it."""
    if not re.search(r"[a-z]", text):
        return None
    tables = _tables()
    m = tables.pattern.fullmatch(_words(text))
    if m is None:
        return None
    written = int(m["year"]) if m["year"] else None
    try:
        span = _span(m, tables, written, published, year)
    except (OverflowError, ValueError):  # outside hijridate's table (1924-2077)
        return None
    if span is None or not m["shift"]:
        return span
    word = m["shift"].split()[0] if " " in m["shift"] else "a"
    count = int(word) if word.isdigit() else count_number(word) or 1
    day = span.start + dt.timedelta(days=count if m["side"] == "after" else -count)
    return day_span(day, explicit_year=span.explicit_year)


def _span(
    m: re.Match[str],
    tables: _Tables,
    written: int | None,
    published: dt.date | None,
    year: int | None,
) -> DateSpan | None:
    name = m["name"]
    if name in tables.months:
        if m["eve"] or m["part"]:
            return None
        day = (_NTH_DAY.get(m["nth"]) or int(m["nth"])) if m["nth"] else None
        return _month(tables.months[name], day, written, published, year)
    if m["nth"] and not m["nth"].isalpha():
        return None  # "10 eid" is no date
    if name == "eid":
        fitr, adha = tables.holidays["eid fitr"], tables.holidays["eid adha"]
        found = [_holiday(h, m, written, published, year) for h in (fitr, adha)]
        spans = [s for s in found if s is not None]
        if published is not None:
            spans = [s for s in spans if s.start <= published] or spans
            return max(spans, key=lambda s: s.start, default=None)
        return spans[0] if len(spans) == 1 else None  # two Eids in the year: which?
    if name in tables.eves:
        eve = _holiday(tables.holidays[tables.eves[name]], m, written, published, year)
        return None if eve is None else day_span(eve.start - dt.timedelta(days=1))
    return _holiday(tables.holidays[name], m, written, published, year)


def _holiday(
    holiday: tuple[int, int, int],
    m: re.Match[str],
    written: int | None,
    published: dt.date | None,
    year: int | None,
) -> DateSpan | None:
    month, day, length = holiday
    if m["nth"]:
        day += _NTH_DAY[m["nth"]] - 1
    start = _latest(lambda hy: _gregorian(hy, month, day), written, published, year)
    if start is None:
        return None
    explicit = written is not None
    if m["eve"]:
        return day_span(start - dt.timedelta(days=1), explicit_year=explicit)
    if m["part"] in _FESTIVAL_PARTS and length > 1:
        return DateSpan(start, start + dt.timedelta(days=length - 1), "span", explicit)
    return day_span(start, explicit_year=explicit)


def _month(
    month: int, day: int | None, written: int | None, published: dt.date | None, year: int | None
) -> DateSpan | None:
    start = _latest(lambda hy: _gregorian(hy, month, day or 1), written, published, year)
    if start is None:
        return None
    explicit = written is not None
    if day is not None:
        return day_span(start, explicit_year=explicit)
    hijri = Gregorian.fromdate(start).to_hijri()
    end = start + dt.timedelta(days=hijri.month_length() - 1)
    return DateSpan(start, end, "month", explicit)


def _gregorian(hijri_year: int, month: int, day: int) -> dt.date:
    g = Hijri(hijri_year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _latest(
    on: Callable[[int], dt.date],
    written: int | None,
    published: dt.date | None,
    year: int | None,
) -> dt.date | None:
    """The day in the Hijri year written ("1446"), else the one in the Gregorian year written
    or given (the latest on or before the publication date when it falls in that year), else
    the latest on or before the publication date."""
    if written is not None and written <= LAST_HIJRI_YEAR:
        return on(written)
    target = written if written is not None else year
    if target is not None:
        first = Gregorian(target, 1, 1).to_hijri().year
        days = [d for d in (on(first), on(first + 1)) if d.year == target]
        if published is not None and published.year == target:
            days = [d for d in days if d <= published] or days
        return days[-1] if days else None
    if published is None:
        return None
    hy = Gregorian(published.year, published.month, published.day).to_hijri().year
    day = on(hy)
    return day if day <= published else on(hy - 1)
