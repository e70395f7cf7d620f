"""Time expressions → date periods, resolved against the article's publication date.

Two entry points:

* :func:`resolve_period` reads one time expression ("so far this year", "on Sunday",
  "until November", "the past two years") and returns the inclusive period it denotes, read the
  way a fact-checker reads a news report: relative expressions point back from the publication
  date, never from today. Anything vague ("in recent years", "for decades") gives ``None``.
* :func:`find_publication_date` finds the article's own date in the headline/byline region of
  plain text with page furniture.

A small hand-written grammar over word tables in ``rules/dates.json``: deterministic, no clock,
and cached because the extractor calls it once per figure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from core.rules import load_rules

__all__ = [
    "Period",
    "PublicationDate",
    "find_publication_date",
    "latest_full_date",
    "resolve_period",
]

Unit = Literal["day", "week", "month", "quarter", "half", "year", "decade", "span"]


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range; ``text`` is the expression as given."""

    start: dt.date
    end: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """The article's own date, the span ``[start, end)`` it was read from, and why."""

    date: dt.date
    start: int
    end: int
    evidence: str


# ---------------------------------------------------------------------------------------------
# Word tables


def _load_rules() -> dict[str, Any]:
    data: dict[str, Any] = load_rules("dates")
    return data


_RULES = _load_rules()
MONTHS: dict[str, int] = _RULES["months"]
WEEKDAYS: dict[str, int] = _RULES["weekdays"]
_CARDINALS: dict[str, int] = _RULES["cardinals"]
_ORDINALS: dict[str, int] = _RULES["ordinals"]
_UNITS: dict[str, str] = _RULES["units"]


def _alt(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = rf"(?P<mon>{_alt(MONTHS)})"
_MON2 = rf"(?P<mon2>{_alt(MONTHS)})"
_WD = _alt(WEEKDAYS)
_CARD = _alt(_CARDINALS)
_UNIT = _alt(_UNITS)
_FILLERS = re.compile(rf"^(?:{_alt(_RULES['fillers'])})\b\s*")
_TRAILING = re.compile(r"\s*\b(?:so far|thus far|to date|until now|till now|up to now|alone|only)$")
_SINCE = re.compile(rf"^(?:{_alt(_RULES['since_words'])})\b\s*")
_UNTIL = re.compile(rf"^(?:{_alt(_RULES['until_words'])})\b\s*")
_PARTS_OF_DAY = re.compile(rf"\b(?:{_alt(_RULES['parts_of_day'])})\b")

# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _expand_year(two_digits: int, published: dt.date | None) -> int:
    """ "24" → 2024, "99" → 1999: the century that keeps the year nearest the reference."""
    base = (published.year if published else 2000) // 100 * 100
    year = base + two_digits
    return year - 100 if published and year > published.year + 10 else year


@dataclass(frozen=True, slots=True)
class _Span:
    start: dt.date
    end: dt.date
    unit: Unit
    explicit_year: bool  # the text names the year, so context must not move it


# ---------------------------------------------------------------------------------------------
# Normalisation


_ORDINAL_WORDS = rf"(?:(?:twenty|thirty) )?(?:{_alt(_ORDINALS)})"


def _normalise(expr: str) -> str:
    """Lower case, plain dashes and quotes, no abbreviation dots, no "the", "dom N" for a bare
    day of the month ("the 27th", "Friday the 22nd")."""
    text = expr.lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019\u02bc`]", "'", text)
    text = text.replace("w/c ", "week commencing ")
    text = re.sub(r"\b([a-z]+)-([a-z]+)\b", _hyphen_words, text)
    text = re.sub(r"\b([a-z]{2,9})\.(?=\s|$|,|-|\d)", r"\1", text)  # "jan." "sept." "wed."
    text = re.sub(r"(?<=\d)\.(?= [a-z])", "", text)  # "16. nov 2016"
    text = re.sub(rf"(\d{{4}})[-/]({_alt(MONTHS)})[-/](\d{{1,2}})\b", r"\3 \2 \1", text)
    text = re.sub(rf"\b({_alt(MONTHS)})[-/.]?(?=\d{{1,2}}\b)", r"\1 ", text)  # "oct-2"
    text = re.sub(rf"(?<=\d)(?=(?:{_UNIT})\b)", " ", text)  # "3year"
    text = re.sub(r"\bmid-(?=[a-z0-9'])", "mid ", text)
    text = re.sub(r"[,;()\"]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .:!?'")
    text = re.sub(
        rf"\bthe (\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?! ?(?:[a-z]*s\b|-|/|\.|'|\d)| (?:of )?(?:{_alt(MONTHS)})\b)",
        r"dom \1",
        text,
    )
    text = re.sub(rf"\b(?:{_WD}) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?$", r"dom \1", text)
    text = re.sub(
        rf"\b(?:(?:{_WD}) )?the ({_ORDINAL_WORDS}|(?:{_CARD})(?: (?:{_CARD}))?)$", _dom_words, text
    )
    text = re.sub(
        r"^(\d{1,2})(?:st|nd|rd|th)(?= of (?:this|last|next|previous) month|$)", r"dom \1", text
    )
    text = re.sub(rf"^(?:{_WD}) (?=dom )", "", text)
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)
    text = re.sub(r"\bthe\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _dom_words(match: re.Match[str]) -> str:
    """ "the twenty second" → "dom 22"; unchanged when the words are no day number."""
    words = match.group(1)
    day = _ordinal_words(words) or _number(words)
    return f"dom {day}" if day and 1 <= day <= 31 else match.group(0)


def _hyphen_words(match: re.Match[str]) -> str:
    """ "twenty-four" → "twenty four"; "2023-24" and "11-09" keep their hyphen."""
    left, right = match.group(1), match.group(2)
    if left.isalpha() and right.isalpha():
        return f"{left} {right}"
    return match.group(0)


def _number(text: str) -> int | None:
    """ "24", "two", "twenty four", "a couple of" → int; anything else → None."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in _CARDINALS:
        return _CARDINALS[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in _CARDINALS and parts[1] in _CARDINALS:
        tens, ones = _CARDINALS[parts[0]], _CARDINALS[parts[1]]
        if tens % 10 == 0 and tens >= 20 and ones < 10:
            return tens + ones
    return None


_NUM = rf"(?P<n>\d+|(?:{_CARD})(?: (?:{_CARD}))?)"

# ---------------------------------------------------------------------------------------------
# Atoms: one expression, no since/until/range


def _most_recent_month(month: int, published: dt.date | None, year: int | None) -> int | None:
    if year is not None:
        return year
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _most_recent_day(
    month: int, day: int, published: dt.date | None, year: int | None
) -> dt.date | None:
    if year is not None:
        return _safe_date(year, month, day)
    if published is None:
        return None
    for candidate_year in (published.year, published.year - 1):
        date = _safe_date(candidate_year, month, day)
        if date is not None and date <= published:
            return date
    # 29 February: step back to the last leap year
    for candidate_year in range(published.year - 2, published.year - 8, -1):
        date = _safe_date(candidate_year, month, day)
        if date is not None:
            return date
    return None


def _day(date: dt.date | None, *, explicit_year: bool = False) -> _Span | None:
    return None if date is None else _Span(date, date, "day", explicit_year)


def _month(year: int | None, month: int, *, explicit_year: bool) -> _Span | None:
    if year is None:
        return None
    return _Span(dt.date(year, month, 1), _month_end(year, month), "month", explicit_year)


def _year(year: int, *, explicit_year: bool = True) -> _Span:
    return _Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", explicit_year)


def _week(monday: dt.date) -> _Span:
    return _Span(monday, monday + dt.timedelta(days=6), "week", False)


def _year_of(word: str, published: dt.date | None, year: int | None) -> tuple[int, bool] | None:
    """The year named by a trailing "2024" / "this year" / "last year" / nothing."""
    word = word.strip()
    if not word:
        return (year, False) if year is not None else None
    if re.fullmatch(r"\d{4}", word):
        return int(word), True
    if re.fullmatch(r"'?\d{2}", word):
        return _expand_year(int(word.strip("'")), published), True
    if published is None:
        return None
    offsets = {
        "this year": 0,
        "current year": 0,
        "last year": -1,
        "previous year": -1,
        "next year": 1,
    }
    if word in offsets:
        return published.year + offsets[word], True
    return None


def _numeric_date(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t[\d:.]+z?)?", text):
        return _day(_safe_date(int(m[1]), int(m[2]), int(m[3])), explicit_year=True)
    if m := re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})", text):
        first, second = int(m[1]), int(m[3])
        full_year = int(m[4]) if len(m[4]) == 4 else _expand_year(int(m[4]), published)
        # dotted dates are a European day-first convention; otherwise month-first unless > 12
        day_first = m[2] == "." or first > 12
        day, month = (first, second) if day_first else (second, first)
        return _day(_safe_date(full_year, month, day), explicit_year=True)
    if m := re.fullmatch(r"(\d{4}) ?[-/.] ?(\d{1,2})|(\d{1,2}) ?[-/] ?(\d{4})", text):
        full_year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= month <= 12:
            return _month(full_year, month, explicit_year=True)
        return None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2}) (\d{4}|\d{2})", text):
        return _numeric_date(f"{m[1]}/{m[2]}/{m[3]}", published, year)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", text):
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if first > 12 else (second, first)
        if 1 <= month <= 12:
            return _day(_most_recent_day(month, day, published, year))
    return None


def _day_month(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "april 22", "22 april 2024", "monday jan 30 2023", "the second of august"."""
    text = re.sub(rf"^(?:{_WD}) ", "", text)
    day_words = rf"\d{{1,2}}|(?:{_CARD})(?: (?:{_CARD}))?"
    patterns = (
        rf"{_MON} ?(?P<d>{day_words})(?: (?P<y>\d{{4}}|'\d{{2}}|this year|last year|next year))?",
        rf"(?P<d>\d{{1,2}}) (?:of )?{_MON}(?: (?P<y>\d{{4}}|'\d{{2}}|this year|last year))?",
        rf"(?P<dw>{_alt(_ORDINALS)}|(?:twenty|thirty) (?:{_alt(_ORDINALS)})) (?:of )?{_MON}"
        rf"(?: (?P<y>\d{{4}}))?",
        rf"{_MON} (?:the )?(?P<dw>{_alt(_ORDINALS)}|(?:twenty|thirty) (?:{_alt(_ORDINALS)}))"
        rf"(?: (?P<y>\d{{4}}))?",
    )
    for pattern in patterns:
        m = re.fullmatch(pattern, text)
        if m is None:
            continue
        month = MONTHS[m["mon"]]
        day = _number(m["d"]) if m.groupdict().get("d") else _ordinal_words(m["dw"])
        if day is None or not 1 <= day <= 31:
            return None
        named = _year_of(m["y"] or "", published, None) if m["y"] else None
        if named is not None:
            return _day(_safe_date(named[0], month, day), explicit_year=True)
        return _day(_most_recent_day(month, day, published, year))
    return None


def _ordinal_words(text: str) -> int | None:
    parts = text.split()
    if len(parts) == 1:
        return _ORDINALS.get(parts[0])
    tens = _CARDINALS.get(parts[0], 0)
    ones = _ORDINALS.get(parts[1], 0)
    return tens + ones if tens and 0 < ones < 10 else None


def _month_year(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "november", "march 2024", "2024 march", "june of 2023", "last june", "this september"."""
    if m := re.fullmatch(rf"(?:(?P<rel>last|this|next|past|previous) )?{_MON}", text):
        month = MONTHS[m["mon"]]
        rel = m["rel"]
        if rel is None:
            return _month(_most_recent_month(month, published, year), month, explicit_year=False)
        if published is None:
            return None
        if rel == "this":
            return _month(published.year, month, explicit_year=False)
        if rel == "next":
            target = published.year if month > published.month else published.year + 1
            return _month(target, month, explicit_year=False)
        # "last june" written in June means the June before
        target = published.year if month < published.month else published.year - 1
        return _month(target, month, explicit_year=False)
    m = re.fullmatch(rf"{_MON} (?:of )?(?P<y>.+)", text) or re.fullmatch(
        rf"(?P<y>\d{{4}}) {_MON}", text
    )
    if m:
        named = _year_of(m["y"], published, None)
        if named is not None:
            return _month(named[0], MONTHS[m["mon"]], explicit_year=True)
    return None


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def _quarter_half(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "the first half of 2024", "q3 this year", "2016 h2", "the third quarter"."""
    m = (
        re.fullmatch(r"(?:(?P<y1>.+?) )?(?P<kind>q|h)(?P<n>[1-4])(?: (?P<y2>.+))?", text)
        or re.fullmatch(r"(?P<y1>\d{4}) ?(?P<kind>q|h)(?P<n>[1-4])", text)
        or re.fullmatch(
            r"(?:(?P<y1>\d{4}) )?(?P<word>first|second|third|fourth|last|final) "
            r"(?P<kind>quarter|half)(?: (?:of )?(?P<y2>.+))?",
            text,
        )
    )
    if m is None:
        return None
    groups = m.groupdict()
    kind = "quarter" if groups["kind"] in ("q", "quarter") else "half"
    number = int(groups["n"]) if groups.get("n") else _QUARTER_WORDS[groups["word"]]
    if kind == "half":
        number = 2 if groups.get("word") in ("last", "final") else number
        if number > 2:
            return None
    months = 3 if kind == "quarter" else 6
    first_month = (number - 1) * months + 1
    year_text = groups.get("y1") or groups.get("y2") or ""
    if kind == "half" and groups.get("y2"):
        # "the first half of March": a month cut at the 15th.
        month = _month_year(groups["y2"], published, year)
        if month is not None and (month.start.year, month.start.month) == (
            month.end.year,
            month.end.month,
        ):
            if number == 1:
                return _Span(month.start, month.start.replace(day=15), "half", month.explicit_year)
            return _Span(month.start.replace(day=16), month.end, "half", month.explicit_year)
    if year_text == "year" and published is not None:
        year_text = str(year or published.year)  # "the first half of the year"
    named = _year_of(year_text, published, year)
    if named is None:
        if year_text or published is None:
            return None
        # no year: the most recent such quarter that had begun by publication
        target = published.year if first_month <= published.month else published.year - 1
        named = (target, False)
    start = dt.date(named[0], first_month, 1)
    end = _month_end(named[0], first_month + months - 1)
    return _Span(start, end, "quarter" if kind == "quarter" else "half", named[1])


def _months_of(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "the first six months of 2024", "the last three months of the year"."""
    m = re.fullmatch(rf"(?P<side>first|last|final) {_NUM} months (?:of|in) (?P<y>.+)", text)
    if m is None:
        return None
    count = _number(m["n"])
    y_text = str(year or published.year) if m["y"] == "year" and published else m["y"]
    named = _year_of(y_text, published, None)
    if count is None or not 1 <= count <= 12 or named is None:
        return None
    if m["side"] == "first":
        start, end = dt.date(named[0], 1, 1), _month_end(named[0], count)
    else:
        start, end = dt.date(named[0], 13 - count, 1), dt.date(named[0], 12, 31)
    return _Span(start, end, "span", named[1])


def _deictic(text: str, published: dt.date) -> _Span | None:
    """Words that point from the publication date: "yesterday", "last week", "this year"."""
    days = {
        "today": 0,
        "tonight": 0,
        "now": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "last evening": -1,
        "day before yesterday": -2,
        "tomorrow": 1,
        "tmrw": 1,
        "day after tomorrow": 2,
        "day after tmrw": 2,
    }
    if text in days:
        return _day(published + dt.timedelta(days=days[text]))
    m = re.fullmatch(
        r"(?P<rel>this|current|last|previous|past|next|coming|upcoming) (?P<unit>\w+)", text
    )
    if m is None:
        return None
    rel, unit = m["rel"], m["unit"]
    step = _REL_STEP[rel]
    if unit == "week":
        if rel == "past":
            return _Span(published - dt.timedelta(days=7), published, "span", False)
        monday = _monday(published) + dt.timedelta(weeks=step)
        span = _week(monday)
        return _Span(span.start, published, "week", False) if step == 0 else span
    if unit == "month":
        if rel == "past":
            return _Span(_add_months(published, -1), published, "span", False)
        first = _add_months(published.replace(day=1), step)
        end = published if step == 0 else _month_end(first.year, first.month)
        return _Span(first, end, "month", False)
    if unit == "year":
        if rel == "past":
            return _Span(_add_months(published, -12), published, "span", False)
        target = published.year + step
        end = published if step == 0 else dt.date(target, 12, 31)
        return _Span(dt.date(target, 1, 1), end, "year", False)
    if unit == "decade" and rel == "past":
        return _Span(_add_months(published, -120), published, "span", False)
    if unit == "decade" and step == 0:
        return _Span(dt.date(published.year // 10 * 10, 1, 1), published, "decade", False)
    if unit in ("day", "24 hours") and rel in ("past", "last"):
        return _Span(published - dt.timedelta(days=1), published, "span", False)
    return None


def _weekday(text: str, published: dt.date) -> _Span | None:
    """ "sunday" (most recent, same day counts), "last friday", "this friday", "next sunday"."""
    m = re.fullmatch(rf"(?:(?P<rel>last|this|next|past|previous) )?(?P<wd>{_WD})", text)
    if m is None:
        return None
    weekday = WEEKDAYS[m["wd"]]
    rel = m["rel"]
    back = (published.weekday() - weekday) % 7
    if rel is None:
        return _day(published - dt.timedelta(days=back))
    if rel in ("last", "past", "previous"):
        return _day(published - dt.timedelta(days=back or 7))
    monday = _monday(published) + dt.timedelta(weeks=0 if rel == "this" else 1)
    return _day(monday + dt.timedelta(days=weekday))


def _weekend(text: str, published: dt.date) -> _Span | None:
    m = re.fullmatch(r"(?:(?P<rel>this|last|past|previous|next) )?weekend", text)
    if m is None:
        return None
    # the Saturday on or before publication: a Monday article's weekend is the two days before
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if m["rel"] in ("last", "previous") and published.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    elif m["rel"] == "next":
        saturday += dt.timedelta(weeks=1)
    return _Span(saturday, saturday + dt.timedelta(days=1), "week", False)


def _amount(count: int, unit: str) -> tuple[int, int]:
    """(months, days) for "count units"."""
    if unit == "hour":
        return 0, -(-count // 24)
    if unit == "day":
        return 0, count
    if unit == "week":
        return 0, 7 * count
    if unit == "fortnight":
        return 0, 14 * count
    if unit == "month":
        return count, 0
    if unit == "year":
        return 12 * count, 0
    return 120 * count, 0  # decade


def _back(published: dt.date, count: int, unit: str) -> dt.date:
    months, days = _amount(count, unit)
    return _add_months(published, -months) - dt.timedelta(days=days)


def _spans(text: str, published: dt.date) -> _Span | None:
    """ "the past two years", "last 24 hours" (span up to publication); "five months ago"."""
    if m := re.fullmatch(rf"(?:past|last|previous|preceding) (?:{_NUM} )?(?P<unit>{_UNIT})", text):
        count = 1 if m["n"] is None else _number(m["n"])
        unit = _UNITS[m["unit"]]
        if count is None or count < 1:
            return None
        if m["n"] is None and m["unit"].endswith("s"):
            return None  # "the past years" is vague
        if m["n"] is None and text.startswith(("previous", "preceding")):
            return None  # "the previous day" counts back from the event, not the article
        return _Span(_back(published, count, unit), published, "span", False)
    if m := re.fullmatch(rf"(?:next|coming|upcoming) {_NUM} (?P<unit>{_UNIT})", text):
        count = _number(m["n"])
        if count is None or count < 1:
            return None
        months, days = _amount(count, _UNITS[m["unit"]])
        end = _add_months(published, months) + dt.timedelta(days=days)
        return _Span(published + dt.timedelta(days=1), end, "span", False)
    if m := re.fullmatch(
        rf"{_NUM} (?P<unit>{_UNIT}) (?P<dir>before|after|from) "
        r"(?P<base>today|now|yesterday|tomorrow)",
        text,
    ):
        count = _number(m["n"])
        if count is None:
            return None
        base = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["base"], 0))
        months, days = _amount(count, _UNITS[m["unit"]])
        sign = -1 if m["dir"] == "before" else 1
        return _day(_add_months(base, sign * months) + dt.timedelta(days=sign * days))
    pair = rf"{_NUM.replace('?P<n>', '')} (?:{_UNIT})"
    if re.fullmatch(rf"{pair}(?:(?: and)? {pair})+ ago", text):
        # "1 month and 21 days ago": the exact day
        then = published
        for part in re.finditer(
            rf"(?P<n>\d+|(?:{_CARD})(?: (?:{_CARD}))?) (?P<unit>{_UNIT})", text
        ):
            count = _number(part["n"])
            if count is None:
                return None
            months, days = _amount(count, _UNITS[part["unit"]])
            then = _add_months(then, -months) - dt.timedelta(days=days)
        return _day(then)
    if m := re.fullmatch(rf"{_NUM} (?P<unit>{_UNIT}) (?:ago|earlier|before)", text):
        count = _number(m["n"])
        if count is None:
            return None
        unit = _UNITS[m["unit"]]
        then = _back(published, count, unit)
        if unit in ("hour", "day"):
            return _day(then)
        if unit in ("week", "fortnight"):
            return _week(_monday(then))
        if unit == "month":
            return _month(then.year, then.month, explicit_year=False)
        if unit == "year":
            return _year(then.year, explicit_year=False)
    return None


def _earlier_later(text: str, published: dt.date) -> _Span | None:
    """ "earlier this month" → month start → publication; "later this year" → the rest."""
    m = re.fullmatch(
        r"(?P<side>earlier|later) (?:this|in|this past) (?P<unit>week|month|year)", text
    )
    if m is None:
        return None
    if m["unit"] == "week":
        first, last = _monday(published), _monday(published) + dt.timedelta(days=6)
    elif m["unit"] == "month":
        first, last = published.replace(day=1), _month_end(published.year, published.month)
    else:
        first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    if m["side"] == "earlier":
        return _Span(first, published, "span", False)
    return _Span(published, last, "span", False)


# "last week", "this month", "next year": how many units from the publication date's own.
_REL_STEP = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
}
_NTH = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "last": -1,
    "final": -1,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}


def _week_day(text: str, published: dt.date) -> _Span | None:
    """ "last week sunday", "friday next week", "on sunday of next week"."""
    rels = "|".join(_REL_STEP)
    m = re.fullmatch(
        rf"(?P<rel>{rels}) week (?:on )?(?P<wd>{_WD})|(?:on )?(?P<wd2>{_WD}) (?:of )?"
        rf"(?P<rel2>{rels}) week",
        text,
    )
    if m is None:
        return None
    monday = _monday(published) + dt.timedelta(weeks=_REL_STEP[m["rel"] or m["rel2"]])
    return _day(monday + dt.timedelta(days=WEEKDAYS[m["wd"] or m["wd2"]]))


def _day_of_month(text: str, published: dt.date) -> _Span | None:
    """ "dom 27" (the most recent 27th), "dom 20 of next month"."""
    m = re.fullmatch(
        r"dom (?P<d>\d{1,2})(?: (?:of|in) (?P<rel>this|last|next|previous) month)?"
        r"|(?:dom )?(?P<d2>\d{1,2}) (?:of |in )?(?P<rel2>this|last|next|previous) month",
        text,
    )
    if m is None:
        return None
    day = int(m["d"] or m["d2"])
    if m["rel"] or m["rel2"]:
        first = _add_months(published.replace(day=1), _REL_STEP[m["rel"] or m["rel2"]])
        return _day(_safe_date(first.year, first.month, day))
    for back in range(4):
        first = _add_months(published.replace(day=1), -back)
        date = _safe_date(first.year, first.month, day)
        if date is not None and date <= published:
            return _day(date)
    return None


def _nth_weekday(text: str, published: dt.date, year: int | None) -> _Span | None:
    """ "first friday of july", "second monday of next month", "third tuesday" (this month)."""
    m = re.fullmatch(rf"(?P<n>{_alt(_NTH)}) (?P<wd>{_WD})(?: (?:of|in) (?P<rest>.+))?", text)
    if m is None:
        return None
    container = (
        _single(m["rest"], published, year)
        if m["rest"]
        else _month(published.year, published.month, explicit_year=False)
    )
    if container is None or container.unit != "month":
        return None
    first, weekday, nth = container.start, WEEKDAYS[m["wd"]], _NTH[m["n"]]
    if nth > 0:
        date = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = _month_end(first.year, first.month)
        date = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return _day(date) if date.month == first.month else None


def _week_of(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "third week of october" (weeks counted by their Thursday, as ISO 8601 does), "first week
    of 2015", "week 10", "week of 18th", "week starting february 4", "month of september 16"."""
    if m := re.fullmatch(rf"(?P<n>{_alt(_NTH)}) week (?:of |in )?(?P<rest>.+)", text):
        container = _single(m["rest"], published, year)
        if container is None:
            return None
        nth = _NTH[m["n"]]
        if container.unit == "year" and container.start.month == 1:
            y = container.start.year
            weeks = dt.date(y, 12, 28).isocalendar().week
            number = weeks if nth < 0 else nth
            return _week(dt.date.fromisocalendar(y, number, 1))
        if container.unit != "month":
            return None
        first, last = container.start, _month_end(container.start.year, container.start.month)
        if nth > 0:
            thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
        return _week(_monday(thursday)) if thursday.month == first.month else None
    if m := re.fullmatch(r"week (?P<n>\d{1,2})(?: (?:of )?(?P<y>\d{4}))?", text):
        iso_year = int(m["y"]) if m["y"] else year or (published.year if published else None)
        if iso_year is None or not 1 <= int(m["n"]) <= dt.date(iso_year, 12, 28).isocalendar()[1]:
            return None
        return _week(dt.date.fromisocalendar(iso_year, int(m["n"]), 1))
    if m := re.fullmatch(
        r"(?P<unit>week|month) (?P<how>of|commencing|starting|beginning)"
        r"(?: on| from)? (?P<rest>.+)",
        text,
    ):
        day = _single(m["rest"], published, year)
        if day is None or day.unit != "day":
            return None
        if m["unit"] == "month":
            return _month(day.start.year, day.start.month, explicit_year=day.explicit_year)
        if m["how"] == "of":
            return _week(_monday(day.start))
        return _Span(day.start, day.start + dt.timedelta(days=6), "week", day.explicit_year)
    return None


def _rest_of(text: str, published: dt.date) -> _Span | None:
    m = re.fullmatch(r"rest (?:of )?(?:this |current |my )?(?P<unit>week|month|year)", text)
    if m is None:
        return None
    if m["unit"] == "week":
        return _Span(published, _monday(published) + dt.timedelta(days=6), "span", False)
    if m["unit"] == "month":
        return _Span(published, _month_end(published.year, published.month), "span", False)
    return _Span(published, dt.date(published.year, 12, 31), "span", False)


def _century(text: str) -> _Span | None:
    m = re.fullmatch(r"(?P<n>\d{1,2}) century", text)
    if m is None or int(m["n"]) < 1:
        return None
    first = (int(m["n"]) - 1) * 100
    if first < 1:
        return None
    return _Span(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "decade", True)


def _decade(text: str, published: dt.date | None) -> _Span | None:
    m = re.fullmatch(r"(?P<c>\d{2})?'?(?P<d>\d)0'?s", text)
    if m is None:
        return None
    first = int(m["c"] + m["d"] + "0") if m["c"] else _expand_year(int(m["d"]) * 10, published)
    return _Span(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", True)


def _atom(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    if not text:
        return None
    if re.fullmatch(r"(?:year )?\d{4}", text):
        value = int(text[-4:])
        return _year(value) if 1000 <= value <= 2199 else None
    if text == "year":
        # "by the end of the year": the year in context, else the article's own
        target = year if year is not None else (published.year if published else None)
        return None if target is None else _year(target, explicit_year=False)
    for parse in (_numeric_date, _day_month, _month_year, _quarter_half, _months_of):
        span = parse(text, published, year)
        if span is not None:
            return span
    span = _week_of(text, published, year)
    if span is not None:
        return span
    if published is not None:
        for relative in (
            _deictic,
            _weekday,
            _weekend,
            _spans,
            _earlier_later,
            _week_day,
            _day_of_month,
            _rest_of,
        ):
            span = relative(text, published)
            if span is not None:
                return span
        span = _nth_weekday(text, published, year)
        if span is not None:
            return span
    return _decade(text, published) or _century(text)


# ---------------------------------------------------------------------------------------------
# Modifiers, since/until, ranges


_PART = re.compile(
    r"^(?P<mod>early|late|mid|middle of|beginning of|start of|end of|latter part of) "
    r"(?P<rest>.+)$"
)


def _part_of(modifier: str, span: _Span) -> _Span:
    """Sub-periods as Recognizers-Text resolves them: halves for early/late, thirds otherwise."""
    modifier = modifier.removesuffix(" of")
    start, end = span.start, span.end
    if span.unit == "year" and end.month == 12 and end.day == 31 and start.month == 1:
        y = start.year
        bounds = {
            "early": (dt.date(y, 1, 1), dt.date(y, 6, 30)),
            "late": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
            "latter part": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
            "beginning": (dt.date(y, 1, 1), dt.date(y, 4, 30)),
            "start": (dt.date(y, 1, 1), dt.date(y, 4, 30)),
            "end": (dt.date(y, 9, 1), dt.date(y, 12, 31)),
        }
        first, last = bounds.get(modifier, (dt.date(y, 5, 1), dt.date(y, 8, 31)))
        return _Span(first, last, span.unit, span.explicit_year)
    if span.unit == "month" and start.day == 1:
        last_day = calendar.monthrange(start.year, start.month)[1]
        if modifier in ("early", "beginning", "start"):
            days = (1, 15)
        elif modifier in ("late", "end", "latter part"):
            days = (16, last_day)
        else:
            days = (11, 20)
        return _Span(
            start.replace(day=days[0]), start.replace(day=days[1]), span.unit, span.explicit_year
        )
    if span.unit == "week" and (end - start).days == 6:
        offsets = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2)}
        first_off, last_off = offsets.get(
            modifier, (3, 6) if modifier in ("late", "end", "latter part") else (1, 4)
        )
        return _Span(
            start + dt.timedelta(days=first_off),
            start + dt.timedelta(days=last_off),
            span.unit,
            span.explicit_year,
        )
    return span  # "late on Sunday" is still Sunday


def _whole_unit(text: str, published: dt.date | None) -> _Span | None:
    """ "this week/month/year" as the whole calendar unit, for "late this year"."""
    m = re.fullmatch(r"(?:this|current) (?P<unit>week|month|year)", text)
    if m is None or published is None:
        return None
    if m["unit"] == "week":
        return _week(_monday(published))
    if m["unit"] == "month":
        return _month(published.year, published.month, explicit_year=False)
    return _year(published.year, explicit_year=False)


def _strip_fillers(text: str) -> str:
    while True:
        stripped = _FILLERS.sub("", text, count=1)
        stripped = _TRAILING.sub("", stripped)
        if stripped == text:
            return text
        text = stripped


def _strip_parts_of_day(text: str) -> str:
    """ "on the night of may 7" → "may 7"; "sunday morning" → "sunday"; "late on monday"."""
    if not re.search(rf"\b(?:{_WD}|yesterday|today|tonight|\d)", text) and not re.search(
        rf"\b(?:{_alt(MONTHS)}) \d", text
    ):
        return text
    if re.fullmatch(r"(?:early|late|earlier|later) (?:this|last|next|in) \w+", text):
        return text
    stripped = _PARTS_OF_DAY.sub(" ", text)
    stripped = re.sub(r"\b(?:on|of|in|at)\b", " ", stripped)
    return re.sub(r"\s+", " ", stripped).strip()


def _single(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    text = _strip_fillers(text)
    if not text:
        return None
    span = _atom(text, published, year)
    if span is not None:
        return span
    if m := _PART.match(text):
        inner = _whole_unit(m["rest"], published) or _single(m["rest"], published, year)
        if inner is not None:
            return _part_of(m["mod"], inner)
    day_text = _strip_parts_of_day(text)
    if day_text != text:
        inner = _single(day_text, published, year)
        if inner is not None and inner.unit == "day":
            return inner
    return None


_JOINERS = re.compile(r"\s+(?:to|until|till|through|thru|and|-)\s+|(?<=\w)-(?=\w)")


def _range(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "between january and march", "from may 2 to may 9", "november 19-20", "2014-2018"."""
    text = re.sub(r"^(?:between|from)\s+", "", text)
    for m in _JOINERS.finditer(text):
        left, right = text[: m.start()].strip(), text[m.end() :].strip()
        if not left or not right:
            continue
        end = _single(right, published, year)
        if end is None and re.fullmatch(r"\d{1,2}", right):
            # "november 19-20": the bare day borrows the left side's month and year
            first = _single(left, published, year)
            if first is not None and first.unit == "day":
                end = _day(
                    _safe_date(first.start.year, first.start.month, int(right)),
                    explicit_year=first.explicit_year,
                )
        if end is None:
            continue
        start = _range_start(left, end, published)
        if start is not None and start.start <= end.end:
            return _Span(start.start, end.end, "span", start.explicit_year or end.explicit_year)
    return None


def _range_start(left: str, end: _Span, published: dt.date | None) -> _Span | None:
    left = _strip_fillers(left)
    if re.fullmatch(r"\d{1,2}", left) and end.unit == "day":
        # "from 4 to 22 january": the bare day borrows the right side's month and year
        return _day(_safe_date(end.start.year, end.start.month, int(left)))
    start = _single(left, published, end.end.year)
    if start is not None and not start.explicit_year and start.start > end.start:
        # "between november and february": the start belongs to the year before
        start = _single(left, published, end.end.year - 1)
    if start is None or start.start > end.end:
        # "from monday to wednesday": the start is read back from the end, not the article
        start = _single(left, end.end, None)
    return start


def _resolve(
    expr: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    text = _normalise(expr)
    if not text:
        return None
    text_before_fillers = text
    if re.match(rf"(?:for|within) (?:{_NUM}|next|coming)\b", text):
        return None  # a duration ("for three days", "within 24 hours") has no anchor
    text = _strip_fillers(text)
    if m := _UNTIL.match(text):
        rest = text[m.end() :]
        target = _single(rest, published, year)
        if target is None:
            return None
        if target.unit == "span" and published is not None and target.end == published:
            return target.start, target.end  # "over the past week" read as-is
        return dt.date(target.end.year, 1, 1), target.end
    if (m := _SINCE.match(text)) and not re.search(r"\b(?:to|until|till|through)\b", text):
        target = _single(text[m.end() :], published, year)
        if target is not None:
            if published is None or target.start > published:
                return None
            return target.start, published
    span = _single(text, published, year) or _span_to(text, published, year)
    if span is None:
        span = _range(text, published, year)
    if span is None:
        return None
    if (
        published is not None
        and _SO_FAR.search(text_before_fillers)
        and (span.start <= published < span.end)
    ):
        return span.start, published  # "so far in 2024": up to the article, not year end
    return span.start, span.end


_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|until now|till now|up to now)\b")


def _span_to(text: str, published: dt.date | None, year: int | None) -> _Span | None:
    """ "the 12 months to march", "the year to june 2024": a span ending with the named period."""
    m = re.fullmatch(
        rf"(?:{_NUM} )?(?P<unit>{_UNIT}) (?:to|until|ending|ending in|through) "
        r"(?P<rest>.+)",
        text,
    )
    if m is None:
        return None
    count = 1 if m["n"] is None else _number(m["n"])
    target = _single(m["rest"], published, year)
    if count is None or count < 1 or target is None:
        return None
    start = _back(target.end, count, _UNITS[m["unit"]]) + dt.timedelta(days=1)
    return _Span(start, target.end, "span", target.explicit_year)


@lru_cache(maxsize=8192)
def _resolve_cached(
    expr: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    return _resolve(expr, published, year)


def resolve_period(
    expr: str, *, published: dt.date | None, year: int | None = None
) -> Period | None:
    """The inclusive period ``expr`` denotes, read back from ``published``.

    ``year`` is a year named nearby in the same sentence; it places year-less months and days
    ("until November" next to "in 2024"). Without ``published`` only expressions that name
    their own year resolve. Returns ``None`` when the text gives no way to tell.
    """
    bounds = _resolve_cached(expr, published, year)
    if bounds is None:
        return None
    return Period(start=bounds[0], end=bounds[1], text=expr)


# ---------------------------------------------------------------------------------------------
# Publication date


_HEAD_LINES = 15
_HEAD_CHARS = 1500
_WORDY_DATE = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_WD})\.?,?\s+)?"
    rf"(?:(?P<mon>{_alt(MONTHS)})\.?\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_alt(MONTHS)})\.?,?\s+)"
    # a page may glue a second copy of the date straight after the year: "2 Dec 20242 Dec 2024"
    rf"(?P<y>(?:19|20)\d{{2}})(?!\d(?!\d?\s*(?:{_alt(MONTHS)})\b))",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4})(?![\d.])"
)
_CUE = re.compile(
    r"(?P<cue>first published|published|posted|last updated|updated|modified|date)"
    r"(?:\s+on|\s+at)?\s*:?\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^\s*(?P<city>[A-Z][A-Za-z.'\- ]{{1,40}}),\s+(?P<mon>{_alt(MONTHS)})\.?\s+(?P<d>\d{{1,2}})"
    rf"\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*[-–—]",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"\b(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|am|pm|gmt|utc|ist|pkt|est|edt|cet|cest|bst|"
    r"[+-]\d{2}:?\d{2}|updated|published|posted|last|on|at)\b|[|•·,:\-–—/()]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    date: dt.date
    start: int
    end: int
    score: int
    evidence: str


def _numeric_order(text: str, day_first: bool | None) -> tuple[bool, str]:
    """Day-first or month-first for the document's numeric dates, and the reason."""
    if day_first is not None:
        return day_first, "day-first by caller" if day_first else "month-first by caller"
    firsts, seconds, dotted = False, False, False
    for m in _NUMERIC_DATE.finditer(text):
        firsts |= int(m["a"]) > 12
        seconds |= int(m["b"]) > 12
        dotted |= m["sep"] == "."
    if firsts and not seconds:
        return True, "day-first: a day above 12 comes first in the document's numeric dates"
    if seconds and not firsts:
        return False, "month-first: a day above 12 comes second in the document's numeric dates"
    if dotted:
        return True, "day-first: dotted dd.mm.yyyy is a European convention"
    return False, "month-first assumed: no numeric date in the document decides"


def _head_limit(text: str) -> int:
    """Offset where the headline/byline region ends: ~15 non-empty lines or ~1500 chars
    (and never past _HEAD_MAX: a text without line breaks is one endless first line)."""
    seen = 0
    for m in re.finditer(r"[^\n]*\n?", text[:_HEAD_MAX]):
        if m.group().strip():
            seen += 1
        if seen > _HEAD_LINES or m.start() >= _HEAD_CHARS:
            return m.start()
        if not m.group():
            break
    return min(len(text), _HEAD_MAX)


# A line this long is a paragraph: a date in it is the article's own only after a cue
# ("Published"). Bounds the work per date to the line's first stretch, not the whole line.
_LONG_LINE = 1000
_HEAD_MAX = 4 * _HEAD_CHARS


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", max(0, start - _LONG_LINE), start) + 1
    if line_start == 0 and start > _LONG_LINE:
        line_start = start - _LONG_LINE  # no line start near: the line is long anyway
    line_end = text.find("\n", end, end + _LONG_LINE)
    return line_start, min(len(text), end + _LONG_LINE) if line_end < 0 else line_end


def _score(text: str, start: int, end: int) -> tuple[int, str] | None:
    """How strongly the surroundings say "this is the article's date", or None."""
    line_start, line_end = _line_bounds(text, start, end)
    before = text[line_start:start]
    cue = _CUE.search(before[-40:])
    if cue:
        strength = (
            100 if cue["cue"].lower() in ("published", "first published", "posted", "date") else 80
        )
        return strength, before[-40:][cue.start() :].lstrip() + text[start:end]
    if line_end - line_start >= _LONG_LINE:
        return None  # a paragraph
    rest = _FURNITURE.sub(" ", before + " " + text[end:line_end])
    words = [w for w in rest.split() if re.search(r"[A-Za-z]", w)]
    if not words:
        return 90, f"{text[start:end]} (alone on its line)"
    if len(words) <= 4 and len(text[line_start:line_end]) <= 60:
        return 50, f"{text[line_start:line_end].strip()} (short byline line)"
    return None  # a caption or body sentence that happens to hold a date


def _candidates(text: str, limit: int, day_first: bool | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    head = text[:limit]
    for m in _WORDY_DATE.finditer(head):
        month = MONTHS[(m["mon"] or m["mon2"]).lower()]
        date = _safe_date(int(m["y"]), month, int(m["d1"] or m["d2"]))
        scored = _score(text, m.start(), m.end())
        if date and scored:
            found.append(_Candidate(date, m.start(), m.end(), *scored))
    for m in _ISO_DATE.finditer(head):
        date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        scored = _score(text, m.start(), m.end())
        if date and scored:
            found.append(_Candidate(date, m.start(), m.end(), *scored))
    order, why = _numeric_order(text, day_first)
    for m in _NUMERIC_DATE.finditer(head):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if order else (b, a)
        date = _safe_date(int(m["y"]), month, day)
        scored = _score(text, m.start(), m.end())
        if date and scored:
            found.append(_Candidate(date, m.start(), m.end(), scored[0], f"{scored[1]}; {why}"))
    found.extend(_datelines(text, head))
    return found


def _datelines(text: str, head: str) -> list[_Candidate]:
    """ "ISLAMABAD, July 1 (Reuters) –": the year comes from the document's own full dates."""
    years = [int(m["y"]) for m in _WORDY_DATE.finditer(text)]
    years += [int(m["y"]) for m in _ISO_DATE.finditer(text)]
    found: list[_Candidate] = []
    offset = 0
    for line in head.splitlines(keepends=True):
        m = _DATELINE.match(line)
        if m and years and (m["city"].isupper() or m["agency"]):
            year = max(years)
            date = _safe_date(year, MONTHS[m["mon"].lower()], int(m["d"]))
            if date is not None:
                evidence = f"{m.group().strip()} (dateline; year {year} from the document)"
                found.append(
                    _Candidate(date, offset + m.start("mon"), offset + m.end("d"), 95, evidence)
                )
        offset += len(line)
    return found


def find_publication_date(text: str, *, day_first: bool | None = None) -> PublicationDate | None:
    """The article's own date from its headline/byline region, or ``None``.

    Explicit cues win ("Published", "Posted", a dateline), then a date alone on its line, then a
    date in a short byline line. A date inside a longer line (a photo caption, a sentence) never
    counts, and a date far ahead of the other dates near the top is ignored. ``day_first``
    forces the reading of numeric dates; otherwise the document's own numeric dates decide.
    """
    candidates = _candidates(text, _head_limit(text), day_first)
    if not candidates:
        return None
    # a date more than a year after every other date near the top is not the article's own
    kept = [
        c
        for c in candidates
        if not any(o is not c for o in candidates)
        or (c.date - max(o.date for o in candidates if o is not c)).days <= 366
    ]
    candidates = kept or candidates
    best = min(candidates, key=lambda c: (-c.score, c.start))
    return PublicationDate(date=best.date, start=best.start, end=best.end, evidence=best.evidence)


def latest_full_date(text: str) -> dt.date | None:
    """The latest date ``text`` writes in full, day, month and year ("12 January 2023",
    "2023-01-12"): the reference for "on Monday" in a text with no publication date. The
    latest is the nearest to when the text was written; a year alone or a month is no anchor.
    """
    found: list[dt.date] = []
    for m in _WORDY_DATE.finditer(text):
        month = MONTHS[(m["mon"] or m["mon2"]).lower()]
        date = _safe_date(int(m["y"]), month, int(m["d1"] or m["d2"]))
        if date is not None:
            found.append(date)
    for m in _ISO_DATE.finditer(text):
        date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if date is not None:
            found.append(date)
    return max(found) if found else None
