"""The outlet of an article read from plain text (a .txt file, a paste, a PDF or DOCX
without metadata): what a reader sees at the top of a news report.

Three cues, strongest first, each in the first lines of the text only (furniture and the
lead; a name quoted deep in the story is no masthead):

1. a byline that names the outlet: "By Jane Roe, Norhaven Courier", "By Jane Roe for the
   Norhaven Courier", "By Jane Roe | Staff Writer | Norhaven Courier", "By Reuters";
2. a masthead: a short title-case line over the headline or right under it that ends in
   a publication word ("The Norhaven Courier", "Valdoria Today | National") or is a web
   domain ("norhaven-courier.com"), alone or followed by the date of the issue
   ("Norhaven Courier, 6 May 2031": the outlet, never the headline);
3. a wire agency's tag opening the lead: "LONDON (Reuters) -", "(AP) —".

The word lists are data (``rules/outlets.json``); the masthead test is
``core.lexicon.mastheads`` (one test for the outlet and the publication date). HTML pages
name their site in their metadata (``formats._parse_html``); this is for text that has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.ingest.furniture import without_markup
from core.lexicon.calendar_words import date_tail
from core.lexicon.mastheads import DOMAIN, JOINERS, WORD, dated_masthead, masthead
from core.rules import load_rules

HEAD_LINES = 20  # the top of a report: masthead, headline, byline, dateline, lead
MASTHEAD_LINES = 3  # a masthead is over the headline or right under it
PROSE_WORDS = 12  # a line this long is the lead, and nothing under it is a masthead
HEAD_CHARS = 3000
MAX_BYLINE_WORDS = 16
MAX_OUTLET_WORDS = 6
# Where a byline's outlet follows its author: "By Jane Roe for the Norhaven Courier".
_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")
_SEPARATORS = re.compile(r"\s*(?:[,|•·/;]|\s[-–—]\s)\s*")
# "Valdoria Today | National": the site's name, then the section.
_SECTION_AFTER = re.compile(r"\s+[|–—·-]\s+")


@dataclass(frozen=True, slots=True)
class _Rules:
    agencies: dict[str, str]
    agency_tag: re.Pattern[str]
    byline: re.Pattern[str]
    not_outlets: frozenset[str]
    publications: frozenset[str]
    outlet_names: frozenset[str]
    media_nouns: frozenset[str]
    not_outlet_heads: frozenset[str]


def is_date_line(line: str) -> bool:
    """A line that is a date alone ("Tuesday, 6 May 2031") or a masthead and its issue's
    date ("Norhaven Courier, 6 May 2031"): furniture, never the headline."""
    line = line.strip()
    match = date_tail().search(line)
    if match is None:
        return False
    return match.start() == 0 or dated_masthead(line) is not None


@cache
def _rules() -> _Rules:
    raw = load_rules("outlets")
    agencies: dict[str, str] = raw["news_agencies"]
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+")
                    for c in sorted(raw["byline_cues"], key=len, reverse=True))
    return _Rules(
        agencies=agencies,
        # an optional dateline (a place in capitals, a date) then the tag and a dash or colon
        agency_tag=re.compile(rf"^[^.!?()\n]{{0,60}}?\(\s*({names})\s*\)\s*[-–—:]"),
        # the cue capitalised: a line starting "by" in lower case continues a sentence
        byline=re.compile(rf"^(?:{cues})\s+(?P<rest>\S.*)$", re.I),
        not_outlets=frozenset(w.casefold() for w in raw["not_outlets"]),
        publications=frozenset(w.casefold() for w in raw["publication_words"]),
        outlet_names=frozenset(w.casefold() for w in raw["outlet_names"]),
        media_nouns=frozenset(raw["media_nouns"]),
        not_outlet_heads=frozenset(raw["not_outlet_heads"]),
    )


def infer_outlet(text: str) -> str | None:
    """The outlet named at the top of ``text``, or None when nothing there names one."""
    lines = [without_markup(line) for line in text[:HEAD_CHARS].split("\n")]
    lines = [line for line in lines if line]
    head = lines[:HEAD_LINES]
    if not head:
        return None
    for line in head:
        found = byline_outlet(line) or agency_line(line)
        if found:
            return found
    if len(head) > 1:  # a lone line is the text itself, not a masthead over it
        for line in _above_the_lead(head):
            found = dated_masthead(line) or masthead(_SECTION_AFTER.split(line, maxsplit=1)[0])
            if found:
                return found
    for line in head:
        found = agency_tag(line)
        if found:
            return found
    return None


def _above_the_lead(head: list[str]) -> list[str]:
    """The first lines up to the lead (its first line of prose)."""
    lines = []
    for line in head[:MASTHEAD_LINES]:
        if len(line.split()) >= PROSE_WORDS:
            break
        lines.append(line)
    return lines


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names: "By Jane Roe, Norhaven Courier" is "Norhaven Courier"."""
    rules = _rules()
    match = rules.byline.match(line)
    if match is None or not line[0].isupper() or len(line.split()) > MAX_BYLINE_WORDS:
        return None
    rest = match.group("rest").strip()
    segments = [s for s in _SEPARATORS.split(rest) if s]
    first = re.sub(r"^the\s+", "", segments[0], flags=re.I)
    if first in rules.agencies:  # "By Reuters", "By the Associated Press"
        return rules.agencies[first]
    author_and_outlet = _FOR.split(segments[0], maxsplit=1)
    if len(author_and_outlet) == 2 and is_outlet_name(author_and_outlet[1]):
        return author_and_outlet[1]
    # The first segment is the author (or authors); the outlet is a later one.
    for segment in segments[1:]:
        if segment in rules.agencies:
            return rules.agencies[segment]
        if is_outlet_name(segment):
            return segment
    return None


def agency_line(line: str) -> str | None:
    """A wire agency's name alone on its line: "The Associated Press", "AFP"."""
    name = re.sub(r"^the\s+", "", line.strip().rstrip("."), flags=re.I)
    return _rules().agencies.get(name)


def is_outlet_name(segment: str) -> bool:
    """A byline segment that can be a publication's name: a few title-case words, no
    number, no job ("Staff Writer") or time ("Updated Monday")."""
    words = segment.split()
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or any(ch.isdigit() or ch == "@" for ch in segment):
        return False
    folded = [w.casefold().strip(".,") for w in words]
    not_outlets = _rules().not_outlets
    if folded[0] in not_outlets or all(w in not_outlets or w in JOINERS for w in folded):
        return False
    return all(w[0].isupper() or w.casefold() in JOINERS for w in words)


def agency_tag(line: str) -> str | None:
    """A wire agency's tag opening the lead: "KORVATH, March 3 (Reuters) -"."""
    rules = _rules()
    match = rules.agency_tag.match(line)
    return rules.agencies[match.group(1)] if match else None


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?$")


def is_news_outlet(speaker: str) -> bool:
    """A speaker that is a news outlet: a wire agency, a known name, a domain ("Valdoria
    Times", "Radio Norhaven", "state television", "norhaven-courier.com"). An outlet carries
    the words of others, so a figure it relays from a named source is that source's."""
    name = _POSSESSIVE_END.sub("", _LEADING_ARTICLE.sub("", speaker.strip()))
    rules = _rules()
    if not name:
        return False
    if name in rules.agencies or name.casefold() in rules.outlet_names or DOMAIN.match(name):
        return True
    words = WORD.findall(name)
    folded = [w.casefold() for w in words]
    if folded[-1] in rules.media_nouns or "news" in folded:
        return True  # "state media", "the ISNA news agency"
    titled = all(w[0].isupper() or w.casefold() in JOINERS for w in words)
    return titled and len(words) >= 2 and (
        folded[0] in rules.media_nouns  # "Radio Norhaven"
        or (folded[-1] in rules.publications and folded[-1] not in rules.not_outlet_heads)
    )
