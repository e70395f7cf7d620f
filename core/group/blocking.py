"""Blocking: which claims the matcher scores together. Within a document every pair (up to
MAX_ALL_PAIRS claims, else each claim with its NEIGHBOURS on either side); across the reports of
one incident each framed figure with the others of its group; across documents only inside
buckets of (place, day / month / year), a claim stored under every place that contains it and
looking under its own, so the work grows with the batch, not with its square."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from core.group.facts import ClaimFacts
from core.group.periods import DATE_SLACK_DAYS, LONG_DAYS, SHORT_DAYS

MAX_ALL_PAIRS = 120  # documents with more claims compare each claim with its neighbours only
NEIGHBOURS = 60
MAX_GROUP_PAIRS = 20_000  # a larger report group pairs figures of the same measure only


def _months(start: int, end: int) -> list[tuple[int, int]]:
    a, b = dt.date.fromordinal(start), dt.date.fromordinal(end)
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _document_neighbours(facts: Sequence[ClaimFacts]) -> dict[int, list[int]]:
    """Within a document: every other claim up to MAX_ALL_PAIRS claims, else the NEIGHBOURS
    on either side (by position in the text)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f.index)
    out: dict[int, list[int]] = {}
    for members in by_doc.values():
        members.sort(key=lambda i: (facts[i].claim.start, i))
        span = len(members) if len(members) <= MAX_ALL_PAIRS else NEIGHBOURS
        for x, i in enumerate(members):
            out[i] = members[max(0, x - span) : x] + members[x + 1 : x + 1 + span]
    return out


def _report_group_parts(facts: Sequence[ClaimFacts]) -> dict[int, list[int]]:
    """Across the reports of one incident: each figure in its frame with the others of its
    group (of its measure in a large group), so the work grows with the size of the groups,
    not of the batch."""
    framed: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        if f.in_frame and f.group is not None and f.claim.is_core:
            framed[f.group].append(f.index)
    out: dict[int, list[int]] = {}
    for members in framed.values():
        if len({facts[i].doc for i in members}) < 2:
            continue  # one report: ``later`` keeps only figures of other documents from these
        for part in _parts(facts, members):
            for i in part:
                out[i] = part
    return out


def _parts(facts: Sequence[ClaimFacts], members: list[int]) -> list[list[int]]:
    """A report group's framed figures, split by measure when the group is large."""
    if len(members) ** 2 <= 2 * MAX_GROUP_PAIRS:
        return [members]
    by_measure: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_measure[facts[i].claim.measure].append(i)
    return list(by_measure.values())


Bucket = tuple[object, ...]


def _buckets_of(f: ClaimFacts) -> tuple[list[Bucket], list[Bucket]]:
    """The buckets a dated, placed claim is stored under, and those it looks in (none for a
    claim without a date or a place). It is stored under every place that contains it
    (Quetta, Balochistan, Pakistan) and looks only under its own, so a Balochistan claim meets
    the Quetta claims and claims of different towns never meet. Short periods are stored by
    day and by month (a "March" report may be the "March 5" incident); each claim probes the
    buckets of its own period class, and an incident dated to a month also probes the days of
    that month, one dated to its year the days of that year."""
    start, end = f.start, f.end
    if (f.place is None and f.place_name is None) or start is None or end is None:
        return [], []
    if f.place is not None:
        stored: tuple[str, ...] = f.place.chain
        looked: tuple[str, ...] = (f.place.key, *f.place.members)
    else:  # a named place unknown to the gazetteer, stored under the names it lies within
        looked = (f"name:{f.place_name}",)
        stored = (*looked, *(f"name:{part}" for part in f.place_parts))
    keys: list[Bucket] = []
    into: list[Bucket] = []
    length = end - start + 1
    if length <= SHORT_DAYS:
        months = _months(start, end)
        into += [("d", w, d) for w in stored for d in range(start, end + 1)]
        into += [("dm", w, y, m) for w in stored for y, m in months]
        into += [("dy", w, y) for w in stored for y in {y for y, _ in months}]
        days = range(start - DATE_SLACK_DAYS, end + DATE_SLACK_DAYS + 1)
        keys += [("d", w, d) for w in looked for d in days]
    elif length <= LONG_DAYS:
        months = _months(start, end)
        into += [("m", w, y, m) for w in stored for y, m in months]
        keys += [("m", w, y, m) for w in looked for y, m in months]
        if not f.total:  # a total never joins a dated incident: skip those
            keys += [("dm", w, y, m) for w in looked for y, m in months]
    else:
        years = range(dt.date.fromordinal(start).year, dt.date.fromordinal(end).year + 1)
        into += [("l", w, year) for w in stored for year in years]
        keys += [("l", w, year) for w in looked for year in years]
        if not f.total:  # one incident dated by its year ("a quake killed 900 in 2005")
            keys += [("dy", w, year) for w in looked for year in years]
    return into, keys


@dataclass(slots=True)
class Blocks:
    """Where each claim finds the claims worth scoring with it: neighbours in its document,
    the figures of its report group, and across documents (only claims with a date and a
    place) the time/place buckets it looks in, or is stored under when another looks in them.
    A pair is found from either side, claim by claim, so the pairs are never all held at
    once: the memory grows with the batch, not with the pairs."""

    facts: Sequence[ClaimFacts]
    neighbours: dict[int, list[int]]
    parts: dict[int, list[int]]
    stored: defaultdict[Bucket, list[int]]
    probing: defaultdict[Bucket, list[int]]

    @classmethod
    def of(cls, facts: Sequence[ClaimFacts]) -> Blocks:
        blocks = cls(
            facts,
            _document_neighbours(facts),
            _report_group_parts(facts),
            defaultdict(list),
            defaultdict(list),
        )
        for f in facts:
            into, keys = _buckets_of(f)
            for key in into:
                blocks.stored[key].append(f.index)
            for key in keys:
                blocks.probing[key].append(f.index)
        return blocks

    def later(self, i: int) -> list[int]:
        """The claims after ``i`` (by index) worth scoring with it, each once, in order."""
        f = self.facts[i]
        across = set(self.parts.get(i, ()))
        into, keys = _buckets_of(f)
        for key in keys:
            across.update(self.stored.get(key, ()))
        for key in into:
            across.update(self.probing.get(key, ()))
        found = set(self.neighbours.get(i, ()))
        found.update(j for j in across if self.facts[j].doc != f.doc)
        return sorted(j for j in found if j > i)
