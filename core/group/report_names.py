"""The names a report mentions: capitalised words it never writes in lower case ("Police" at a
sentence start is a common noun when "police" appears), weighted by where they stand; the
evidence of names two reports share (``core.group.incidents``) and of the report's own
incident its other incidents' copy leaves (``core.group.report_asides``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from core.group.figure_places import AREA_KINDS
from core.group.lead_places import news_agencies
from core.group.region_names import coarse_place, town_words
from core.group.vocabulary import rules
from core.rules import load_rules
from core.text import places

HEAD_NAME_WEIGHT = 2.0  # a name in the lead counts this many times one further down

_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*[\w]")


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names (``rules/event_types.json``): capitalised, yet never names."""
    return frozenset(load_rules("event_types")["calendar_words"])


@cache
def _title_words() -> frozenset[str]:
    """Words of titles and offices (``rules/cues.json`` titles, person and institution
    nouns): "Prime Minister", "the Interior Ministry", "Police Chief" are capitalised in every
    report of a country's news, and name no one incident."""
    cues = load_rules("cues")
    return frozenset(
        w for key in ("titles", "person_nouns", "institution_nouns") for w in cues[key]
    )


@cache
def _credit_words() -> frozenset[str]:
    """Words of the wire services' names ("Reuters", "Agence France-Presse"): the credit of
    every story a wire files that day, shared by reports of different incidents."""
    return frozenset(w for name in news_agencies() for w in name.split())


def lowercase_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case: written so, a capitalised one names nothing."""
    return frozenset(m.group(0) for m in re.finditer(r"\b[a-z][a-z’'-]+\b", text))


def name_words(text: str, lower: frozenset[str]) -> Iterator[tuple[str, int, bool]]:
    """Each capitalised word that may be a name, lower case, with its offset and whether it
    stands inside a sentence (a word capitalised only where a sentence or line starts, "But",
    "Few", is no name)."""
    stop = rules().stopwords | calendar_words() | _title_words() | _credit_words()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).replace("’", "'")
        low = word.casefold().rstrip(".")
        if low.endswith("'s"):
            low = low[:-2]
        if len(low) < 3 or low in stop or low in lower or word.isupper():
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t\"'“‘(")
        yield low, m.start(), bool(before) and before[-1] not in ".!?:\n" and not _opens(
            text, m.start(), m.end()
        )


# a dash with a space before it ends a dateline ("JOS - Gunmen", "FLINT, Mich. — Police")
_DATELINE_DASH = re.compile(r"\s[-–—]\s*$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _opens(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` opens a sentence after a dash ("MAIDUGURI - Suspected
    insurgents", "JOS - Gunmen on Tuesday"): a common word, capitalised there as at any
    sentence start. A name of more words ("LAGOS - Kunle Adeyemi"), a town ("ST. LOUIS -
    Overland police") and a hyphen inside a word ("ex-Marine", "Al-Shabaab") are not."""
    return (
        bool(_DATELINE_DASH.search(text[max(0, start - 4) : start]))
        and bool(_LOWER_NEXT.match(text, end))
        and not places.candidates(text[start:end])
    )


def dash_openers(text: str, lower: frozenset[str]) -> frozenset[str]:
    """The words left out of a report's names only for opening a lead after a dateline's dash
    (``_opens``): "GUSAU - Dangulbi residents" opens with a village the gazetteer lacks as
    "JOS - Gunmen" opens with a common word. Another report that writes the word inside a
    sentence ("in Dangulbi village") tells them apart (``report_evidence``)."""
    towns = town_words(text)
    out = set()
    for low, at, _ in name_words(text, lower):
        end = _CAPITALISED.match(text, at)
        if end is not None and _opens(text, at, end.end()):
            out.add(low)
    return frozenset(n for n in out if not coarse_place(n) and n not in towns | AREA_KINDS)


def report_names(text: str, lead_end: int, lower: frozenset[str]) -> dict[str, float]:
    """Capitalised words the report never writes in lower case, weighted by where they stand;
    a word capitalised only where a sentence or line starts ("But", "Few") is no name."""
    names: dict[str, float] = defaultdict(float)
    inside: set[str] = set()
    for low, at, within in name_words(text, lower):
        names[low] += HEAD_NAME_WEIGHT if at < lead_end else 1.0
        if within:
            inside.add(low)
    # A country or province is shared by every report from there: the place comparison
    # weighs it; as a name it would tie unrelated incidents of one country together. So are
    # the words of an area's kind ("Local Government Area").
    towns = town_words(text)
    return {
        n: w for n, w in names.items()
        if n in inside and not coarse_place(n) and n not in towns and n not in AREA_KINDS
    }
