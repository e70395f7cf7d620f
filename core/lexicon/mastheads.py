"""Whether some words name a newspaper: a masthead ("The Norhaven Courier",
"norhaven-courier.com") and the words before the date of an issue ("Norhaven Courier, Tuesday,
6 May 2031"). One test for ``core.ingest.outlets`` (the outlet of a text) and
``core.text.publication_dates`` (a date next to a masthead is the article's own); the words
are ``rules/outlets.json``'s."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.lexicon.calendar_words import date_tail, weekday_alternation
from core.rules import load_rules

MAX_MASTHEAD_WORDS = 6  # "The Norhaven Evening Courier and Review"
# Small words a publication's name may hold in lower case ("Voice of the People").
JOINERS = frozenset({"the", "of", "and", "&", "de", "la", "le", "du", "del", "el", "al", "di"})
DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|"
                    r"co\.uk|co|info|tv|media|online|[a-z]{2})$", re.I)
WORD = re.compile(r"[\w&'’.-]+")
# Between a masthead and its issue's date: "Norhaven Courier, 6 May", "Courier | May 6, 2031".
_DATE_SEPARATOR = r"\s*(?:[,|•·]|\s[-–—])\s*"


@dataclass(frozen=True, slots=True)
class _Words:
    publications: frozenset[str]
    sections: frozenset[str]
    outlet_names: frozenset[str]
    before_date: re.Pattern[str]


@cache
def _words() -> _Words:
    raw = load_rules("outlets")
    sep, weekday = _DATE_SEPARATOR, rf"(?:{weekday_alternation()})\.?"
    return _Words(
        publications=frozenset(w.casefold() for w in raw["publication_words"]),
        sections=frozenset(w.casefold() for w in raw["section_words"]),
        outlet_names=frozenset(w.casefold() for w in raw["outlet_names"]),
        # a separator, and the weekday of the issue if the date left it out: "Courier,",
        # "Courier, Tuesday,", "Courier | Tuesday", "Courier Tuesday,"
        before_date=re.compile(
            rf"(?:(?:{sep}|\s+){weekday})?{sep}$|{sep}{weekday}\s*$", re.IGNORECASE
        ),
    )


def masthead(line: str) -> str | None:
    """The line as a masthead: "The Norhaven Courier", "norhaven-courier.com"; a few
    title-case words that end in a publication word and hold a name ("Norhaven", or "The")."""
    if DOMAIN.match(line):
        return line
    words = WORD.findall(line)
    if (not 1 <= len(words) <= MAX_MASTHEAD_WORDS or len(words) != len(line.split())
            or line[-1] in ".!?:" or any(ch.isdigit() for ch in line)):
        return None
    if not all(w[0].isupper() or w.casefold() in JOINERS for w in words):
        return None
    rules = _words()
    folded = [w.casefold() for w in words]
    if folded[-1] not in rules.publications:
        return None
    named = any(w not in rules.publications and w not in rules.sections for w in folded)
    the_paper = folded[0] == "the" and all(w in rules.publications for w in folded[1:])
    if not (named or the_paper):
        return None
    return line if not line.isupper() else line.title()


def publication_before_date(head: str) -> str | None:
    """The publication the words before a date name: "Norhaven Courier, " and "Norhaven
    Courier | Tuesday, " are "Norhaven Courier"; "Dawn, " is "Dawn" (a known paper without a
    publication word). None without a separator (a sentence's words run into the date) or
    when the words are no masthead ("Times Square, ")."""
    match = _words().before_date.search(head)
    if match is None:
        return None
    name = head[: match.start()].strip()
    if not name:
        return None
    if name.casefold() in _words().outlet_names:
        return name
    return masthead(name)


def dated_masthead(line: str) -> str | None:
    """The outlet of a line that is a masthead then a date: "Norhaven Courier, 6 May 2031"
    is "Norhaven Courier"; "Times Square, 6 May" is no outlet (no publication word ends it)."""
    line = line.strip()
    match = date_tail().search(line)
    if match is None or match.start() == 0:
        return None
    return publication_before_date(line[: match.start()])
