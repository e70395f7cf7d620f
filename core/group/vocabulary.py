"""The event vocabulary (``rules/event_types.json``): kinds of incident and the words that name
them, found in a sentence; shared by grouping, report incidents and conflicts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from core.extract.cues import cues
from core.group.raiders import as_attack
from core.ingest.figure_rows import bare_row
from core.rules import load_rules

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'&][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class KindRule:
    name: str
    family: str
    priority: int


@dataclass(frozen=True, slots=True)
class EventRules:
    """``rules/event_types.json``, phrases as token tuples."""

    triggers: Mapping[tuple[str, ...], KindRule]
    trigger_set: frozenset[tuple[str, ...]]
    kinds: Mapping[str, KindRule]
    counted: frozenset[str]
    statistic: frozenset[tuple[str, ...]]
    separate: frozenset[tuple[str, ...]]
    revision: frozenset[tuple[str, ...]]
    anaphora: frozenset[tuple[str, ...]]
    perpetrators: frozenset[str]
    scopes: Mapping[str, str]
    number_words: frozenset[str]
    stopwords: frozenset[str]
    follow_up: frozenset[tuple[str, ...]] = frozenset()
    recall: frozenset[tuple[str, ...]] = frozenset()
    agencies: frozenset[str] = frozenset()
    residents: frozenset[str] = frozenset()
    together: frozenset[frozenset[str]] = frozenset()  # co_occurring kinds
    deeds: frozenset[frozenset[str]] = frozenset()  # same_deeds kinds


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Lower-case word tokens with their offsets (typographic apostrophes folded)."""
    return list(_scanned(text))


# grouping reads one claim's sentence once for every claim it is compared with, mostly in a
# run of comparisons: a few hundred texts remembered spare three scans in five
@lru_cache(maxsize=256)
def _scanned(text: str) -> tuple[tuple[str, int, int], ...]:
    low = text.casefold().replace("’", "'").replace("‘", "'")
    return tuple([(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(low)])


def _phrases(values: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t for t, _, _ in tokens(v)) for v in values)


@cache
def rules() -> EventRules:
    raw = load_rules("event_types")
    triggers: dict[tuple[str, ...], KindRule] = {}
    kinds: dict[str, KindRule] = {}
    for name, spec in raw["kinds"].items():
        rule = KindRule(name, spec["family"], int(spec.get("priority", 1)))
        kinds[name] = rule
        for phrase in _phrases(spec["triggers"]):
            triggers.setdefault(phrase, rule)
    scopes = _with_singulars(
        {word: scope for scope, words in raw["scopes"].items() for word in words}
    )
    return EventRules(
        triggers=triggers,
        trigger_set=frozenset(triggers),
        kinds=kinds,
        counted=frozenset(raw["counted"]),
        statistic=_phrases(raw["statistic"]),
        separate=_phrases(raw["separate"]),
        revision=_phrases(raw["revision"]),
        anaphora=_phrases(raw["anaphora"]),
        perpetrators=frozenset(raw["perpetrators"]),
        scopes=scopes,
        number_words=frozenset(raw["number_words"]),
        stopwords=frozenset(raw["stopwords"]),
        follow_up=_phrases(raw["follow_up"]),
        recall=_phrases(raw["recall"]),
        agencies=frozenset(raw["agencies"]),
        residents=frozenset(raw["residents"]),
        together=frozenset(frozenset(pair) for pair in raw["co_occurring"]),
        deeds=frozenset(frozenset(pair) for pair in raw["same_deeds"]),
    )


# a plural's ending and its singular's (the first that fits): "policemen" / "policeman",
# "levies" / "levy", "lives" / "life", "jawans" / "jawan"
SINGULAR_ENDINGS = (("men", "man"), ("ies", "y"), ("ves", "fe"), ("s", ""))


def _with_singulars(scopes: dict[str, str]) -> dict[str, str]:
    """The scope table with the singular of each plural it lists, where the table does not
    list that word itself: "one jawan was injured" counts the security forces as "two jawans"
    does."""
    out = dict(scopes)
    for word, scope in scopes.items():
        for plural, single in SINGULAR_ENDINGS:
            if word.endswith(plural) and len(word) > len(plural) + 1:
                out.setdefault(word[: -len(plural)] + single, scope)
                break
    return out


@cache
def reporting_verbs() -> frozenset[str]:
    """Every form of a verb of saying (``rules/cues.json`` "reporting_verbs")."""
    table: dict[str, list[str]] = load_rules("cues")["reporting_verbs"]
    return frozenset(form for forms in table.values() for form in forms)


def kinds_meet(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether figures of these kinds, of different families, may tell one incident: two kinds
    one incident often holds both of (``co_occurring``: the shooting and the abduction of a
    hijacking)."""
    together = rules().together
    return any(frozenset((a, b)) in together for a in mine for b in theirs)


def same_deed(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two kinds, one of each, name one deed as two outlets tell it (``same_deeds``:
    the airstrike another outlet calls the bombing)."""
    deeds = rules().deeds
    return any(frozenset((a, b)) in deeds for a in mine for b in theirs)


@cache
def _by_first(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        if phrase:
            index[phrase[0]].append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def find_phrases(
    toks: Sequence[tuple[str, int, int]], phrases: frozenset[tuple[str, ...]]
) -> list[tuple[tuple[str, ...], int, int]]:
    """Every occurrence of a phrase (a token tuple) in ``toks``: (phrase, start, end) offsets;
    the longest phrase wins where several start at one token."""
    index = _by_first(phrases)
    words = [t for t, _, _ in toks]
    found = []
    for i, word in enumerate(words):
        for phrase in index.get(word, ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                found.append((phrase, toks[i][1], toks[i + n - 1][2]))
                break
    return found


def find_triggers(
    toks: Sequence[tuple[str, int, int]],
) -> list[tuple[tuple[str, ...], int, int]]:
    """The words that name a kind of incident, as ``find_phrases`` finds them, but for a
    trigger written right after one of another family: it is that noun's verb ("an earthquake
    strikes", "protesters attacked"), not an incident of its own (an airstrike, an attack); nor
    is a word of a disaster right after attackers ("militants storm a post") or between "to"
    and its object ("vowed to storm the barracks"): their verb. A raid by attackers is found
    as the attack word (``raiders.as_attack``)."""
    table = rules()
    found = find_phrases(toks, table.trigger_set)
    ends = {e: table.triggers[p].family for p, _, e in found}
    doers = {e for t, _, e in toks if t in table.perpetrators}
    marked, objects = _disaster_verbs()
    markers = {e for t, _, e in toks if t in marked}
    # "the rescue operation is still on": relief work, unless a force's words say it was the
    # forces' ("a failed rescue operation by troops")
    forces = any(
        table.triggers[p].family == _MILITARY and p not in _RELIEF_WORK for p, _, _ in found
    )
    efforts = set() if forces else {e for t, _, e in toks if t in _relief_efforts()}
    determiners = {s for t, s, _ in toks if t in objects}
    out = []
    for phrase, start, end in found:
        before = _previous_end(toks, start)
        family = table.triggers[phrase].family
        if (before in ends and ends[before] != family) or (
            before in efforts and phrase in _RELIEF_WORK
        ):
            continue  # "militants storm a post"; "the rescue operation is still on"
        if family == DISASTER and (
            before in doers or (before in markers and _next_start(toks, end) in determiners)
        ):
            continue
        out.append((as_attack(phrase, toks, start), start, end))
    return out


DISASTER = "disaster"  # the family of the kinds no one does (a flood, a storm, a crash)


_MILITARY = "military"  # the family of operations, raids and strikes
_RELIEF_WORK = frozenset({("operation",), ("operations",)})  # "the rescue operation"


@cache
def _relief_efforts() -> frozenset[str]:
    """``rules/event_types.json`` relief_efforts: "rescue" of "the rescue operation"."""
    return frozenset(str(w) for w in load_rules("event_types")["relief_efforts"])


@cache
def _counting_back() -> frozenset[tuple[str, ...]]:
    """``rules/event_types.json`` counting_back: "of them" after a sentence's opening number."""
    return _phrases(load_rules("event_types")["counting_back"])


def _counts_back(toks: Sequence[tuple[str, int, int]]) -> bool:
    """Whether the sentence opens by counting among the figure before it ("Four of them were
    later found dead", "2 of those held"): a number, then ``_counting_back``."""
    words = [t for t, _, _ in toks[:3]]
    return bool(words) and (words[0].isdigit() or words[0] in rules().number_words) and any(
        tuple(words[1 : 1 + len(p)]) == p for p in _counting_back()
    )


@cache
def _disaster_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The words around a disaster word that make it a verb with its object
    (``rules/event_types.json`` disaster_as_verb: "to storm the barracks")."""
    table = load_rules("event_types")["disaster_as_verb"]
    return frozenset(table["before"]), frozenset(table["after"])


def _next_start(toks: Sequence[tuple[str, int, int]], end: int) -> int | None:
    """Where the token after the one ending at ``end`` starts (None for the last)."""
    return next((s for _, s, _ in toks if s >= end), None)


def _previous_end(toks: Sequence[tuple[str, int, int]], start: int) -> int | None:
    """Where the token before the one starting at ``start`` ends (None for the first)."""
    previous = None
    for _, s, e in toks:
        if s >= start:
            return previous
        previous = e
    return previous


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What the grouping and the conflicts read from one sentence, computed once."""

    tokens: tuple[tuple[str, int, int], ...]
    triggers: tuple[tuple[tuple[str, ...], int, int], ...]
    statistic: bool
    separate: bool  # the whole sentence tells another incident ("in a separate attack")
    anaphoric: bool
    revision: bool
    # where wording of another incident starts, not of the aftermath of its own ("days
    # after", "a week before" tell either): "in a separate attack", "a similar attack"
    another: tuple[int, ...] = ()
    # the clauses (character spans) a stretch of time opens ("a day after gunmen killed
    # three, police held four"): their figures tell the earlier happening, not the rest's
    shifted: tuple[tuple[int, int], ...] = ()

    def separate_at(self, at: int) -> bool:
        """Whether the figure at ``at`` (offset in the sentence) tells another incident: the
        whole sentence does, or the figure stands in a clause a stretch of time opens."""
        return self.separate or any(start <= at < end for start, end in self.shifted)


def sentence_info(sentence: str, memo: dict[str, SentenceInfo] | None = None) -> SentenceInfo:
    """Read a sentence once; ``memo`` (one per run, never global) shares it between claims."""
    if memo is not None and sentence in memo:
        return memo[sentence]
    info = _read_sentence(sentence)
    if memo is not None:
        memo[sentence] = info
    return info


# Sentences read by the grouping and the conflicts' tests (a batch's claim sentences, each
# asked of by several tests that take no memo: ``toll_parts.partial``, ``toll_scopes``)
_READ_SENTENCES = 4096


@lru_cache(maxsize=_READ_SENTENCES)  # a pure reading of the text; SentenceInfo is frozen
def _read_sentence(sentence: str) -> SentenceInfo:
    table = rules()
    toks = tuple(tokens(sentence))
    opening = tuple(t for t, _, _ in toks[:3])
    triggers = tuple(find_triggers(toks))
    found = _of_incidents(toks, find_phrases(toks, table.separate), triggers)
    return SentenceInfo(
        tokens=toks,
        triggers=triggers,
        # a bare "Name: N" row of a breakdown table is a statistic's part, like its heading
        statistic=bool(find_phrases(toks, table.statistic)) or bare_row(sentence),
        separate=any(_TIME_SHIFTS.isdisjoint(phrase) for phrase, _, _ in found),
        anaphoric=any(opening[: len(p)] == p for p in table.anaphora) or _counts_back(toks),
        revision=bool(find_phrases(toks, table.revision)),
        another=tuple(
            start
            for _, start, _ in _of_incidents(toks, find_phrases(toks, _another()), triggers)
        ),
        shifted=tuple(
            shifted_clause(sentence, start)
            for phrase, start, _ in found
            if not _TIME_SHIFTS.isdisjoint(phrase)
        ),
    )


# the words after a "separate" phrase that may name what is separate: "in a separate statement",
# "separately, at a news briefing"
DOCUMENT_REACH = 3
INDEFINITE = frozenset({"a", "an"})  # articles that introduce an incident not told before
ARTICLE_REACH = 2  # an article stands this near before its incident word ("an intelligence-based")


def document_nouns() -> frozenset[str]:
    """Nouns of a statement or a document (``rules/cues.json`` "document_nouns")."""
    return cues().document_nouns


def _of_incidents(
    toks: Sequence[tuple[str, int, int]],
    found: list[tuple[tuple[str, ...], int, int]],
    triggers: Sequence[tuple[tuple[str, ...], int, int]],
) -> list[tuple[tuple[str, ...], int, int]]:
    """The "separate" phrases that tell another incident. A separate statement, release or
    news briefing tells another saying, of the report's own incident ("Separately, at a news
    briefing, the mayor said the bombing ..."), unless an incident word after it comes with
    "a" or "an", an incident not told before ("in a separate statement, police said officers
    shot two robbers during a raid")."""
    ends = [e for _, _, e in toks]
    words = [t for t, _, _ in toks]
    starts = [s for _, s, _ in toks]
    out = []
    for phrase, start, end in found:
        after = ends.index(end) + 1 if end in ends else len(words)
        saying = not document_nouns().isdisjoint(words[after : after + DOCUMENT_REACH])
        if not saying or any(
            s > end and INDEFINITE.intersection(
                words[max(0, starts.index(s) - ARTICLE_REACH) : starts.index(s)]
            )
            for _, s, _ in triggers
        ):
            out.append((phrase, start, end))
    return out


_TIME_SHIFTS = frozenset({"after", "before"})  # "days after the blast": maybe its aftermath


@cache
def _another() -> frozenset[tuple[str, ...]]:
    """The ``separate`` phrases that tell another incident whatever the time they name."""
    return frozenset(p for p in rules().separate if _TIME_SHIFTS.isdisjoint(p))


# marks that end a dateline ("TOWN:", "TOWN, Nov 24 (Agency) -"): a clause may open after them
_DATELINE_ENDS = (":", " - ", " \u2014 ", " \u2013 ", "\u2014", "\u2013")
# "Two days after", "Just days after": this many words may stand before a fronted stretch
FRONTED_WORDS = 2


def shifted_clause(sentence: str, start: int) -> tuple[int, int]:
    """The clause a stretch of time opens at ``start`` ("a day after", "days after"), as
    copy punctuates it: fronted ("A day after gunmen killed three in X, police held four"),
    to its first comma; trailing ("Police held four on Friday, a day after gunmen killed
    three"), to the sentence's end."""
    before = sentence[:start]
    opening = max((before.rfind(m) + len(m) for m in _DATELINE_ENDS if m in before), default=0)
    lead = before[opening:]
    comma = sentence.find(",", start)
    if "," not in lead and len(lead.split()) <= FRONTED_WORDS and comma != -1:
        return start, comma
    return start, len(sentence)
