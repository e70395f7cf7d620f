"""The other incidents a report tells beside its own.

A report on one incident often adds another of the same night or the same state: "In another
attack the same night, gunmen killed five worshippers ...", "Elsewhere in the state, ...",
"Meanwhile, in X, three people were shot dead ...". Other reports tell that incident alone; it
is not the report's own, so its figures keep their own event (``core.group.match``), and the
names only it gives tie the report to no other report (``core.group.incidents``).

An aside opens with a sentence, after the lead's first, that
- starts with the copy's own cue for another incident (``rules/event_types.json`` "asides"):
  "in another attack", "in a separate incident" (a cue naming no incident, "in a separate
  statement", opens none), or "elsewhere", "separately" when the sentence tells harm;
- or starts in a town that lies apart from the report's own place ("Meanwhile, in X, ...",
  "In X, ...") and tells harm: a speaker's town ("In X, the minister condemned the attack")
  tells none.
It runs over the sentences and paragraphs that follow, until one opens another aside or a
paragraph names the report's own incident again (a name its lead gives that the aside's
opening does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from core.group.figure_places import AREA_KINDS, neighbours
from core.group.lead_places import RUN
from core.group.region_names import coarse_place
from core.group.report_names import calendar_words, name_words
from core.group.vocabulary import find_phrases, find_triggers, rules, tokens
from core.rules import load_rules
from core.text import places
from core.text.places import Place

CUE_WORDS = 3  # a cue opens a sentence: it starts among the sentence's first this many words
NOUN_REACH = 2  # the incident word of a cue stands this near after it ("in another deadly attack")
TOWN_LEVELS = frozenset({"city", "district"})  # a place that tells another incident's scene
# families whose one-word triggers are incident words after a cue ("in another raid")
_INCIDENT_FAMILIES = frozenset({"attack", "military", "kidnapping", "disaster"})

_GENERIC = "attack"  # the kind every violent incident is: "the attack" may be either's
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class AsideRules:
    """``rules/event_types.json`` "asides", phrases as token tuples."""

    cues: frozenset[tuple[str, ...]]
    opening: frozenset[tuple[str, ...]]
    bare: frozenset[tuple[str, ...]]
    nouns: frozenset[str]
    place_leads: frozenset[str]
    harm: frozenset[tuple[str, ...]]


@cache
def aside_rules() -> AsideRules:
    raw = load_rules("event_types")
    table = raw["asides"]
    one_word = {
        phrase[0]
        for phrase, kind in rules().triggers.items()
        if len(phrase) == 1 and kind.family in _INCIDENT_FAMILIES
    }
    harm = [*table["harm"], *raw["harm_words"], *raw["death_words"], *raw["hurt_words"]]
    return AsideRules(
        cues=_phrases(table["cues"]),
        opening=_phrases(table["opening_cues"]),
        bare=_phrases(table["bare_cues"]),
        nouns=frozenset(table["incident_nouns"]) | one_word,
        place_leads=frozenset(table["place_leads"]),
        harm=_phrases(harm),
    )


def _phrases(values: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t for t, _, _ in tokens(v)) for v in values)


def sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """The sentences of one paragraph, as spans (a full stop before a capital ends one)."""
    at = start
    for m in _SENTENCE_END.finditer(text, start, end):
        yield at, m.end()
        at = m.end()
    if at < end:
        yield at, end


def _opens_by_cue(toks: Sequence[tuple[str, int, int]]) -> bool:
    """A cue among the sentence's first words: a cue phrase with an incident word just after
    it, or a bare cue in a sentence that tells harm."""
    table = aside_rules()
    opening = toks[: CUE_WORDS + 4]
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    first = 1 if toks and toks[0][0] in table.place_leads else 0  # "Meanwhile, another ..."
    for phrase, start, _ in find_phrases(opening, table.cues | table.opening):
        i = starts[start]
        after = [t for t, _, _ in toks[i + len(phrase) : i + len(phrase) + NOUN_REACH]]
        near = i == first if phrase in table.opening else i < CUE_WORDS
        if near and not table.nouns.isdisjoint(after):
            return True
    bare = find_phrases(opening, table.bare)
    return any(starts[s] < CUE_WORDS for _, s, _ in bare) and tells_harm(toks)


def tells_harm(toks: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a sentence tells harm of its own: people killed, hurt or taken, and no word
    that refers back to an incident told before ("the attack", ``rules().anaphora``): "X
    said the attack on the post was carried out by 18 militants, two of whom were killed"
    tells the report's own incident."""
    return bool(find_phrases(toks, aside_rules().harm)) and not find_phrases(
        toks, rules().anaphora
    )


def _opens_elsewhere(sentence: str, toks: Sequence[tuple[str, int, int]], home: Place) -> bool:
    """Whether the sentence starts in a town apart from the report's own place ("Meanwhile,
    in X, ...") and tells harm there: not a neighbouring town (the report's own scene may
    spread there, and a big city's parts the gazetteer lists as towns lie that near)."""
    words = [t for t, _, _ in toks[:3]]
    i = 1 if words and words[0] in aside_rules().place_leads else 0
    if len(words) <= i or words[i] not in ("in", "at"):
        return False
    rest = sentence[toks[i][2] :]
    pos = len(rest) - len(rest.lstrip())
    if rest[pos : pos + 4].casefold() == "the ":
        pos += 4
    m = RUN.match(rest, pos)
    if m is None or m.group(0).split()[0].casefold() in calendar_words():
        return False  # "In March, ...": a time, not a town
    place = _town(m.group(0).replace("’", "'").split("'s ")[0])
    return (
        place is not None
        and places.relation(place, home) == "disjoint"
        and not neighbours(place, home)
        and places.normalise(place.name) != places.normalise(home.name)
        and tells_harm(toks)
    )


def _town(run: str) -> Place | None:
    """The town or district a capitalised run names ("Kaura Namoda", "Bannu District")."""
    words = run.split()
    if len(words) > 1 and words[-1].casefold() in AREA_KINDS:
        words = words[:-1]
    place = places.lookup(" ".join(words))
    return place if place is not None and place.level in TOWN_LEVELS else None


def lead_sentence(text: str, paragraphs: Sequence[Span]) -> Span | None:
    """The report's first sentence ending in a full stop (a headline has none): it names the
    report's own incident."""
    for start, end in paragraphs:
        for s, e in sentences(text, start, end):
            if text[s:e].rstrip().rstrip("\"”’'").endswith((".", "!", "?")):
                return s, e
    return None


def aside_openings(text: str, paragraphs: Sequence[Span], home: Place | None) -> list[int]:
    """Where the sentences that open another incident start, after the lead sentence; by
    place only when ``home``, the report's own place, is known."""
    return [
        s
        for s, sentence, toks, by_cue in _after_lead(text, tuple(paragraphs))
        if by_cue or (home is not None and _opens_elsewhere(sentence, toks, home))
    ]


_Read = tuple[int, str, tuple[tuple[str, int, int], ...], bool]


@lru_cache(maxsize=4)
def _after_lead(text: str, paragraphs: tuple[Span, ...]) -> tuple[_Read, ...]:
    """The sentences after the lead sentence: start, text, word tokens, and whether a cue
    opens it. Read once a report: its description asks without its place, then with it."""
    lead = lead_sentence(text, paragraphs)
    if lead is None:
        return ()
    out: list[_Read] = []
    for start, end in paragraphs:
        if end <= lead[1]:
            continue
        for s, e in sentences(text, max(start, lead[1]), end):
            toks = tuple(tokens(text[s:e]))
            out.append((s, text[s:e], toks, _opens_by_cue(toks)))
    return tuple(out)


def aside_spans(
    text: str,
    paragraphs: Sequence[Span],
    openings: Sequence[int],
    *,
    lower: frozenset[str],
) -> tuple[Span, ...]:
    """The spans of the other incidents: each from its opening to the next opening, or to
    the paragraph that names the report's own incident again (a name of its lead sentence
    that the opening's paragraph does not give)."""
    lead = lead_sentence(text, paragraphs)
    home = text[lead[0] : lead[1]] if lead else ""
    names, kinds = _names(home, lower), _kinds(home)
    spans = []
    for n, start in enumerate(openings):
        stop = openings[n + 1] if n + 1 < len(openings) else len(text)
        opening = text[start : _paragraph_end(paragraphs, start)]
        own = (names - _names(opening, lower), kinds - _kinds(opening))
        end = next(
            (s for s, e in paragraphs if start < s < stop and _returns(text[s:e], own, lower)),
            stop,
        )
        spans.append((start, end))
    return tuple(spans)


def _returns(
    paragraph: str, own: tuple[frozenset[str], frozenset[str]], lower: frozenset[str]
) -> bool:
    """Whether a paragraph speaks of the report's own incident again: it gives a name only
    the lead sentence gave, or refers back to the lead's kind of incident that the aside's
    opening did not tell ("the blast" after a shooting told aside)."""
    names, kinds = own
    if not names.isdisjoint(_names(paragraph, lower)):
        return True
    table = rules().triggers
    return any(
        table[phrase[1:]].name in kinds
        for phrase, _, _ in find_phrases(tokens(paragraph), rules().anaphora)
        if phrase[1:] in table
    )


def _kinds(text: str) -> frozenset[str]:
    """The kinds of incident a text's words name, but the generic attack."""
    table = rules().triggers
    return frozenset(
        table[p].name for p, _, _ in find_triggers(tokens(text))
    ) - {_GENERIC}


def _paragraph_end(paragraphs: Sequence[Span], at: int) -> int:
    return next((e for s, e in paragraphs if s <= at < e), at)


def _names(text: str, lower: frozenset[str]) -> frozenset[str]:
    """The names a text gives, but a province's or a country's (shared by every report from
    there) and the words of an area's kind ("Local Government Area")."""
    return frozenset(
        low for low, _, _ in name_words(text, lower)
        if low not in AREA_KINDS and not coarse_place(low)
    )


def aside_of(asides: Sequence[Span], at: int) -> int:
    """Which of a report's other incidents (1, 2, ...) the offset lies in; 0: its own."""
    return next((n for n, (s, e) in enumerate(asides, start=1) if s <= at < e), 0)


def aside_place(location: str | None, text: str, aside: Span, upto: int) -> str | None:
    """The parts of a place text that an aside itself names before ``upto`` (the end of the
    figure's sentence): a place carried in from its report's dateline or lead ("Y, <the
    report's town>") is the report's own incident's, not the aside's; None when it names none."""
    if not location:
        return location
    told = text[aside[0] : max(aside[0], upto)].casefold()
    parts = [part.strip() for part in location.split(",")]
    kept = [part for part in parts if part and _named_in(part, told)]
    return ", ".join(kept) or None


def _named_in(part: str, told: str) -> bool:
    """Whether a place text's part (its area word aside: "X district") is written in ``told``."""
    words = part.casefold().split()
    while len(words) > 1 and words[-1] in AREA_KINDS:
        words = words[:-1]
    return " ".join(words) in told


def masked(text: str, asides: Sequence[Span]) -> str:
    """The text with the other incidents' spans blanked (offsets kept)."""
    if not asides:
        return text
    parts, at = [], 0
    for s, e in asides:
        parts += [text[at:s], re.sub(r"\S", " ", text[s:e])]
        at = e
    parts.append(text[at:])
    return "".join(parts)
