"""The days a report's own incident happened on, as the extraction dated its figures: a
Saturday shooting and a Monday shooting in one city, each report telling its own day, are two
incidents however alike their leads read (``report_evidence.told_apart``). Read before the
reports are grouped, from the figures alone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from core.extract.incident_days import NEWS_DAY_TEXT
from core.extract.measures import CASUALTY_MEASURES
from core.group.periods import DATE_SLACK_DAYS
from core.group.vocabulary import SentenceInfo, find_phrases, sentence_info, tokens
from core.model import Claim
from core.rules import load_rules


@dataclass(frozen=True, slots=True)
class HarmDays:
    """The days a report's killed and injured figures are dated to (ordinals)."""

    # figures told as the incident's harm: the incident happened on one of these
    harm: frozenset[int] = frozenset()
    # a toll that "rose to" a figure, dated the day it rose ("on Monday the toll rose to
    # six") or the incident's ("Saturday's toll rose to six"): the incident happened on or
    # before one of these, never after
    tolls: frozenset[int] = frozenset()
    # the dead and hurt the report counts on no day of their own ("arrested over the killing
    # of three guests"), as (measure, value): those of an incident another report dates
    undated: frozenset[tuple[str, float]] = frozenset()
    # every dead and hurt figure the report counts, dated or not, as (measure, value)
    counts: frozenset[tuple[str, float]] = frozenset()

    def counts_as_many(self, first: HarmDays | None) -> bool:
        """Whether the dead or hurt this report counts on no day of their own are as many as
        ``first`` counts of one measure, or more (its toll since risen): "the killing of
        three guests" names a shooting that killed three, "the killing of a schoolteacher"
        no shooting that killed three."""
        return first is not None and any(
            m == n and v >= w for m, v in self.undated for n, w in first.counts
        )

    def counts_alike(self, first: HarmDays | None) -> bool:
        """Whether any dead or hurt figure of this report, dated or not, is as many as one
        ``first`` counts of its measure, or more: a protest "over the killing of six" names
        a shooting that killed six, not a crash that hurt two."""
        return first is not None and any(
            m == n and v >= w for m, v in self.counts for n, w in first.counts
        )

    def apart(self, other: HarmDays) -> bool:
        """Whether the two reports' figures tell two incidents: their harm days apart, or
        every day one's risen toll is told lies before the other's incident."""
        if _all_apart(self.harm, other.harm, _days_between):
            return True
        return _all_apart(self.tolls, other.harm, _toll_before) or _all_apart(
            other.tolls, self.harm, _toll_before
        )


def _days_between(x: int, y: int) -> int:
    return abs(x - y)


def _toll_before(toll: int, harm: int) -> int:
    return harm - toll


def _all_apart(
    a: frozenset[int], b: frozenset[int], gap: Callable[[int, int], int]
) -> bool:
    return bool(a and b) and all(gap(x, y) > DATE_SLACK_DAYS for x in a for y in b)


def harm_days(claims: Sequence[Claim]) -> dict[str, HarmDays]:
    """Per document, the days its killed and injured figures are dated to, each figure dated
    to one day its text tells (not the publication day), a figure in a sentence telling a
    toll that rose ("rose to", "has climbed") or a death after the day ("succumbed", "died in
    hospital", "two of the injured", "more bodies": ``later_deaths``; "a seventh
    worshipper": ``later_victims``) apart, and so is the same figure told again of that day.
    Left out: a figure of another incident ("in a separate attack"), one that recalls a past
    event, one told with its funeral ("the funeral on Monday of five killed on Saturday")."""
    memo: dict[str, SentenceInfo] = {}
    harm: dict[str, set[int]] = defaultdict(set)
    tolls: dict[str, set[int]] = defaultdict(set)
    undated: dict[str, set[tuple[str, float]]] = defaultdict(set)
    counts: dict[str, set[tuple[str, float]]] = defaultdict(set)
    dated: list[tuple[str, str, float, int]] = []
    risen: set[tuple[str, str, float, int]] = set()
    for c in claims:
        # the harm an incident does on its day; an arrest or a funeral follows on a later one
        if c.measure not in CASUALTY_MEASURES or c.recalls:
            continue
        counts[c.document_id].add((c.measure, c.value))
        if c.date_start is None:
            undated[c.document_id].add((c.measure, c.value))
            continue
        # a day the extraction gave the figure from the report's own day is no incident's
        if c.date_end != c.date_start or c.date_text == NEWS_DAY_TEXT:
            continue
        info = sentence_info(c.sentence, memo)
        if info.separate_at(c.start - c.sentence_start) or _at_a_burial(info):
            continue
        told = (c.document_id, str(c.measure), c.value, c.date_start.toordinal())
        dated.append(told)
        if info.revision or find_phrases(info.tokens, _words()[2]) or _ordinal(c):
            risen.add(told)
    # the figure told again (a headline's "Fifth victim of market shooting dies") is as risen
    # as where its sentence tells it risen ("died in hospital on Monday")
    for told in dated:
        (tolls if told in risen else harm)[told[0]].add(told[3])
    return {
        doc: HarmDays(
            frozenset(harm.get(doc, ())), frozenset(tolls.get(doc, ())),
            frozenset(undated.get(doc, ())), frozenset(counts[doc]),
        )
        for doc in counts
    }


@cache
def _words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[tuple[str, ...]]]:
    """rules/event_types.json burial_figures, burial_struck and later_deaths."""
    raw = load_rules("event_types")
    return (
        _phrases(raw["burial_figures"]), frozenset(raw["burial_struck"]),
        _phrases(raw["later_deaths"]),
    )


@cache
def _later_victims() -> frozenset[str]:
    return frozenset(load_rules("event_types")["later_victims"])


def _ordinal(c: Claim) -> bool:
    """Whether the figure counts its victim by an ordinal ("a seventh worshipper", "a ninth
    victim"): one more death after the incident's day."""
    return any(t in _later_victims() for t, _, _ in tokens(c.number_text))


def _phrases(values: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t for t, _, _ in tokens(v)) for v in values)


def _at_a_burial(info: SentenceInfo) -> bool:
    """Whether the sentence tells a funeral or a burial its figure may be dated to ("the
    funeral on Monday of five worshippers killed in Saturday's attack"), and none the harm
    struck ("a bomber struck a funeral", "at a funeral": rules/event_types.json)."""
    words, struck, _ = _words()
    toks = info.tokens
    starts = {start: i for i, (_, start, _) in enumerate(toks)}
    told = []
    for _, start, _ in find_phrases(toks, words):
        i = starts[start]
        before = [t for t, _, _ in toks[max(0, i - 2) : i] if t not in ("a", "an", "the")]
        told.append(bool(before) and before[-1] in struck)
    return bool(told) and not any(told)
