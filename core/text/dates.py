"""Time expressions → date periods: the Period type, the word tables, calendar arithmetic,
normalisation and the explicit dates ("12 March 2024", "the first quarter"). Modules on top:
``date_atoms`` (one relative expression), ``periods`` and ``publication_dates``.

Two entry points:

* ``periods.resolve_period`` reads one time expression ("so far this year", "on Sunday",
  "until November", "the past two years") and returns the inclusive period it denotes, read the
  way a fact-checker reads a news report: relative expressions point back from the publication
  date, never from today. Anything vague ("in recent years", "for decades") gives ``None``.
* ``publication_dates.find_publication_date`` finds the article's own date in the
  headline/byline region of plain text with page furniture.

A small hand-written grammar over word tables in ``rules/dates.json``: deterministic, no clock,
and cached because the extractor calls it once per figure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from core.lexicon.calendar_words import alternation, month_alternation, weekday_alternation
from core.rules import load_rules
from core.text.number_tokens import number_words

__all__ = ["Period", "alternation"]

Unit = Literal["day", "week", "month", "quarter", "half", "year", "decade", "span"]


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range; ``text`` is the expression as given."""

    start: dt.date
    end: dt.date
    text: str


# ---------------------------------------------------------------------------------------------
# Word tables


@dataclass(frozen=True, slots=True)
class DateWords:
    """The word tables of ``rules/dates.json`` and the regex pieces built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    cardinals: dict[str, int]  # number words: number_words.json's, and "a couple of"...
    ordinals: dict[str, int]
    units: dict[str, str]
    month_alt: str
    mon: str  # (?P<mon>...)
    mon2: str  # (?P<mon2>...)
    wd: str
    card: str
    unit: str
    num: str  # (?P<n>...): digits or one or two number words
    ordinal_alt: str
    ordinal_words: str  # "twenty first", "third"
    fillers: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    before: re.Pattern[str]  # "before Friday": a bound at a day
    parts_of_day: re.Pattern[str]
    ages: re.Pattern[str]  # "his 30s", "their early 20s": a person's age, never a decade


@functools.cache
def date_words() -> DateWords:
    """The date tables, read on first use."""
    rules: dict[str, Any] = load_rules("dates")
    numbers = number_words()
    # The number words are number_words.json's (one home); "zero days" counts nothing.
    cardinals: dict[str, int] = {
        **{w: int(v) for w, v in numbers.units.items() if w not in numbers.zero_words},
        **{w: int(v) for w, v in numbers.teens.items()},
        **{w: int(v) for w, v in numbers.tens.items()},
        **rules["count_phrases"],
    }
    card = alternation(cardinals)
    ordinal_alt = alternation(rules["ordinals"])
    return DateWords(
        months=rules["months"],
        weekdays=rules["weekdays"],
        cardinals=cardinals,
        ordinals=rules["ordinals"],
        units=rules["units"],
        month_alt=month_alternation(),
        mon=rf"(?P<mon>{month_alternation()})",
        mon2=rf"(?P<mon2>{month_alternation()})",
        wd=weekday_alternation(),
        card=card,
        unit=alternation(rules["units"]),
        num=rf"(?P<n>\d+|(?:{card})(?: (?:{card}))?)",
        ordinal_alt=ordinal_alt,
        ordinal_words=rf"(?:(?:twenty|thirty) )?(?:{ordinal_alt})",
        fillers=re.compile(rf"^(?:{alternation(rules['fillers'])})\b\s*"),
        since=re.compile(rf"^(?:{alternation(rules['since_words'])})\b\s*"),
        until=re.compile(rf"^(?:{alternation(rules['until_words'])})\b\s*"),
        before=re.compile(rf"^(?:{alternation(rules['before_words'])})\b\s*"),
        parts_of_day=re.compile(rf"\b(?:{alternation(rules['parts_of_day'])})\b"),
        ages=re.compile(
            rf"^(?:{alternation(rules['age_owners'])}) (?:(?:early|mid|late)[- ])?"
            rf"(?:\d0|{alternation(rules['age_decades'])})'?s$"
        ),
    )


TRAILING = re.compile(r"\s*\b(?:so far|thus far|to date|until now|till now|up to now|alone|only)$")

# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def expand_year(two_digits: int, published: dt.date | None) -> int:
    """ "24" → 2024, "99" → 1999: the century that keeps the year nearest the reference."""
    base = (published.year if published else 2000) // 100 * 100
    year = base + two_digits
    return year - 100 if published and year > published.year + 10 else year


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: dt.date
    end: dt.date
    unit: Unit
    explicit_year: bool  # the text names the year, so context must not move it


# ---------------------------------------------------------------------------------------------
# Normalisation


_HOUR = r"\d{1,2}(?::\d{2})?"
# "5:08 p.m.", "9pm", "8.30 p.m.", "2:15" (a colon makes it a clock), with what leads to it
_TIME = r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b\.?)"
_CLOCK = re.compile(
    r"(?:\b(?:at|around|about|approximately|shortly after|just after|just before)\s+)?"
    rf"(?:\b(?:between |from )?{_HOUR}\s*(?:[ap]\.?m\b\.?)?\s*(?:and|to|until|-)\s*)?"
    rf"\b{_TIME}"
)


@functools.lru_cache(maxsize=1 << 14)  # a report's date entities are read by many rules
def normalise_expression(expr: str) -> str:
    """Lower case, plain dashes and quotes, no abbreviation dots, no "the", "dom N" for a bare
    day of the month ("the 27th", "Friday the 22nd")."""
    marks, words, days = _normal_steps()
    text = _substituted(expr.lower(), marks).replace("w/c ", "week commencing ")
    text = _substituted(text, words).strip(" .:!?'")
    return _substituted(text, days).strip()


_Step = tuple[re.Pattern[str], Any]  # a pattern and what replaces its matches


def _substituted(text: str, steps: tuple[_Step, ...]) -> str:
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    return text


@functools.cache
def _normal_steps() -> tuple[tuple[_Step, ...], tuple[_Step, ...], tuple[_Step, ...]]:
    """``normalise_expression``'s substitutions in their order, compiled once (a report's new
    expressions each ran two dozen patterns built anew from the date tables): the marks, the
    words, then the day of the month."""
    tables = date_words()
    c = re.compile
    marks: tuple[_Step, ...] = (
        # a clock time says nothing of the day ("5:08 p.m. thursday", "the 3:30 a.m. saturday")
        (_CLOCK, " "),
        (c(r"[\u2010-\u2015\u2212]"), "-"),
        (c(r"[\u2018\u2019\u02bc`]"), "'"),
    )
    words: tuple[_Step, ...] = (
        (c(r"\b([a-z]+)-([a-z]+)\b"), _hyphen_words),
        (c(r"\b([a-z]{2,9})\.(?=\s|$|,|-|\d)"), r"\1"),  # "jan." "sept." "wed."
        (c(r"(?<=\d)\.(?= [a-z])"), ""),  # "16. nov 2016"
        (c(rf"(\d{{4}})[-/]({tables.month_alt})[-/](\d{{1,2}})\b"), r"\3 \2 \1"),
        (c(rf"\b({tables.month_alt})[-/.]?(?=\d{{1,2}}\b)"), r"\1 "),  # "oct-2"
        (c(rf"(?<=\d)(?=(?:{tables.unit})\b)"), " "),  # "3year"
        (c(r"\bmid-(?=[a-z0-9'])"), "mid "),
        # "2024-25", "2024/25", "fiscal 2024-25", "the 2024-25 financial year": a financial or
        # statistical year over two calendar years (whose months differ by country)
        (c(r"(?:\b(?:fiscal|fy) ?|\b)((?:19|20)\d\d)[-/](\d\d)\b(?![-/]\d)"
           r"(?: (?:financial |fiscal )?year\b)?"), _year_pair),
        # "the july-september quarter (of 2029)": a quarter named by its months is those months
        (c(rf"\b((?:{tables.month_alt})-(?:{tables.month_alt})) (?:quarter|period)(?: of)?\b"),
         r"\1"),
        (c(r"[,;()\"]"), " "),
        (c(r"\s+"), " "),
    )
    return marks, words, _day_steps(tables)


def _year_pair(m: re.Match[str]) -> str:
    """ "2024-25" → "2024-2025" when the second year follows the first; else as written."""
    first = int(m.group(1))
    if int(m.group(2)) != (first + 1) % 100:
        return m.group(0)
    return f"{first}-{first + 1}"


def _day_steps(tables: DateWords) -> tuple[_Step, ...]:
    c = re.compile
    return (
        (c(r"(?<=[a-z]) ?'s$"), ""),  # "last year's blast", "sunday 's attack"
        # South Asian and British copy: "the ongoing year", "this calendar year", "Sunday last"
        (c(r"\b(?:ongoing|outgoing)(?= (?:year|month|week)\b)"), "current"),
        (c(r"\bcalendar (?=year\b)"), ""),
        (c(rf"\b({tables.wd}) last$"), r"last \1"),
        (c(rf"\bthe (\d{{1,2}})(?:st|nd|rd|th)?\b"
           rf"(?! ?(?:[a-z]*s\b|-|/|\.|'|\d)| (?:of )?(?:{tables.month_alt})\b)"), r"dom \1"),
        (c(rf"\b(?:{tables.wd}) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?$"), r"dom \1"),
        (c(rf"\b(?:(?:{tables.wd}) )?the "
           rf"({tables.ordinal_words}|(?:{tables.card})(?: (?:{tables.card}))?)$"), _dom_words),
        (c(r"^(\d{1,2})(?:st|nd|rd|th)(?= of (?:this|last|next|previous) month|$)"), r"dom \1"),
        (c(rf"^(?:{tables.wd}) (?=dom )"), ""),
        (c(r"(?<=\d)(?:st|nd|rd|th)\b"), ""),
        (c(r"\bthe\b"), " "),
        (c(r"\s+"), " "),
    )


def _dom_words(match: re.Match[str]) -> str:
    """ "the twenty second" → "dom 22"; unchanged when the words are no day number."""
    words = match.group(1)
    day = _ordinal_words(words) or count_number(words)
    return f"dom {day}" if day and 1 <= day <= 31 else match.group(0)


def _hyphen_words(match: re.Match[str]) -> str:
    """ "twenty-four" → "twenty four"; "2023-24", "11-09" and a range of months ("April-May
    last year") keep their hyphen."""
    left, right = match.group(1), match.group(2)
    months = date_words().months
    if left in months and right in months:
        return match.group(0)
    if left.isalpha() and right.isalpha():
        return f"{left} {right}"
    return match.group(0)


def count_number(text: str) -> int | None:
    """ "24", "two", "twenty four", "a couple of" → int; anything else → None."""
    tables = date_words()
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text in tables.cardinals:
        return tables.cardinals[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in tables.cardinals and parts[1] in tables.cardinals:
        tens, ones = tables.cardinals[parts[0]], tables.cardinals[parts[1]]
        if tens % 10 == 0 and tens >= 20 and ones < 10:
            return tens + ones
    return None



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
        return safe_date(year, month, day)
    if published is None:
        return None
    for candidate_year in (published.year, published.year - 1):
        date = safe_date(candidate_year, month, day)
        if date is not None and date <= published:
            return date
    # 29 February: step back to the last leap year
    for candidate_year in range(published.year - 2, published.year - 8, -1):
        date = safe_date(candidate_year, month, day)
        if date is not None:
            return date
    return None


def day_span(date: dt.date | None, *, explicit_year: bool = False) -> DateSpan | None:
    return None if date is None else DateSpan(date, date, "day", explicit_year)


def month_span(year: int | None, month: int, *, explicit_year: bool) -> DateSpan | None:
    if year is None:
        return None
    return DateSpan(dt.date(year, month, 1), month_end(year, month), "month", explicit_year)


def year_span(year: int, *, explicit_year: bool = True) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", explicit_year)


def week_span(monday: dt.date) -> DateSpan:
    return DateSpan(monday, monday + dt.timedelta(days=6), "week", False)


def _year_of(word: str, published: dt.date | None, year: int | None) -> tuple[int, bool] | None:
    """The year named by a trailing "2024" / "this year" / "last year" / nothing."""
    word = word.strip()
    if not word:
        return (year, False) if year is not None else None
    if re.fullmatch(r"\d{4}", word):
        return int(word), True
    # "March '99", "June 98"; a bare number a day could be is the day ("Nov 27" under a
    # dateline with no year is November 27th, not November 2027)
    if re.fullmatch(r"'\d{2}", word) or (re.fullmatch(r"\d{2}", word) and int(word) > 31):
        return expand_year(int(word.strip("'")), published), True
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


def numeric_date(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t[\d:.]+z?)?", text):
        return day_span(safe_date(int(m[1]), int(m[2]), int(m[3])), explicit_year=True)
    if m := re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})", text):
        first, second = int(m[1]), int(m[3])
        full_year = int(m[4]) if len(m[4]) == 4 else expand_year(int(m[4]), published)
        # dotted dates are a European day-first convention; otherwise month-first unless > 12
        day_first = m[2] == "." or first > 12
        day, month = (first, second) if day_first else (second, first)
        return day_span(safe_date(full_year, month, day), explicit_year=True)
    if m := re.fullmatch(r"(\d{4}) ?[-/.] ?(\d{1,2})|(\d{1,2}) ?[-/] ?(\d{4})", text):
        full_year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1 <= month <= 12 and full_year >= 1:  # "10-0000" is no month
            return month_span(full_year, month, explicit_year=True)
        return None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2}) (\d{4}|\d{2})", text):
        return numeric_date(f"{m[1]}/{m[2]}/{m[3]}", published, year)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", text):
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if first > 12 else (second, first)
        if 1 <= month <= 12:
            return day_span(_most_recent_day(month, day, published, year))
    return None


def day_month(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "april 22", "22 april 2024", "monday jan 30 2023", "the second of august"."""
    tables = date_words()
    named = re.match(rf"(?P<wd>{tables.wd}) ", text)
    text = text[named.end() :] if named else text
    span = _day_month(text, published, year)
    if named is None or span is None:
        return span
    return _on_weekday(span, tables.weekdays[named["wd"]])


def _on_weekday(span: DateSpan, weekday: int) -> DateSpan:
    """ "Monday, Nov. 15" when the 15th is a Tuesday: a date one day off its weekday is a slip
    of the number (often the day of writing typed for the day before); the weekday, which the
    report tells its incident by, names the day."""
    for step in (-1, 1):
        day = span.start + dt.timedelta(days=step)
        if day.weekday() == weekday:
            return DateSpan(day, day, span.unit, span.explicit_year)
    return span


def _day_month(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    tables = date_words()
    day_words = rf"\d{{1,2}}|(?:{tables.card})(?: (?:{tables.card}))?"
    patterns = (
        rf"{tables.mon} ?(?P<d>{day_words})"
        rf"(?: (?P<y>\d{{4}}|'\d{{2}}|this year|last year|next year))?",
        rf"(?P<d>\d{{1,2}}) (?:of )?{tables.mon}(?: (?P<y>\d{{4}}|'\d{{2}}|this year|last year))?",
        rf"(?P<dw>{tables.ordinal_alt}|(?:twenty|thirty) (?:{tables.ordinal_alt})) "
        rf"(?:of )?{tables.mon}"
        rf"(?: (?P<y>\d{{4}}))?",
        rf"{tables.mon} (?:the )?"
        rf"(?P<dw>{tables.ordinal_alt}|(?:twenty|thirty) (?:{tables.ordinal_alt}))"
        rf"(?: (?P<y>\d{{4}}))?",
    )
    for pattern in patterns:
        m = re.fullmatch(pattern, text)
        if m is None:
            continue
        month = tables.months[m["mon"]]
        day = count_number(m["d"]) if m.groupdict().get("d") else _ordinal_words(m["dw"])
        if day is None or not 1 <= day <= 31:
            return None
        named = _year_of(m["y"] or "", published, None) if m["y"] else None
        if named is not None:
            return day_span(safe_date(named[0], month, day), explicit_year=True)
        return day_span(_most_recent_day(month, day, published, year))
    return None


def _ordinal_words(text: str) -> int | None:
    tables = date_words()
    parts = text.split()
    if len(parts) == 1:
        return tables.ordinals.get(parts[0])
    tens = tables.cardinals.get(parts[0], 0)
    ones = tables.ordinals.get(parts[1], 0)
    return tens + ones if tens and 0 < ones < 10 else None


def month_year(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "november", "march 2024", "2024 march", "june of 2023", "last june", "this september"."""
    tables = date_words()
    if m := re.fullmatch(rf"(?:(?P<rel>last|this|next|past|previous) )?{tables.mon}", text):
        month = tables.months[m["mon"]]
        rel = m["rel"]
        if rel is None:
            recent = _most_recent_month(month, published, year)
            return month_span(recent, month, explicit_year=False)
        if published is None:
            return None
        if rel == "this":
            return month_span(published.year, month, explicit_year=False)
        if rel == "next":
            target = published.year if month > published.month else published.year + 1
            return month_span(target, month, explicit_year=False)
        # "last june" written in June means the June before
        target = published.year if month < published.month else published.year - 1
        return month_span(target, month, explicit_year=False)
    m = re.fullmatch(rf"{tables.mon} (?:of )?(?P<y>.+)", text) or re.fullmatch(
        rf"(?P<y>\d{{4}}) {tables.mon}", text
    )
    # "nov 28" with no year to place it is a day of the month, never November 2028
    # (``_year_of`` takes a bare number for a year only past 31: "june 98")
    if m:
        named = _year_of(m["y"], published, None)
        if named is not None:
            return month_span(named[0], tables.months[m["mon"]], explicit_year=True)
    return None


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def quarter_half(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
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
        month = month_year(groups["y2"], published, year)
        if month is not None and (month.start.year, month.start.month) == (
            month.end.year,
            month.end.month,
        ):
            if number == 1:
                mid = month.start.replace(day=15)
                return DateSpan(month.start, mid, "half", month.explicit_year)
            return DateSpan(month.start.replace(day=16), month.end, "half", month.explicit_year)
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
    end = month_end(named[0], first_month + months - 1)
    return DateSpan(start, end, "quarter" if kind == "quarter" else "half", named[1])


# a span of the first months may end this much after the paper's day and still be its year's
_MONTH_AHEAD_DAYS = 31


def months_of(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "the first six months of 2024", "the last three months of the year", "the first five
    months" (no year: those of the year of publication, as a quarter without one; "the last
    three months" without a year runs up to now, no calendar span)."""
    tables = date_words()
    m = re.fullmatch(
        rf"(?P<side>first|last|final) {tables.num} months(?: (?:of|in) (?P<y>.+))?", text
    )
    if m is None or (m["y"] is None and (m["side"] != "first" or published is None)):
        return None
    count = count_number(m["n"])
    if m["y"] is None and published is not None:
        # the months of the year of publication, unless they end well after it ("the first
        # eleven months" in a January paper: last year's)
        this = year or published.year
        ends = month_end(this, count) if count is not None and 1 <= count <= 12 else None
        late = ends is not None and (ends - published).days > _MONTH_AHEAD_DAYS
        named: tuple[int, bool] | None = (this - 1 if late else this, False)
    else:
        y_text = str(year or published.year) if m["y"] == "year" and published else m["y"]
        named = _year_of(y_text, published, None)
    if count is None or not 1 <= count <= 12 or named is None:
        return None
    if m["side"] == "first":
        start, end = dt.date(named[0], 1, 1), month_end(named[0], count)
    else:
        start, end = dt.date(named[0], 13 - count, 1), dt.date(named[0], 12, 31)
    return DateSpan(start, end, "span", named[1])
