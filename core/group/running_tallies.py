"""Running tallies: a figure that counts on from a start to the day of the report ("more than
260 people have been killed since the violence broke out in May", "the 31st shooting this
year, in which 19 people have died", "pushing the toll above 680 since the war began"). The
extraction often dates such a figure to the report's day, as it would the incident's; the
grouping reads it as a period total all the same, never one incident's count.

The wording (``rules/event_types.json`` "running_tally"): a perfect ("have been killed") or a
toll word in the figure's clause, and a period that runs to now: "this year" in the sentence
("so far" alone is also one incident's toll: "five bodies have been found so far"), or
"since" in the figure's clause right before a month or a year, or before a verb of beginning
("since the fighting began"), or, with no period written, a clause that counts over a series of
incidents ("300 people have been killed in such attacks", "in similar incidents so far").
Whatever its tense, a figure whose clause opens on "in which" right after a count of several
incidents counts over them all ("41 shootings across the island so far this year, in which 23
were killed"; "two shootings on Wednesday, in which five died in all"); "the bus, in which 40
were travelling" names one. So does, whatever the tense, a clause that counts over several
incidents or over "the shootings this year" beside a period that runs to now ("23 were killed
in 41 shootings across the island so far this year").
"Since Monday" names the incident's day, not a start; a superlative or an ordinal before the
period compares the incident with others ("the deadliest since 2005", "the third such attack
this year"), unless the figure's clause counts over the series it names ("the 31st shooting
this year, in which 19 have died").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.group.vocabulary import SentenceInfo, find_phrases, rules, tokens
from core.model import Claim
from core.rules import load_rules

CLAUSE_END = re.compile(r"[;:()—–]|,(?!\d)")  # a figure's clause runs between these
SINCE_WINDOW = 6  # "since" reaches a month, a year or a verb of beginning this many words on
_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
COMPARE_WINDOW = 3  # a superlative or ordinal this many words before a period compares
COUNT_WINDOW = 3  # a numeral counts the incidents of a counted plural this many words after it
SERIES_RELATIVES = ("in", "during", "of")  # "in which", "during which", "of which"
SERIES_GAP = 2  # "the shootings (so far) this year": a counted plural this close before a period


@dataclass(frozen=True, slots=True)
class _TallyWords:
    perfect: frozenset[str]
    periods: frozenset[tuple[str, ...]]
    since_verbs: frozenset[str]
    superlatives: frozenset[str]
    months: frozenset[str]
    series: frozenset[str]


@cache
def _words() -> _TallyWords:
    raw = load_rules("event_types")
    spec = raw["running_tally"]
    return _TallyWords(
        perfect=frozenset(spec["perfect"]),
        periods=frozenset(tuple(t for t, _, _ in tokens(p)) for p in spec["periods"]),
        since_verbs=frozenset(spec["since_verbs"]),
        superlatives=frozenset(spec["superlatives"]),
        months=frozenset(raw["calendar_words"]) - _weekdays(),
        series=frozenset(spec["series"]),
    )


@cache
def _weekdays() -> frozenset[str]:
    """The weekday names of ``calendar_words``: those that are no month of ``rules/dates.json``."""
    months = set(load_rules("dates")["months"])
    return frozenset(load_rules("event_types")["calendar_words"]) - months


def clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the clause around ``sentence[start:end]`` (the comma of "60,000" ends
    none)."""
    ends = [m.start() for m in CLAUSE_END.finditer(sentence)]
    lo = max((i for i in ends if i < start), default=-1) + 1
    hi = min((i for i in ends if i >= end), default=len(sentence))
    return lo, hi


def running_tally(claim: Claim, info: SentenceInfo) -> bool:
    """Whether the figure counts on from a start to the report's day (see the module)."""
    words = _words()
    lo, hi = clause(
        claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    )
    inside = [t for t in info.tokens if lo <= t[1] and t[2] <= hi]
    relative = [t for t, _, _ in inside[:2]] in [[w, "which"] for w in SERIES_RELATIVES]
    if relative and _counts_incidents([t for t in info.tokens if t[2] <= lo]):
        return True
    every = list(info.tokens)
    if _a_years_series(every, inside, words):
        return True
    if not any(t in words.perfect for t, _, _ in inside):
        return False
    # "the 31st shooting this year, in which 19 have died": the clause counts over the series
    series = [t for t, _, _ in inside[:2]] in (["in", "which"], ["of", "which"])
    for _, start, _ in find_phrases(info.tokens, words.periods):
        at = next(i for i, t in enumerate(every) if t[1] == start)
        if series or not _compares(every, at, words):
            return True
    return _over_a_series(inside, words) or any(
        t == "since" and _since_start(inside, i, words) for i, (t, _, _) in enumerate(inside)
    )


def _a_years_series(
    every: list[tuple[str, int, int]], inside: list[tuple[str, int, int]], words: _TallyWords
) -> bool:
    """Whatever the tense, a period that runs to now in the sentence, no comparison before it,
    and a clause that counts over several incidents ("23 were killed in 41 shootings across
    the island so far this year") or over the period's series ("the shootings this year left
    23 dead")."""
    for _, start, _ in find_phrases(every, words.periods):
        at = next(i for i, t in enumerate(every) if t[1] == start)
        if _compares(every, at, words):
            continue
        before = [w for w, _, _ in every[max(0, at - SERIES_GAP) : at]]
        if _counts_incidents(inside) or (
            every[at] in inside and any(w in rules().counted for w in before)
        ):
            return True
    return False


def _counts_incidents(before: list[tuple[str, int, int]]) -> bool:
    """Whether the words (before a figure's "in which", or its clause) count several
    incidents: a numeral other than one right before a counted plural ("41 shooting
    incidents", "two shootings")."""
    table = rules()
    for i, (t, _, _) in enumerate(before):
        if t not in table.counted:
            continue
        near = [w for w, _, _ in before[max(0, i - COUNT_WINDOW) : i]]
        if any(_several(w, table.number_words) for w in near):
            return True
    return False


def _several(word: str, number_words: frozenset[str]) -> bool:
    """A numeral of more than one ("41", "two", "dozens"), never "one" or "1"."""
    return (word.isdigit() and int(word) > 1) or (word in number_words and word != "one")


def _over_a_series(toks: list[tuple[str, int, int]], words: _TallyWords) -> bool:
    """Whether the clause counts over a series of incidents ("have been killed in such
    attacks", "in similar incidents so far"): a word of a series right before a counted
    plural; "the third such raid" counts one."""
    counted = rules().counted
    return any(
        t in words.series and toks[i + 1][0] in counted for i, (t, _, _) in enumerate(toks[:-1])
    )


def _since_start(toks: list[tuple[str, int, int]], at: int, words: _TallyWords) -> bool:
    """Whether the "since" at ``toks[at]`` names a start (a month or a year right after it, a
    verb of beginning) and neither a weekday nor a comparison ("the deadliest since 2005")."""
    window = [t for t, _, _ in toks[at + 1 : at + 1 + SINCE_WINDOW]]
    if _compares(toks, at, words) or any(w in _weekdays() for w in window):
        return False
    # "since May 2023", "since 2019": the start itself; "since the July slaying" names an event
    starts = bool(window) and (window[0] in words.months or bool(_YEAR.fullmatch(window[0])))
    return starts or any(w in words.since_verbs for w in window)


def _compares(toks: list[tuple[str, int, int]], at: int, words: _TallyWords) -> bool:
    """A superlative or an ordinal just before ``toks[at]`` ("the worst this year",
    "deadliest since", "the third such attack this year", "the 12th this year")."""
    before = [t for t, _, _ in toks[max(0, at - COMPARE_WINDOW) : at]]
    return any(w in words.superlatives or _ORDINAL.fullmatch(w) for w in before)
