"""The article's own date, read from its head: a dated byline, a dateline or a lone date line."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz.distance.Levenshtein import distance

from core.lexicon.calendar_words import dateline_day
from core.lexicon.mastheads import publication_before_date
from core.text.datelines import find_dateline
from core.text.dates import (
    date_words,
    safe_date,
)


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """The article's own date, the span ``[start, end)`` it was read from, and why."""

    date: dt.date
    start: int
    end: int
    evidence: str


_HEAD_LINES = 15
_DATELINE_EVIDENCE = "(dateline"  # how ``_datelines`` opens the evidence of its dates


_HEAD_CHARS = 1500


@functools.cache
def _wordy_date() -> re.Pattern[str]:
    """A date in words with its year ("Monday, 2 December 2024", "Dec. 2, 2024")."""
    tables = date_words()
    return re.compile(
        rf"(?<![\w])(?:(?P<wd>{tables.wd})\.?,?\s+)?"
        # "Mar. 14", the "MAR .14" of copy tokenised and joined again; "November 27-2005"
        rf"(?:(?P<mon>{tables.month_alt})(?:\s?\.)?\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        r"(?:,?\s+|-(?=\d{4}))"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon2>{tables.month_alt})\.?,?\s+)"
        # a page may glue a second copy of the date straight after the year: "2 Dec 20242 Dec 2024"
        rf"(?P<y>(?:19|20)\d{{2}})(?!\d(?!\d?\s*(?:{tables.month_alt})\b))",
        re.IGNORECASE,
    )


_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")


# "05/05/2010", and "11/28/05" with its year in two digits, which counts only where the line
# says it is the article's date (alone on its line, after "Posted"), never in a sentence
_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|\d{2})(?![\d./-])"
)
# a two-digit year below it is of this century ("11/28/05"), from it of the last ("3/4/98")
_CENTURY_PIVOT = 70
_SURE_SCORE = 85  # a date alone on its line, in a dateline or after a cue


# clock times and time zones of a date line: "02:31 GMT", "8:23 PM ET", "14:58 hrs"
_CLOCK = (
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|am|pm|hrs|gmt|utc|ist|pkt|hkt|cet|cest|bst|aest|aedt"
    r"|[ecmp][sd]?t"
)

_CUE = re.compile(
    r"(?P<cue>first published|published|posted|last updated|updated|modified|date)"
    # "PUBLISHED: 17:05 GMT, 4 June 2029": the time of day may come before the date
    rf"(?:\s+on|\s+at)?\s*:?\s*(?:(?:{_CLOCK})\b\s*,?\s*)*$",
    re.IGNORECASE,
)

# "By Jane Roe, Staff Writer / Friday, March 6 2009": a byline that ends with its date
_BYLINE = re.compile(r"^\s*by\s+[A-Z]", re.IGNORECASE)
_BYLINE_CHARS = 120


@functools.cache
def _dateline() -> re.Pattern[str]:
    """A dateline with its date, the year written or not, then an agency in brackets if any and
    the dash or colon that opens the story: "ELDMERE, March 3 (Agency) –", "ELDMERE, 3 March
    2031 -", "ELDMERE, Dorr., March 3, 2031 —", "Eldmere (Dorr.), 3 March 2031 (Agency):"."""
    return re.compile(
        rf"^\s*(?P<city>[A-Z][A-Za-z.'\- ]{{1,40}}(?:/[A-Z][A-Za-z.'\- ]{{1,30}})?)"
        # its state, after a comma ("Dorr.,") or in brackets, as Indian agencies write it
        # ("Sukma (Chhattisgarh), Nov 20 (PTI):")
        r"(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}|\s*\([A-Z][A-Za-z.& ]{1,30}\))?,\s+"
        rf"{dateline_day(named=True)}"
        rf"\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*(?:[-–—]|:(?!\d))",
        re.IGNORECASE,
    )


_FURNITURE = re.compile(
    rf"\b(?:{_CLOCK}|[+-]\d{{2}}:?\d{{2}}|updated|published|posted|last|on|at)\b|[|•·,:\-–—/()@]",
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
        if len(m["y"]) != 4:
            continue  # "1.12.10" may be a version or a score, not a date
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
    if not _FURNITURE.sub(" ", text[end:line_end]).strip() and publication_before_date(before):
        return 85, f"{text[line_start:line_end].strip()} (outlet and date line)"
    if len(words) <= 4 and len(text[line_start:line_end]) <= 60:
        return 50, f"{text[line_start:line_end].strip()} (short byline line)"
    if (
        _BYLINE.match(before)
        and not _FURNITURE.sub(" ", text[end:line_end]).strip()
        and line_end - line_start <= _BYLINE_CHARS
    ):
        return 50, f"{text[line_start:line_end].strip()} (byline)"
    return None  # a caption or body sentence that happens to hold a date


def _candidates(text: str, limit: int, day_first: bool | None) -> list[_Candidate]:
    tables = date_words()
    found: list[_Candidate] = []
    head = text[:limit]
    for m in _wordy_date().finditer(head):
        month = tables.months[(m["mon"] or m["mon2"]).lower()]
        date = safe_date(int(m["y"]), month, int(m["d1"] or m["d2"]))
        scored = _score(text, m.start(), m.end())
        if date and scored:
            found.append(_Candidate(date, m.start(), m.end(), *scored))
    for m in _ISO_DATE.finditer(head):
        date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        scored = _score(text, m.start(), m.end())
        if date and scored:
            found.append(_Candidate(date, m.start(), m.end(), *scored))
    order, why = _numeric_order(text, day_first)
    for m in _NUMERIC_DATE.finditer(head):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if order else (b, a)
        date = safe_date(_full_year(m["y"]), month, day)
        scored = _score(text, m.start(), m.end())
        if date and scored and (len(m["y"]) == 4 or scored[0] >= _SURE_SCORE):
            found.append(_Candidate(date, m.start(), m.end(), scored[0], f"{scored[1]}; {why}"))
    found.extend(_datelines(text, head))
    found.extend(_misspelt(head))
    return found


# "Novemer 27, 2005" alone on its line: a date line whose month lost or gained a letter
_MISSPELT_LINE = re.compile(
    r"^[ \t]*(?P<mon>[A-Za-z]{4,10})\.?[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+"
    r"(?P<y>(?:19|20)\d{2})[ \t]*$",
    re.MULTILINE,
)
_MISSPELT_SCORE = 80  # below a date written right alone on its line


def _misspelt(head: str) -> list[_Candidate]:
    """A date alone on its line whose month is one letter off one month name only."""
    months = date_words().months
    found = []
    for m in _MISSPELT_LINE.finditer(head):
        word = m["mon"].lower()
        if word in months:
            continue  # written right: read by the other patterns
        near = {n for name, n in months.items() if len(name) >= 4 and distance(word, name) == 1}
        date = safe_date(int(m["y"]), near.pop(), int(m["d"])) if len(near) == 1 else None
        if date is not None:
            evidence = f"{m.group().strip()} (alone on its line, month misspelt)"
            found.append(_Candidate(date, m.start("mon"), m.end("y"), _MISSPELT_SCORE, evidence))
    return found


def _full_year(written: str) -> int:
    """The year of a numeric date, its century supplied when written in two digits."""
    year = int(written)
    if len(written) == 4:
        return year
    return year + (2000 if year < _CENTURY_PIVOT else 1900)


# A pasted page often ends with its date line ("Published in Dawn, January 6th, 2026",
# "Published May 19, 2026 10:42 AM GMT"): the last lines are read when the top has no date.
_FOOT_CHARS = 300
_FOOT_CUE = re.compile(r"\b(?:published|posted|updated)\b", re.IGNORECASE)


def _foot(text: str, day_first: bool | None) -> list[_Candidate]:
    """The dates of the text's last lines that a publication word introduces (a date in the
    closing sentence of the story is no publication date)."""
    start = max(_head_limit(text), text.rfind("\n", 0, max(0, len(text) - _FOOT_CHARS)) + 1)
    found = []
    for c in _candidates(text[start:], len(text) - start, day_first):
        line_start = text.rfind("\n", 0, start + c.start) + 1
        if _FOOT_CUE.search(text[line_start : start + c.start]):
            found.append(replace(c, start=start + c.start, end=start + c.end))
    return found


def _datelines(text: str, head: str) -> list[_Candidate]:
    """ "ISLAMABAD, July 1 (Reuters) –", "ISLAMABAD, 1 July 2031 -": the year as written, else
    the latest the document writes in a full date (none: no date). The place is in capitals or
    followed by an agency; a title-case place with a written year is one too, unless it is a
    weekday ("Monday, 4 May 2031 -")."""
    tables = date_words()
    years: list[int] | None = None  # read from the whole text only for a dateline with none
    found: list[_Candidate] = []
    offset = 0
    for line in head.splitlines(keepends=True):
        m = _dateline().match(line)
        written = m and (m["y"] or m["y2"])
        if m and not written and years is None:
            years = _written_years(text)
        if m and (written or years) and (
            m["city"].isupper()
            or m["agency"]
            or (written and m["city"].strip().lower() not in tables.weekdays)
        ):
            year = int(written) if written else max(years or ())
            month = tables.months[(m["mon"] or m["mon2"]).lower()]
            date = safe_date(year, month, int(m["d"] or m["d2"]))
            if date is not None:
                whence = "" if written else f"; year {year} from the document"
                evidence = f"{m.group().strip()} {_DATELINE_EVIDENCE}{whence})"
                start = min(i for i in (m.start("mon"), m.start("d2")) if i >= 0)
                end = max(m.end(g) for g in ("d", "d2", "y", "y2"))
                found.append(_Candidate(date, offset + start, offset + end, 95, evidence))
        offset += len(line)
    return found


def _written_years(text: str) -> list[int]:
    """The years of the full dates the text writes ("March 3, 2031", "2031-03-03")."""
    years = [int(m["y"]) for m in _wordy_date().finditer(text)]
    return years + [int(m["y"]) for m in _ISO_DATE.finditer(text)]


def find_publication_date(text: str, *, day_first: bool | None = None) -> PublicationDate | None:
    """The article's own date from its headline/byline region, or ``None``.

    Explicit cues win ("Published", "Posted", a dateline), then a date alone on its line, then a
    date in a short byline line. A date inside a longer line (a photo caption, a sentence) never
    counts, and a date far ahead of the other dates near the top is ignored. ``day_first``
    forces the reading of numeric dates; otherwise the document's own numeric dates decide.
    """
    candidates = _candidates(text, _head_limit(text), day_first) or _foot(text, day_first)
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
    found = _full_dates(text)
    return max(found)[0] if found else None


_TEXTS_REMEMBERED = 64  # the reports of a batch being read


def anchors_relative_days(text: str) -> bool:
    """Whether the latest date ``text`` writes in full lies above its story or in its first
    sentence (a date line, a dateline, the lead), or falls on the weekday the lead tells its
    news by: a day of the story, which "on Sunday" and "yesterday" count from.
    Further down a full date is more often a background event's ("the last strong quake
    struck on Oct. 10, 2002"): it gives the year of a date written with its month ("Tuesday
    (6 January)"), never the day a bare weekday of the story lies near."""
    found = _full_dates(text)
    if not found:
        return False
    latest, start = max(found)
    lead_end = _lead_end(text)
    # further down, the day the lead tells by its weekday ("struck on Sunday ... The quake hit
    # at 10:15 a.m. on Sunday, November 27, 2005")
    return start < lead_end or latest.weekday() in _weekdays_named(text[:lead_end])


def _weekdays_named(text: str) -> set[int]:
    """The weekdays ``text`` names by their full names ("Sunday", not "sun")."""
    weekdays = date_words().weekdays
    words = re.findall(r"[a-z]+day\b", text.lower())
    return {weekdays[w] for w in words if w in weekdays}


# A sentence of this many words at least is prose: the first one is the story's lead.
_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")


@functools.lru_cache(maxsize=_TEXTS_REMEMBERED)
def _lead_end(text: str) -> int:
    """Where the first sentence of the story ends: the lines above it (a headline, a date line,
    a byline) and the lead that names the day of what it tells."""
    start = 0
    for line in text[: _head_limit(text)].splitlines(keepends=True):
        end = _SENTENCE_END.search(line)
        # a headline, however long, ends with no full stop
        if end is not None and len(line[: end.end()].split()) >= _PROSE_WORDS:
            return start + end.end()
        start += len(line)
    return start


@functools.lru_cache(maxsize=_TEXTS_REMEMBERED)
def _full_dates(text: str) -> tuple[tuple[dt.date, int], ...]:
    """Each date ``text`` writes with day, month and year, with where it starts (asked of
    every sentence of a report: remembered)."""
    tables = date_words()
    found: list[tuple[dt.date, int]] = []
    for m in _wordy_date().finditer(text):
        month = tables.months[(m["mon"] or m["mon2"]).lower()]
        date = safe_date(int(m["y"]), month, int(m["d1"] or m["d2"]))
        if date is not None:
            found.append((date, m.start()))
    for m in _ISO_DATE.finditer(text):
        date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if date is not None:
            found.append((date, m.start()))
    return tuple(found)


# A dateline's day without its year this many days before publication at most is the day the
# report was filed; further back its year is a guess, the year before's day as likely a slip.
FILED_DAYS_BEFORE = 31
# A dateline's day this many days after the publication date given is the desk's own day: a
# desk east of the publisher's clock files "KABUL, Nov 25 (Reuters) -" in a copy dated Nov 24.
FILED_DAYS_AHEAD = 1


def filing_day(text: str, published: dt.date) -> dt.date | None:
    """The day the report's dateline carries ("PESHAWAR, May 4:", "QUETTA, 4 May (APP) -"),
    read in the year of its publication, when it lies before publication (a morning paper
    prints the evening's copy, a weekly the week's, a page the wire's copy of days or weeks
    back: "KATHMANDU, March 2 (Reuters) -" on a page of March 10; without its year, up to
    ``FILED_DAYS_BEFORE``), or the day after it (the desk's day across midnight): the day
    the report was written, which its "yesterday", "today" and "on Monday" count from.
    ``None`` when the dateline carries no day or the day of publication itself."""
    tables = date_words()
    offset = 0
    for line in text[: _head_limit(text)].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        m = _dateline().match(line)
        if m is None or not (
            m["city"].isupper() or m["agency"] or _titled_town(text, start + m.start("city"))
        ):
            continue
        month, day = tables.months[(m["mon"] or m["mon2"]).lower()], int(m["d"] or m["d2"])
        written = m["y"] or m["y2"]
        year = int(written) if written else _year_filed(published, month, day)
        filed = safe_date(year, month, day)
        if filed is None:
            return None
        back = (published - filed).days
        # a dateline with its year is the filing day however far back; one without, a few days
        if back != 0 and back >= -FILED_DAYS_AHEAD and (written or back <= FILED_DAYS_BEFORE):
            return filed
        return None
    return None


def _titled_town(text: str, at: int) -> bool:
    """ "Chennai, April 12:", the title case of Indian and African desks: a dateline when the
    dateline reader finds its town where the line starts, never a weekday, a page label or a
    stamp ("Monday, April 12:", "Update, April 12:", "Posted Monday, April 12 -")."""
    dateline = find_dateline(text)
    return dateline is not None and dateline.start <= at < dateline.end


def _year_filed(published: dt.date, month: int, day: int) -> int:
    """The year of a dateline's month and day: the publication's, or the year before for a
    month after it ("Dec 31" in a copy of Jan 2), or the year after for the day after a
    copy of Dec 31 ("Jan 1")."""
    if month == 1 and day == 1 and published.month == DECEMBER:
        return published.year + 1
    return published.year - (month > published.month)


DECEMBER = 12


# The text's own date stamp up to this many days before the date given for it ("Posted: March
# 8, 2031" on a page given as of April 20): the given date is when the page was fetched or
# filed again, the stamp when it was written, which its "on Saturday" counts from.
STAMP_DAYS_BEFORE = 366


def written_day(text: str, published: dt.date) -> dt.date | None:
    """The day the report was written when it is not the publication date given: a dated
    dateline's before it (``filing_day``), else the text's own date stamp
    (``find_publication_date``) before the date given, up to ``STAMP_DAYS_BEFORE``."""
    filed = filing_day(text, published)
    if filed is not None:
        return filed
    found = find_publication_date(text)
    if found is None or _DATELINE_EVIDENCE in found.evidence:
        return None  # a dateline is read by ``filing_day`` alone
    return found.date if 0 < (published - found.date).days <= STAMP_DAYS_BEFORE else None

