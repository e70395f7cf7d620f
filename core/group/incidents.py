"""Reports → incidents: what each report is about, and which reports cover the same incident.

A news report is about one incident, named in its headline and lead ("ISLAMABAD: ... Three people
were killed"); most of its figures state no place or date of their own and belong to it. This
module reads, per report, from the title, the dateline and the first paragraphs:
- the kind of incident (``rules/event_types.json`` triggers, the most frequent in the lead);
- its place at the best precision the lead gives: a capitalised run that the gazetteer knows
  as a whole (so "Lahore General Hospital" or "Marvin Quetta" is never read as a town), the
  dateline first, ambiguous names settled by the countries the lead names;
- the names it mentions (places, organisations, people): capitalised words the report never
  writes in lower case ("Police" at a sentence start is a common noun when "police" appears);
- its publication date;
- the other incidents it tells beside its own ("In another attack the same night, ...":
  ``report_asides``): their names are not the report's, and a report that names more of one
  of them than of the report's own incident covers that one, not the report's.

Two reports cover one incident on this evidence (``report_evidence``), each part kept as a
reason a checker can read: names both mention, weighted by how rare they are in the batch;
wording of the headline and lead (RapidFuzz, numbers masked); the same kind; publication dates
close together. A shared figure is never evidence; an unknown date or place is none either
way. Places that do not contain each other, kinds of different families, or publication dates
far apart count against, and are vetoes past a limit. Reports are compared only when they share
a rare name or a place (an inverted index), so the work grows with the batch, and merged
greedily on descending scores, a merge refused when it would put two vetoed reports together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from core.group.harm_days import harm_days
from core.group.lead_days import named_days, told_days
from core.group.lead_places import (
    dateline_places,
    desk_scenes,
    incident_place,
    lead_dateline,
    lead_places,
    surnames_in,
)
from core.group.region_names import region_names
from core.group.report_asides import aside_openings, aside_spans, lead_sentence, masked
from core.group.report_evidence import UNSEEN, VETO_DAYS, compare, figures_apart, names_norm
from core.group.report_incident import ReportIncident
from core.group.report_names import dash_openers, lowercase_words, report_names
from core.group.town_sides import side_of_town, suburb_pairs
from core.group.union_find import find_root
from core.group.vocabulary import find_phrases, find_triggers, rules, tokens
from core.model import Claim, Document
from core.text import places
from core.text.lines import line_spans
from core.text.places import Place

LEAD_PARAGRAPHS = 3  # title + dateline + this many paragraphs name the incident
LEAD_CHARS = 900
TOLD_DAY_PARAGRAPHS = 2  # a headline line above the lead sentence, then the lead sentence
MAX_POSTING = 60  # names shared by more reports than this are not used to find candidates
NAMES_PER_REPORT = 25  # the rarest names of a report that find candidates
PARTNERS = 20  # a report is compared with the reports it shares most with, this many at most
REPORT_THRESHOLD = 0.4
# A batch is a few reports among the many a newsroom never sent: names are weighed as if this
# many more reports, naming none of them, were in the batch, so that a name every report of a
# small batch shares still counts, and one more report on something else changes no weight
# that matters (benchmarks/report_batches.py: a story's grouping stays the same).
BACKGROUND_REPORTS = 50
GROUP_MEAN = 0.25  # two groups merge only when their reports score this much on average
FULL_LINKAGE = 64  # groups this small (product of sizes) compare all their pairs on a merge
TOWN_LEVELS = frozenset({"city", "district"})  # places a lead names precisely enough to frame
REPORTS_REMEMBERED = 10_000  # descriptions kept (a few KB each, never the text)
_NUMBER = re.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class ReportGroup:
    """Reports judged to cover one incident, with the reasons for each merge."""

    id: str
    document_ids: tuple[str, ...]
    reasons: tuple[str, ...]
    # The two documents of each merge, in the order of ``reasons``.
    pairs: tuple[tuple[str, str], ...] = ()


# (id, title, published, body, digest of the text) -> the report's description
_DESCRIBED: dict[tuple[object, ...], ReportIncident] = {}
_DESCRIBED_LOCK = threading.Lock()


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    return [(start, end) for start, end in line_spans(doc.text) if doc.in_body(start)]


def describe_report(doc: Document) -> ReportIncident:
    """What the report is about (its headline, dateline and first paragraphs). Remembered
    per report: the window regroups the whole project after each batch of files and each
    event decision, and only the reports new since the last grouping need reading. The key
    holds every field read here (the text by its digest), so a remembered description is
    the one reading the report again would give."""
    key = (doc.id, doc.title, doc.published, doc.body,
           hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass")).digest())
    known = _DESCRIBED.get(key)
    if known is None:
        known = _describe(doc)
        with _DESCRIBED_LOCK:  # the window's grouping and extraction run on two threads
            if len(_DESCRIBED) >= REPORTS_REMEMBERED:
                _DESCRIBED.pop(next(iter(_DESCRIBED)))  # the oldest goes
            _DESCRIBED[key] = known
    return known


def _lead_end(paragraphs: Sequence[tuple[int, int]], openings: Sequence[int]) -> int:
    """Where the lead ends: after its paragraphs, within its length, before another
    incident the report opens (``report_asides``)."""
    if not paragraphs:
        return 0
    end = paragraphs[min(len(paragraphs), LEAD_PARAGRAPHS) - 1][1]
    return min(end, paragraphs[0][0] + LEAD_CHARS, *openings)


def _opening(doc: Document, paragraphs: Sequence[tuple[int, int]], lead_end: int) -> str:
    """The headline and the first paragraphs of the lead, where a report tells its
    incident's day (a later paragraph may tell an earlier incident's)."""
    spans = paragraphs[:TOLD_DAY_PARAGRAPHS]
    body = " ".join(doc.text[a:min(b, lead_end)] for a, b in spans if a < lead_end)
    return f"{doc.title or ''}\n{body}"


def _without_asides(
    doc: Document,
    paragraphs: Sequence[tuple[int, int]],
    place: Place | None,
    lead_end: int,
    lower: frozenset[str],
) -> tuple[tuple[tuple[int, int], ...], dict[str, float] | None, int]:
    """The spans of the other incidents the report tells, its names outside them (None
    when it tells none) and where its lead sentence starts."""
    openings = aside_openings(doc.text, paragraphs, place)
    if not openings:
        return (), None, 0
    asides = aside_spans(doc.text, paragraphs, openings, lower=lower)
    lead = lead_sentence(doc.text, paragraphs)
    start = lead[0] if lead else 0
    return asides, report_names(masked(doc.text, asides), lead_end, lower), start



def _describe(doc: Document) -> ReportIncident:
    paragraphs = _paragraphs(doc)
    lead_end = _lead_end(paragraphs, aside_openings(doc.text, paragraphs, None))
    start = paragraphs[0][0] if paragraphs else 0
    lead = ((doc.title or "") + "\n" + doc.text[start:lead_end]).strip()
    lower = lowercase_words(doc.text)
    table = rules()
    toks = tokens(lead)
    kinds = Counter(table.triggers[p].name for p, _, _ in find_triggers(toks))
    kind = None
    if kinds:
        # A specific kind ("bombing") names the incident rather than the generic "attack";
        # kinds of priority 2 (arrest, kidnapping) only when nothing else is said.
        def rank(k: str) -> tuple[int, int, int]:
            return (table.kinds[k].priority, -kinds[k], k == "attack")

        kind = min(kinds, key=rank)
    family = table.kinds[kind].family if kind else None
    names = report_names(doc.text, lead_end, lower)
    masked = _NUMBER.sub("#", lead.casefold())
    words = [t for t, _, _ in tokens(masked) if t not in table.stopwords]
    follow_up = bool(find_phrases(toks, table.follow_up))
    surnames = surnames_in(doc.text)
    found = lead_places(lead, lower=lower, names=names, surnames=surnames)
    place = incident_place(found, dateline=lead_dateline(lead), lead=lead)
    asides, outside, story_start = _without_asides(doc, paragraphs, place, lead_end, lower)
    aside_names = frozenset(names.keys() - outside.keys()) if outside is not None else frozenset()
    names = names if outside is None else outside
    return ReportIncident(
        document_id=doc.id,
        kind=kind,
        family=family,
        kinds=frozenset(kinds),
        place=place,
        published=doc.published.toordinal() if doc.published else None,
        names=names,
        lead=" ".join(words),
        lead_end=lead_end,
        follow_up=follow_up,
        named_places=dateline_places(lead, found),
        place_name=places.normalise(place.name) if place else "",
        named_days=named_days(lead, doc.published.toordinal() if doc.published else None),
        told_days=told_days(_opening(doc, paragraphs, lead_end),
                            doc.published.toordinal() if doc.published else None),
        lead_towns=frozenset(p.key for p, _ in found if p.level in TOWN_LEVELS),
        region=region_names(names, doc.text, surnames),
        asides=asides,
        aside_names=aside_names,
        story_start=story_start,
        scenes=desk_scenes(lead, found),
        openers=dash_openers(doc.text[:lead_end], lower) - names.keys(),
        side=side_of_town(lead, place),
    )



def _idf(reports: Sequence[ReportIncident]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for r in reports:
        df.update(r.names)
    n = len(reports) + BACKGROUND_REPORTS
    out = {name: math.log((n + 1) / count) + 0.1 for name, count in df.items()}
    out[UNSEEN] = math.log(n + 1) + 0.1  # the weight of a name only one report gives
    return out


def _report_keys(
    reports: Sequence[ReportIncident], idf: Mapping[str, float]
) -> list[list[tuple[str, float]]]:
    """Per report, the keys that find its candidates, weighted: the rarest names another
    report also gives (a name no other report gives finds no partner, and a long report has
    dozens of them), the words opening its lead after a dash, and its place's name (namesakes
    alike) with the month of publication."""
    unseen = idf.get(UNSEEN, 0.0)
    keys = []
    for r in reports:
        known = [n for n in r.names if idf.get(n, 0.0) < unseen]
        rare = sorted(known, key=lambda n: (-idf.get(n, 0.0), n))[:NAMES_PER_REPORT]
        mine = [(name, idf.get(name, 0.0)) for name in rare]
        # a word opening the lead after a dash finds the reports that name it (``_opened``)
        mine += [(name, idf[name]) for name in sorted(r.openers) if name in idf]
        if r.place is not None:
            month = dt.date.fromordinal(r.published).strftime("%Y-%m") if r.published else ""
            mine.append((f"place:{r.place_name}:{month}", 1.0))
        keys.append(mine)
    return keys


def _candidates(
    reports: Sequence[ReportIncident], idf: Mapping[str, float]
) -> set[tuple[int, int]]:
    """Pairs of reports sharing rare names or a place: an inverted index, and per report only
    the PARTNERS reports it shares the most with, so the pairs grow with the batch; and a
    wire's story "south of" a metropolis with the reports of the towns lying there."""
    keys = _report_keys(reports, idf)
    index: dict[str, list[int]] = defaultdict(list)
    for i, mine in enumerate(keys):
        for key, _ in mine:
            index[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, mine in enumerate(keys):
        common: dict[int, float] = defaultdict(float)
        for key, weight in mine:
            members = index[key]
            if len(members) <= MAX_POSTING:
                for j in members:
                    if j != i:
                        common[j] += weight
        for j in sorted(common, key=lambda j: (-common[j], j))[:PARTNERS]:
            pairs.add((min(i, j), max(i, j)))
    return pairs | suburb_pairs(reports, PARTNERS)


def _key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


@dataclass(slots=True)
class _Group:
    members: list[int]
    reasons: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    published: tuple[int, int] | None = None  # the first and last day its reports came out

    def published_apart(self, other: _Group) -> bool:
        """Whether two of the reports across the groups are vetoed as published too far
        apart (``_veto``), from the groups' first and last days: the farthest pair is
        always one group's first report and the other's last."""
        a, b = self.published, other.published
        return a is not None and b is not None and max(a[1] - b[0], b[1] - a[0]) > VETO_DAYS

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.reasons += other.reasons
        self.pairs += other.pairs
        a, b = self.published, other.published
        self.published = (min(a[0], b[0]), max(a[1], b[1])) if a and b else a or b


class _Merger:
    """Greedy average-linkage merging of reports into incidents, with the reasons of each
    merge; pair scores not yet computed are computed on demand for small groups."""

    def __init__(self, documents: Sequence[Document], reports: Sequence[ReportIncident]) -> None:
        self.documents = documents
        self.reports = reports
        self.idf = _idf(reports)
        self.norms = {r.document_id: names_norm(r.names, self.idf) for r in reports}
        self.scores: dict[tuple[int, int], float] = {}
        self.owner = list(range(len(reports)))
        self.groups = {
            i: _Group([i], published=None if r.published is None else (r.published, r.published))
            for i, r in enumerate(reports)
        }

    def score(self, i: int, j: int) -> tuple[float, tuple[str, ...]] | None:
        key = _key(i, j)
        result = compare(self.reports[key[0]], self.reports[key[1]], self.idf, self.norms)
        self.scores[key] = result[0] if result is not None else 0.0
        return result

    def pair_score(self, i: int, j: int) -> float:
        key = _key(i, j)
        if key not in self.scores:
            self.score(*key)
        return self.scores[key]

    def find(self, i: int) -> int:
        return find_root(self.owner, i)

    def accepts(self, a: _Group, b: _Group) -> bool:
        """No vetoed pair across the two groups, and enough evidence on average. Average, not
        single, linkage: one close pair must not chain two incidents together. Between small
        groups every pair is scored; between large ones a pair never compared (no rare name or
        place in common) counts as no evidence, so a merge costs no more than the pairs
        already scored."""
        if a.published_apart(b) or self.figures_apart(a, b):
            return False
        size = len(a.members) * len(b.members)
        if size == 1:
            return True
        total = sum(
            self.pair_score(x, y) if size <= FULL_LINKAGE else self.scores.get(_key(x, y), 0.0)
            for x in a.members
            for y in b.members
        )
        return total / size >= GROUP_MEAN

    def figures_apart(self, a: _Group, b: _Group) -> bool:
        """Whether a report of each group dates its figures days apart from the other's
        (``figures_apart``): a follow-up that dates none, close to both, joins neither to the
        other."""
        dated = [[self.reports[i] for i in g.members if self.reports[i].harm_days is not None]
                 for g in (a, b)]
        return any(figures_apart(x, y) for x in dated[0] for y in dated[1])

    def merge(self, i: int, j: int, score: float, reasons: tuple[str, ...]) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not self.accepts(self.groups[ri], self.groups[rj]):
            return
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        kept = self.groups[keep]
        kept.absorb(self.groups.pop(gone))
        names = (self.documents[i].name, self.documents[j].name)
        kept.reasons.append(f"{names[0]} ~ {names[1]} ({score:.2f}: {'; '.join(reasons)})")
        kept.pairs.append((self.documents[i].id, self.documents[j].id))
        self.owner[gone] = keep

    def result(self) -> tuple[ReportGroup, ...]:
        ordered = sorted(self.groups.values(), key=lambda g: min(g.members))
        return tuple(
            ReportGroup(
                id=f"r{n}",
                document_ids=tuple(self.documents[i].id for i in sorted(g.members)),
                reasons=tuple(g.reasons),
                pairs=tuple(g.pairs),
            )
            for n, g in enumerate(ordered, start=1)
        )


def cluster_reports(documents: Sequence[Document], claims: Sequence[Claim] = ()) -> tuple[
    dict[str, ReportIncident], tuple[ReportGroup, ...]
]:
    """Each document's incident, and the groups of documents covering one incident: candidate
    pairs scored, then merged greedily on descending scores. ``claims``, the figures read from
    the documents, give each report the days of its incident (``harm_days``)."""
    days = harm_days(claims)
    reports = [
        replace(r, harm_days=days[d.id]) if d.id in days else r
        for d in documents
        for r in (describe_report(d),)
    ]
    merger = _Merger(documents, reports)
    scored = []
    for i, j in _candidates(reports, merger.idf):
        result = merger.score(i, j)
        if result is not None and result[0] >= REPORT_THRESHOLD:
            scored.append((-result[0], i, j, result[1]))
    scored.sort()
    for neg, i, j, reasons in scored:
        merger.merge(i, j, -neg, reasons)
    return {r.document_id: r for r in reports}, merger.result()
