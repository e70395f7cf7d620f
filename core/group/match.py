"""Claims → Events: which figures speak of the same incident or the same statistic.

Evidence, each turned into a reason a checker can read (``Link.reasons``):
- the period (dates resolved by the extraction): overlapping short periods are strong evidence,
  periods that do not overlap (beyond one day of slack) are never one event, but arrests in
  a report's frame may follow its incident by weeks (``periods.arrests_after``);
- the place, with containment (``core.places``): Quetta ~ Balochistan ~ Pakistan agree, places
  that do not contain each other are never one event;
- the kind of event (``rules/event_types.json``: the trigger word nearest the figure, or the
  extractor's ``event_type``): a bombing and an army operation are evidence against;
- the actor, and the wording around the figure with numbers masked (RapidFuzz, on text we
  normalise ourselves);
- within one report: the same sentence, a sentence that opens by referring back ("These
  attacks ..."), or words that announce another incident ("in a separate attack").
A shared figure is never evidence. A single incident (a period of three days or less, or a
singular attack word such as "a bombing") never joins a period total (a count of attacks or
operations, or a figure over more than a week with statistic wording, or over more than 45
days), and two totals are one statistic only over nearly the same period (a month and a year,
or January–June and January–November, stay apart).

Blocking: claims are compared within their document (all pairs up to 120 claims, else each
with its 60 neighbours), and across documents only inside buckets of (place, day / month /
year), a claim stored under every place that contains it and looking under its own, so the
work grows with the batch, not with its square. Across documents a link needs a date on both
sides and a shared or containing place: claims without them are tied to other reports only by
the checker. Clustering is greedy on descending scores (``Settings.match_threshold``), and a
merge that would put incompatible claims (places, periods, scale, kind, a checker's
"different") into one event is refused, so chains of weak links cannot glue two incidents
together.

Every claim the decisions do not exclude gets an event: a claim that matches nothing gets a
singleton event, labelled like any other (the GUI lists them, and the export's ``event_id`` is
never empty for a claim).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field

from core.group.blocking import Blocks
from core.group.breakdown_items import areas_told_apart, breakdown_item
from core.group.cluster_periods import arrests_clash, framed_periods, held
from core.group.event_places import event_place
from core.group.facts import ClaimFacts
from core.group.figure_words import fits_measures
from core.group.incidents import cluster_reports
from core.group.pair_evidence import unrelated
from core.group.pair_scores import (
    Decision,
    claim_facts,
    placed,
    score_pair,
    scoring_key,
    with_partners,
)
from core.group.periods import (
    Period,
    period_clash,
    period_text,
)
from core.group.place_readings import PlacedFigure, kept_apart
from core.group.release_ties import release_source
from core.group.report_evidence import one_deed
from core.group.report_incident import ReportIncident
from core.group.report_ties import (
    answered,
    beside_incident,
    dated_frame,
    exchanging,
    follows_as_arrest,
    frame_group,
    statistic_key,
)
from core.group.union_find import find_root
from core.group.vocabulary import kinds_meet, same_deed
from core.model import Claim, Document, Event, Link
from core.settings import DEFAULT_SETTINGS, Settings
from core.text import places
from core.text.place_spellings import press_name, written_name

CHECKER_SAME = "checker: same event"  # the reason of a link the checker made

MAX_VETOES = 20  # an event keeps this many links refused by a veto, with the veto's reason


# --- clustering -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    periods: list[Period]  # of its figures but the arrests that follow its incident
    places: list[PlacedFigure]
    total: bool
    incident: bool
    families: set[str]
    kinds: set[str]  # kinds of two families may still meet (``vocabulary.kinds_meet``)
    # families of members that may stand beside another kind's incident in its frame
    beside: set[str] = field(default_factory=set)
    # families of members that may be one side of an exchange of fire (``exchanging``), and
    # their days
    exchange: set[str] = field(default_factory=set)
    exchange_days: set[tuple[str, int, int]] = field(default_factory=set)
    # report groups whose incident's day its members give (``report_ties.dated_frame``)
    frames: set[str] = field(default_factory=set)
    # the documents and sources of its period totals: one source's statistic in one report
    # counts every kind together (``report_ties.one_statistic``)
    totals: set[tuple[str, str]] = field(default_factory=set)
    # the names of the recorders its named tallies give (``release_ties.release_source``)
    recorders: set[str] = field(default_factory=set)
    # the report groups of its members whose reports tell one deed under two words
    # (``report_evidence.one_deed``): there an airstrike and a bombing may meet
    deeds: set[str] = field(default_factory=set)
    cannot: set[int] = field(default_factory=set)
    # whether it holds an item of a breakdown by area (``breakdown_items``)
    items: bool = False
    # per report that tells other incidents beside its own, which of them its members tell
    # (``ClaimFacts.aside``): two of one report are never one event
    asides: dict[str, set[int]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    vetoes: list[Link] = field(default_factory=list)
    # the periods of its arrests in a report's frame (``report_ties.follows_as_arrest``): they
    # may follow the frame's incident by days, not only by the frame's slack
    arrests: list[Period] = field(default_factory=list)

    @classmethod
    def of(cls, f: ClaimFacts, cannot: set[int], deeds: Set[str] = frozenset()) -> _Cluster:
        periods: list[Period] = (
            [] if f.start is None or f.end is None
            else [(f.start, f.end, f.total, frame_group(f))]
        )
        arrests = follows_as_arrest(f)
        return cls(
            members=[f.index],
            periods=[] if arrests else periods,
            arrests=periods if arrests else [],
            places=[where] if (where := placed(f)) is not None else [],
            total=f.total,
            incident=f.incident,
            families={f.family} if f.family else set(),
            kinds={f.kind} if f.kind else set(),
            beside={f.family} if f.family and beside_incident(f) else set(),
            exchange={f.family} if f.family and exchanging(f) else set(),
            exchange_days=(
                {(f.family, f.start, f.end)}
                if f.family and exchanging(f) and f.start is not None and f.end is not None
                else set()
            ),
            frames=(
                {g} if (g := dated_frame(f)) is not None
                else {h} if arrests and (h := frame_group(f)) is not None else set()
            ),
            totals={key} if (key := statistic_key(f)) else set(),
            recorders=set(release_source(f)),
            deeds={f.group} if f.group is not None and f.group in deeds else set(),
            cannot=set(cannot),
            items=breakdown_item(f.claim),
            asides={} if f.aside is None else {f.doc: {f.aside}},
        )

    def refusal(self, other: _Cluster, *, same_sentence: bool) -> str | None:
        """Why two claims of the merged cluster could not be one event, or None."""
        scale = self._scale_refusal(other)
        if scale is not None:
            return scale
        if any(self.asides[d] != other.asides[d] for d in self.asides.keys() & other.asides):
            return "two incidents one report tells apart"
        own, their = held(self.periods, other.periods)
        if (
            any(period_clash(p, q) for p in own for q in their)
            or arrests_clash(self.arrests, other.arrests, their)
            or arrests_clash(other.arrests, self.arrests, own)
        ):
            return "periods do not overlap"
        # one source's statistic in one report tells its parts by area ("Tarn saw 22 of them,
        # Wend 14"): the areas of its parts never keep them apart
        one_statistic = self.total and other.total and not self.totals.isdisjoint(other.totals)
        if not one_statistic and not self._places_compatible(other):
            # the other side's standing places read once, not again for every place of this
            # side: each ``in`` compares whole figures (a set would hash them, deeper still)
            standing = _standing(self.places + other.places)
            others = [q for q in other.places if q in standing]
            for p in (p for p in self.places if p in standing):
                for q in others:
                    if kept_apart(p, q):
                        apart = (press_name(p.place.name), press_name(q.place.name))
                        return "different places ({} / {})".format(*apart)
        # the families set against each other leave out what stands beside a frame's incident;
        # a family both events hold (a protest beside the firing on it) still ties them
        # one recorder's tallies, in any reports, count every kind together too
        one_recorder = not self.recorders.isdisjoint(other.recorders)
        mine, theirs = self._kinds_against(other)
        # one deed under two words only where reports were found to tell it: a landmine and
        # an airstrike in one province are two
        one_deed = same_deed(self.kinds, other.kinds) and not self.deeds.isdisjoint(other.deeds)
        if (
            not same_sentence and not one_statistic and not one_recorder and mine and theirs
            and mine.isdisjoint(theirs) and self.families.isdisjoint(other.families)
            and not kinds_meet(self.kinds, other.kinds)
            and not one_deed
        ):
            kinds = " / ".join(sorted(self.families)) + " vs " + " / ".join(sorted(other.families))
            return f"different kinds of event ({kinds})"
        return None

    def _scale_refusal(self, other: _Cluster) -> str | None:
        """Why the checker, the scale of the figures or the areas of two totals part them."""
        if self.cannot.intersection(other.members) or other.cannot.intersection(self.members):
            return "checker: different events"
        if (self.total and other.incident) or (self.incident and other.total):
            return "a single incident and a period total"
        # a breakdown's item and a total whose sentence names another area ("Tarn 220" and
        # the country's 900) are two statistics, one area's part of the other's or not
        if (
            self.total and other.total and (self.items or other.items)
            and areas_told_apart(self.places, other.places)
        ):
            return "totals of different areas"
        return None

    def _kinds_against(self, other: _Cluster) -> tuple[set[str], set[str]]:
        """The families of kinds two clusters compare: in one incident's frame, arrests,
        abductions and a protest are beside its incident and set no kind against it
        (``report_ties.follows_incident``), nor do the attack and the military family against
        each other (the attack and the fire that answered it: ``report_ties.one_exchange``);
        another kind still does (a disaster beside a bombing)."""
        if self.frames.isdisjoint(other.frames):
            return self.families, other.families
        mine, theirs = self.families - self.beside, other.families - other.beside
        if mine <= self.exchange and theirs <= other.exchange and self._one_day(other):
            return set(), set()  # the attack and the reply to it (``one_exchange``)
        return mine, theirs

    def _one_day(self, other: _Cluster) -> bool:
        """Whether an attack figure of one cluster and a military figure of the other may be
        one exchange by their days (``report_ties.answered``: an operation launched after the
        attack's day is its own event; outlets that date the attack a day apart still meet)."""
        pairs = [(x, y) for x in self.exchange_days for y in other.exchange_days if x[0] != y[0]]
        return any(
            answered(x[1:], y[1:]) if x[0] == "attack" else answered(y[1:], x[1:])
            for x, y in pairs
        )

    def _places_compatible(self, other: _Cluster) -> bool:
        """Whether every place of one cluster is compatible with every place of the other,
        each place compared once (a cluster holds one entry per document that names it)."""
        mine = {p.place.key: p.place for p in self.places}
        theirs = {q.place.key: q.place for q in other.places}
        return all(places.compatible(p, q) for p in mine.values() for q in theirs.values())

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.periods = framed_periods(self.periods + other.periods)
        self.arrests = list(dict.fromkeys(self.arrests + other.arrests))
        self.places = list(dict.fromkeys(self.places + other.places))
        self.total |= other.total
        self.incident |= other.incident
        self.families |= other.families
        self.kinds |= other.kinds
        self.beside |= other.beside
        self.exchange |= other.exchange
        self.exchange_days |= other.exchange_days
        self.frames |= other.frames
        self.totals |= other.totals
        self.recorders |= other.recorders
        self.deeds |= other.deeds
        self.cannot |= other.cannot
        self.items |= other.items
        for doc, told in other.asides.items():
            self.asides.setdefault(doc, set()).update(told)
        self.links += other.links
        self.vetoes = (self.vetoes + other.vetoes)[:MAX_VETOES]


def _standing(placed: Sequence[PlacedFigure]) -> list[PlacedFigure]:
    """The places of two events about to merge that may keep them apart. A figure in its
    report's frame whose sentence does not name its place (carried from an earlier paragraph
    or the dateline) gives no place of its own when a figure of the same report's frame, of the
    same day, names another place in its own sentence: the report itself places its incident
    there. A figure of another day keeps its carried place (a report telling two incidents)."""
    stated = [p for p in placed if p.source[1] and p.source[2] is not None]
    return [p for p in placed if not any(_placed_over(p, q) for q in stated)]


def _placed_over(carried: PlacedFigure, named: PlacedFigure) -> bool:
    """Whether a figure's sentence, naming its place, places the incident of a figure of its
    report that carries another place on the same days (``_standing``)."""
    return (
        not carried.source[1]
        and carried.source[2] is not None
        and carried.source[0] == named.source[0]
        and carried.days is not None
        and carried.days == named.days
        and not places.compatible(carried.place, named.place)
    )


def _decisions(
    decisions: Sequence[Decision], ids: Mapping[str, int]
) -> tuple[set[int], list[tuple[int, int]], dict[int, set[int]]]:
    """Excluded claims, forced pairs and forbidden pairs; a later decision on a pair wins."""
    excluded: set[int] = set()
    verdict: dict[tuple[int, int], str] = {}
    for d in decisions:
        known = [ids[c] for c in d.claim_ids if c in ids]
        if d.kind == "none":
            excluded.update(known)
            continue
        for x, i in enumerate(known):
            for j in known[x + 1 :]:
                if i != j:
                    verdict[(min(i, j), max(i, j))] = d.kind
    same = [p for p, v in verdict.items() if v == "same" and not excluded.intersection(p)]
    cannot: dict[int, set[int]] = defaultdict(set)
    for (i, j), v in verdict.items():
        if v == "different":
            cannot[i].add(j)
            cannot[j].add(i)
    return excluded, same, cannot


def report_frames(
    documents: Sequence[Document], claims: Sequence[Claim] = ()
) -> tuple[dict[str, ReportIncident], dict[str, tuple[str, ReportIncident]], dict[str, str]]:
    """Each report's incident, its report group with that incident, and why reports are one
    incident (by group id, and by the two document ids of a merge joined with "|");
    ``claims``, all the figures read from the documents, date each report's incident."""
    reports, report_groups = cluster_reports(documents, claims)
    frames = {
        d: (g.id, reports[d]) for g in report_groups for d in g.document_ids if d in reports
    }
    incident_reasons = {
        g.id: "; ".join(g.reasons)[:300] for g in report_groups if len(g.document_ids) > 1
    }
    for g in report_groups:
        for (x, y), why in zip(g.pairs, g.reasons, strict=True):
            incident_reasons["|".join(sorted((x, y)))] = why
    return reports, frames, incident_reasons


def merged_reports(incident_reasons: Mapping[str, str]) -> list[tuple[str, str]]:
    """The pairs of documents merged into one report group: the keys of ``report_frames``'
    reasons that join two document ids with "|" (a group's own reasons are keyed by its id)."""
    return [(x, y) for x, _, y in (k.partition("|") for k in incident_reasons) if y]


class _Union:
    """Clusters of claims merged by union-find, each merge kept as a link. ``explain`` gives a
    pair's reasons, read only for the links and vetoes an event keeps."""

    def __init__(
        self,
        clusters: dict[int, _Cluster],
        claims: Sequence[Claim],
        facts: Sequence[ClaimFacts],
        explain: Callable[[int, int], tuple[str, ...]],
    ) -> None:
        self.clusters = clusters
        self.owner = {i: i for i in clusters}
        self.claims = claims
        self.facts = facts
        self.explain = explain

    def find(self, i: int) -> int:
        return find_root(self.owner, i)

    def join(self, i: int, j: int, link: Link) -> None:
        ri, rj = self.find(i), self.find(j)
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        self.clusters[keep].absorb(self.clusters.pop(gone))
        self.clusters[keep].links.append(link)
        self.owner[gone] = keep

    def offer(self, score: float, i: int, j: int) -> None:
        """Join two claims' clusters on their evidence, unless a veto refuses the merge; then
        the evidence and the veto that overrode it stay with both claims' events."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        facts, claims = self.facts, self.claims
        refused = self.clusters[ri].refusal(
            self.clusters[rj], same_sentence=facts[i].sentence == facts[j].sentence
        )
        if refused is None:
            self.join(i, j, Link(claims[i].id, claims[j].id, round(score, 3), self.explain(i, j)))
            return
        keeping = [r for r in (ri, rj) if len(self.clusters[r].vetoes) < MAX_VETOES]
        if keeping:
            veto = Link(claims[i].id, claims[j].id, round(score, 3),
                        (f"kept apart: {refused}", *self.explain(i, j)))
            for root in keeping:
                self.clusters[root].vetoes.append(veto)


def _scored(
    facts: Sequence[ClaimFacts],
    excluded: set[int],
    texts: Mapping[str, str],
    threshold: float,
) -> list[tuple[float, int, int]]:
    """Every candidate pair scoring at least ``threshold``, as (-score, i, j), best first. The
    reasons are left out: most pairs end inside an event already joined, and only the links
    and vetoes an event keeps need them (``_Union.explain``). A claim's partners in unrelated
    reports with one ``scoring_key`` share one score, computed once."""
    blocks = Blocks.of(facts)
    key_ids: dict[tuple[object, ...], int] = {}
    keys = [key_ids.setdefault(scoring_key(f), len(key_ids)) for f in facts]
    scored = []
    for i in range(len(facts)):
        if i in excluded:
            continue
        a = facts[i]
        row: dict[int, float | None] = {}
        for j in blocks.later(i):
            if j in excluded:
                continue
            b = facts[j]
            if not unrelated(a, b):
                score = _score(a, b, texts)
            elif keys[j] in row:
                score = row[keys[j]]
            else:
                score = row[keys[j]] = _score(a, b, texts)
            if score is not None and score >= threshold:
                scored.append((-score, i, j))
    scored.sort()
    return scored


def _deed_groups(by_document: Mapping[str, tuple[str, ReportIncident]]) -> frozenset[str]:
    """The report groups two of whose reports tell one deed under two words (an airstrike
    another outlet calls the bombing of the market: ``report_evidence.one_deed``)."""
    members: dict[str, list[ReportIncident]] = {}
    for gid, report in by_document.values():
        members.setdefault(gid, []).append(report)
    return frozenset(
        gid for gid, rs in members.items()
        if any(one_deed(a, b) for i, a in enumerate(rs) for b in rs[i + 1:])
    )


def _score(a: ClaimFacts, b: ClaimFacts, texts: Mapping[str, str]) -> float | None:
    result = score_pair(a, b, texts, explain=False)
    return None if result is None else result[0]


def group(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document],
    decisions: Sequence[Decision] = (),
    settings: Settings = DEFAULT_SETTINGS,
    frames: Frames | None = None,
) -> tuple[Event, ...]:
    """Group claims into events ("e1", "e2", ... in the order of each event's first claim).

    Reports are first grouped by the incident they cover (``core.group.incidents``; pass
    ``report_frames(documents)`` as ``frames`` when the caller needs them too); the figures of
    one incident's reports then join without a date or place of their own."""
    reports, by_document, incident_reasons = frames or report_frames(documents, claims)
    facts = with_partners(
        claim_facts(claims, documents, by_document), merged_reports(incident_reasons)
    )
    ids = {c.id: i for i, c in enumerate(claims)}
    excluded, same, cannot = _decisions(decisions, ids)
    texts = {d.id: d.text for d in documents}
    deeds = _deed_groups(by_document)

    def explain(i: int, j: int) -> tuple[str, ...]:
        result = score_pair(facts[i], facts[j], texts, incident_reasons)
        assert result is not None  # only pairs that scored are explained
        return result[1]

    union = _Union(
        {f.index: _Cluster.of(f, cannot.get(f.index, set()), deeds) for f in facts
         if f.index not in excluded},
        claims,
        facts,
        explain,
    )
    for i, j in sorted(same):
        if union.find(i) != union.find(j):
            union.join(i, j, Link(claims[i].id, claims[j].id, 1.0, (CHECKER_SAME,)))
    for neg, i, j in _scored(facts, excluded, texts, settings.match_threshold):
        union.offer(-neg, i, j)
    ordered = sorted(union.clusters.values(), key=lambda c: min(c.members))
    return tuple(
        _event(f"e{n}", sorted(c.members), c, facts, reports)
        for n, c in enumerate(ordered, start=1)
    )


Frames = tuple[
    dict[str, ReportIncident], dict[str, tuple[str, ReportIncident]], dict[str, str]
]


def describe_event(
    members: Sequence[Claim], documents: Sequence[Document], frames: Frames | None = None
) -> Event:
    """The event the matcher describes for exactly these claims, one event by the checker's
    decision (label, kind, place, period), each claim linked to the one before it. Read from
    the claims' facts alone: scoring every pair of a big event to join it anyway took minutes.
    ``frames``: ``report_frames(documents)``, when the caller has them."""
    reports, by_document, incident_reasons = frames or report_frames(documents)
    facts = with_partners(
        claim_facts(members, documents, by_document), merged_reports(incident_reasons)
    )
    cluster = _Cluster.of(facts[0], set())
    for f in facts[1:]:
        cluster.absorb(_Cluster.of(f, set()))
    cluster.links = [
        Link(a.id, b.id, 1.0, (CHECKER_SAME,)) for a, b in itertools.pairwise(members)
    ]
    return _event("e1", list(range(len(facts))), cluster, facts, reports)


def _event(
    event_id: str,
    members: list[int],
    cluster: _Cluster,
    facts: Sequence[ClaimFacts],
    reports: Mapping[str, ReportIncident] | None = None,
) -> Event:
    chosen = [facts[i] for i in members]
    named = [p.place for p in cluster.places if p.source[1]]
    place = event_place(named or [p.place for p in cluster.places])
    # Figures in their report's frame name the report's incident place when none of them
    # names one (a lead's dateline, never a person or a hospital: ``core.group.incidents``).
    framed = [
        reports[f.doc]
        for f in chosen
        if reports and f.in_frame and f.claim.is_core and f.doc in reports
    ]
    if place is None and not any(f.claim.location for f in chosen):
        place = places.most_specific(r.place for r in framed if r.place is not None)
    if place is not None:
        location: str | None = written_name(place, (f.claim.location for f in chosen))
    else:
        texts = Counter(f.claim.location for f in chosen if f.claim.location)
        location = texts.most_common(1)[0][0] if texts else None
    # What was counted names a statistic ("71 attacks ... 127 deaths" is about attacks).
    counters = [f for f in chosen if f.claim.measure in ("attacks", "operations") and f.kind]
    kinds = Counter(f.kind for f in (counters or chosen) if f.kind)
    # A specific kind ("bombing") names the event rather than the generic "attack".
    specific = Counter({k: v for k, v in kinds.items() if k != "attack"}) or kinds
    kind = min(specific, key=lambda k: (-specific[k], k)) if specific else None
    if kind is None:
        measures = {f.claim.measure for f in chosen}  # a lead's arrest names no drowning
        lead_kinds = Counter(r.kind for r in framed if r.kind and fits_measures(r.kind, measures))
        kind = min(lead_kinds, key=lambda k: (-lead_kinds[k], k)) if lead_kinds else None
    # The period every report agrees on; when slack leaves none, the span of them all.
    # (an event of arrests alone is dated by them)
    periods = cluster.periods or cluster.arrests
    start = max((p[0] for p in periods), default=None)
    end = min((p[1] for p in periods), default=None)
    if start is not None and end is not None and start > end:
        start = min(p[0] for p in periods)
        end = max(p[1] for p in periods)
    what = kind or "/".join(sorted({f.claim.measure for f in chosen}))
    if cluster.total:
        what += " (period total)"
    when = period_text(start, end) if start is not None and end is not None else "date unknown"
    label = " · ".join((location or "place unknown", what, when))
    return Event(
        id=event_id,
        label=label,
        claim_ids=tuple(f.claim.id for f in chosen),
        kind=kind,
        location=location,
        date_start=dt.date.fromordinal(start) if start is not None else None,
        date_end=dt.date.fromordinal(end) if end is not None else None,
        links=tuple(cluster.links),
        vetoes=tuple(cluster.vetoes),
    )
