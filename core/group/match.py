"""Claims → Events: which figures speak of the same incident or the same statistic.

Evidence, each turned into a reason a checker can read (``Link.reasons``):
- the period (dates resolved by the extraction): overlapping short periods are strong evidence,
  periods that do not overlap (beyond one day of slack) are never one event;
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
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from core.group.incidents import ReportIncident, cluster_reports
from core.group.vocabulary import (
    SentenceInfo,
    find_phrases,
    rules,
    sentence_info,
    tokens,
)
from core.model import Claim, Document, Event, Link
from core.settings import DEFAULT_SETTINGS, Settings
from core.text import places
from core.text.places import Place

SHORT_DAYS = 3  # a period this short is one incident's date
TOTAL_MIN_DAYS = 7  # a count over a longer period with statistic wording is a period total
LONG_DAYS = 45  # a period this long is a period total whatever the wording
DATE_SLACK_DAYS = 1  # reports disagree by a day ("late on Saturday" / "on Sunday")
# Two totals are one statistic only over (nearly) the same period: their starts and ends may
# differ by this many days in all, or by this share of the longer period.
TOTAL_SPAN_DAYS = 7
TOTAL_SPAN_SHARE = 0.15
WINDOW_TOKENS = 8  # wording compared: this many tokens either side of the figure
MAX_ALL_PAIRS = 120  # documents with more claims compare each claim with its neighbours only
NEIGHBOURS = 60
FRAME_DAYS = 10  # a figure dated this long before its report's publication is background
SAME_INCIDENT = 0.5  # two figures of reports covering one incident, both in the reports' frame
MAX_VETOES = 20  # an event keeps this many links refused by a veto, with the veto's reason
MAX_GROUP_PAIRS = 20_000  # a larger report group pairs figures of the same measure only

@dataclass(frozen=True, slots=True)
class Decision:
    """The checker's event decisions, input to a re-run.

    ``same``: these claims are one event (even against the evidence); ``different``: no two of
    these claims share an event; ``none``: these claims belong to no event. A later decision on
    the same pair overrides an earlier one.
    """

    kind: Literal["same", "different", "none"]
    claim_ids: tuple[str, ...]


def infer_kind(claim: Claim, info: SentenceInfo | None = None) -> tuple[str | None, bool]:
    """The event kind for a claim and whether its trigger is a counted plural ("71 attacks").

    The extractor's ``event_type`` wins when it names a known kind; else the trigger nearest the
    figure in the sentence, preferring event words over arrest/kidnapping words.
    """
    table = rules()
    if claim.event_type:
        if claim.event_type in table.kinds:
            return claim.event_type, False
        hits = find_phrases(tokens(claim.event_type), table.trigger_set)
        if hits:
            return table.triggers[hits[0][0]].name, hits[0][0][-1] in table.counted
    hits = list((info or sentence_info(claim.sentence)).triggers)
    if not hits:
        return None, False
    fig = claim.start - claim.sentence_start
    best = min(
        hits, key=lambda h: (table.triggers[h[0]].priority, min(abs(h[1] - fig), abs(h[2] - fig)))
    )
    return table.triggers[best[0]].name, best[0][-1] in table.counted


def masked_context(
    claim: Claim, *, width: int = WINDOW_TOKENS, info: SentenceInfo | None = None
) -> str:
    """The words around the figure, numbers masked as ``#``, stop words dropped."""
    toks = (info or sentence_info(claim.sentence)).tokens
    fig = claim.start - claim.sentence_start
    centre = next((i for i, (_, s, e) in enumerate(toks) if e > fig), len(toks))
    window = toks[max(0, centre - width) : centre + width + 1]
    table = rules()
    out = []
    for word, _, _ in window:
        if any(ch.isdigit() for ch in word) or all(
            part in table.number_words for part in word.split("-")
        ):
            out.append("#")
        elif word not in table.stopwords:
            out.append(word)
    return " ".join(out)


def _norm_actor(actor: str | None) -> str | None:
    if not actor:
        return None
    words = [t for t, _, _ in tokens(actor) if t not in rules().stopwords]
    return " ".join(words) or None


def _day(d: dt.date | None) -> int | None:
    return d.toordinal() if d else None


@dataclass(frozen=True, slots=True)
class _Facts:
    index: int
    claim: Claim
    doc: str
    sentence: tuple[str, int]
    start: int | None
    end: int | None
    place: Place | None
    # The place text, normalised, when the gazetteer cannot resolve it ("Eldmere", a village):
    # equal names are still the same place.
    place_name: str | None
    stated: bool  # the place is named in the claim's own sentence, not carried from elsewhere
    kind: str | None
    family: str | None
    total: bool
    incident: bool
    actor: str | None
    context: str
    separate: bool
    anaphoric: bool
    # The figure belongs to the incident its report is about (no background wording, no own
    # place or date that leaves the report's frame): it may join the figures of other reports
    # of that incident without a date and a place of its own.
    in_frame: bool = False
    group: str | None = None  # the report group (``core.group.incidents``) of its document

    @property
    def length(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start + 1


def _in_frame(
    c: Claim,
    info: SentenceInfo,
    place: Place | None,
    total: bool,
    report: ReportIncident | None,
) -> bool:
    """True when the figure speaks of its report's incident: not a period total, no wording of
    another incident or of a statistic, its own place (if any) in the report's country, its
    own date (if any) within days of the publication."""
    if report is None or total or info.separate or info.statistic:
        return False
    # Only another country leaves the frame: towns and counties are often misread without
    # their state ("Henry County"), and "in a separate attack in X" is caught by its wording.
    if place is not None and report.place is not None and place.countries.isdisjoint(
        report.place.countries
    ):
        return False
    if report.published is not None and (c.date_start or c.date_end) is not None:
        first = _day(c.date_start or c.date_end) or 0
        last = _day(c.date_end or c.date_start) or 0
        if last < report.published - FRAME_DAYS or first > report.published + DATE_SLACK_DAYS:
            return False
    return True


def _facts(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    frames: Mapping[str, tuple[str, ReportIncident]] | None = None,
) -> list[_Facts]:
    """What the grouping reads from each claim; ``frames`` maps a document to its report
    group and incident (``core.group.incidents.cluster_reports``)."""
    frames = frames or {}
    table = rules()
    hints = _country_hints(claims)
    # A sentence that counts attacks or operations over weeks or more ("71 attacks in November")
    # makes every figure in it part of that statistic ("... and 127 deaths").
    counting: set[tuple[str, int]] = set()
    for c in claims:
        if (
            c.measure in ("attacks", "operations")
            and c.date_start
            and c.date_end
            and (c.date_end - c.date_start).days + 1 > TOTAL_MIN_DAYS
        ):
            counting.add((c.document_id, c.sentence_start))
    memo: dict[str, SentenceInfo] = {}
    out = []
    for i, c in enumerate(claims):
        start, end = _day(c.date_start or c.date_end), _day(c.date_end or c.date_start)
        if start is not None and end is not None and start > end:
            start, end = end, start
        length = None if start is None or end is None else end - start + 1
        info = sentence_info(c.sentence, memo)
        kind, counted = infer_kind(c, info)
        statistic = info.statistic
        total = length is not None and (
            length > LONG_DAYS
            or (
                length > TOTAL_MIN_DAYS
                and (
                    c.measure in ("attacks", "operations")
                    or statistic
                    or (c.document_id, c.sentence_start) in counting
                )
            )
        )
        # One happening: a date of a few days, or a singular attack word ("an assault in March").
        family = table.kinds[kind].family if kind is not None and kind in table.kinds else None
        incident = not total and (
            (length is not None and length <= SHORT_DAYS)
            or (family == "attack" and not counted and c.measure not in ("attacks", "operations"))
        )
        place = places.resolve(c.location, hints=hints.get(c.document_id))
        group_id, report = frames.get(c.document_id, (None, None))
        out.append(
            _Facts(
                index=i,
                claim=c,
                doc=c.document_id,
                sentence=(c.document_id, c.sentence_start),
                start=start,
                end=end,
                place=place,
                place_name=_place_name(c.location) if place is None else None,
                stated=c.location is not None and c.location.casefold() in c.sentence.casefold(),
                kind=kind,
                family=family,
                total=total,
                incident=incident,
                actor=_norm_actor(c.actor),
                context=masked_context(c, info=info),
                separate=info.separate,
                anaphoric=info.anaphoric,
                in_frame=_in_frame(c, info, place, total, report),
                group=group_id,
            )
        )
    return out


_AREA_WORDS = frozenset(
    {
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "downtown",
        "the",
        "city",
        "town",
        "village",
        "district",
        "province",
        "region",
        "of",
    }
)


def _place_name(location: str | None) -> str | None:
    """An unresolved place text reduced to its name: "central Eldmere" → "eldmere"."""
    if not location:
        return None
    words = [w for w in places.normalise(location).split() if w not in _AREA_WORDS]
    return " ".join(words) or None


def _country_hints(claims: Sequence[Claim]) -> dict[str, dict[str, int]]:
    """Per document, the countries its place texts name: they settle ambiguous names."""
    hints: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if c.location:
            found = places.resolve(c.location)
            if found is not None:
                hints[c.document_id].update(found.countries)
    return {doc: dict(counter) for doc, counter in hints.items()}


# --- pair evidence ----------------------------------------------------------------------------

_PLACE_SAME = {"city": 0.25, "admin1": 0.2, "country": 0.1, "region": 0.1}


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _fmt_period(start: int, end: int) -> str:
    a, b = dt.date.fromordinal(start), dt.date.fromordinal(end)
    if a == b:
        return a.isoformat()
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1:
        if a.year == b.year and a.month == b.month:
            return f"{a:%Y-%m}"
        if a.month == 1 and b.month == 12 and a.year == b.year:
            return f"{a.year}"
    return f"{a.isoformat()} – {b.isoformat()}"


Period = tuple[int, int, bool]  # first day, last day (ordinals), is a period total


def period_clash(a: Period, b: Period) -> str | None:
    """Why two periods cannot be one event's, or None when they can."""
    la, lb = a[1] - a[0] + 1, b[1] - b[0] + 1
    slack = DATE_SLACK_DAYS if min(la, lb) <= SHORT_DAYS else 0
    if max(a[0], b[0]) > min(a[1], b[1]) + slack:
        return "periods do not overlap"
    if a[2] and b[2]:
        drift = abs(a[0] - b[0]) + abs(a[1] - b[1])
        if drift > max(TOTAL_SPAN_DAYS, TOTAL_SPAN_SHARE * max(la, lb)):
            return "totals over different periods"
    return None


def _compatible(a: _Facts, b: _Facts) -> str | None:
    """Why two claims can never be one event, or None when they can."""
    if (a.total and b.incident) or (a.incident and b.total):
        return "a single incident and a period total"
    if a.start is not None and b.start is not None and a.end is not None and b.end is not None:
        clash = period_clash((a.start, a.end, a.total), (b.start, b.end, b.total))
        if clash:
            return clash
    # In one report a place carried over from elsewhere (a dateline, an earlier paragraph) is
    # evidence, but only places both sentences name keep two claims apart.
    if not places.compatible(a.place, b.place) and (a.doc != b.doc or (a.stated and b.stated)):
        return "different places"
    return None


def _doc_adjacent(a: _Facts, b: _Facts, texts: Mapping[str, str]) -> bool:
    """True when ``b``'s sentence directly follows ``a``'s in the same document."""
    first, second = (a, b) if a.claim.sentence_start < b.claim.sentence_start else (b, a)
    text = texts.get(a.doc)
    if text is None:
        return False
    gap = text[first.claim.sentence_end : second.claim.sentence_start]
    return len(gap) <= 4 and not gap.strip(" \t\n\r\"'”“")


def score_pair(
    a: _Facts,
    b: _Facts,
    texts: Mapping[str, str],
    incident_reasons: Mapping[str, str] | None = None,
) -> tuple[float, tuple[str, ...]] | None:
    """Evidence that two claims are one event: a score in [0, 1] and its reasons, or None.

    The weights add up so that no single kind of evidence reaches the default threshold (0.5)
    alone: a day and a town (0.3 + 0.25) do, a day and a country (0.3 + 0.05) do not.
    ``incident_reasons``: why reports are one incident, by report group id and by the two
    document ids joined with "|".
    """
    if _compatible(a, b) is not None:
        return None
    score = 0.0
    reasons: list[str] = []
    same_doc = a.doc == b.doc
    one_incident = (
        not same_doc
        and a.group is not None
        and a.group == b.group
        and a.in_frame
        and b.in_frame
        and a.claim.is_core
        and b.claim.is_core
    )
    if one_incident:
        score += SAME_INCIDENT
        known = incident_reasons or {}
        why = known.get("|".join(sorted((a.doc, b.doc)))) or known.get(a.group or "", "")
        reasons.append(f"reports of one incident ({why})" if why else "reports of one incident")
    same_sentence = a.sentence == b.sentence
    if same_sentence:
        score += 0.45
        reasons.append("same sentence")
    elif same_doc:
        later = a if a.claim.sentence_start > b.claim.sentence_start else b
        if later.anaphoric and _doc_adjacent(a, b, texts):
            score += 0.2
            reasons.append("the next sentence refers back to it")
        if a.separate or b.separate:
            score -= 0.35
            reasons.append("wording speaks of another incident")
        if a.claim.measure == "other" or b.claim.measure == "other":
            score -= 0.1
    if a.start is not None and b.start is not None and a.end is not None and b.end is not None:
        lo, hi = max(a.start, b.start), min(a.end, b.end)
        la, lb = a.end - a.start + 1, b.end - b.start + 1
        shown = _fmt_period(min(lo, hi), max(lo, hi))
        if la <= SHORT_DAYS and lb <= SHORT_DAYS:
            score += 0.3
            reasons.append(f"dates overlap {shown}")
            if same_doc and not same_sentence:
                score += 0.1
                reasons.append("same report, same day")
        elif max(la, lb) / min(la, lb) <= 2:
            score += 0.2 if (a.total and b.total) else 0.1
            reasons.append(f"same period {shown}")
        else:
            score += 0.05
            reasons.append(f"periods overlap {shown}")
    same_name = a.place_name is not None and a.place_name == b.place_name
    if not same_doc and not one_incident and (
        a.start is None
        or b.start is None
        or not (
            same_name
            or (
                a.place is not None
                and b.place is not None
                and places.relation(a.place, b.place) != "unknown"
            )
        )
    ):
        return None  # across reports, only a date and a shared or containing place tie claims
    if same_name:
        score += 0.2
        reasons.append(f"same place name ({a.claim.location})")
    if a.place is not None and b.place is not None:
        rel = places.relation(a.place, b.place)
        if rel == "same":
            score += _PLACE_SAME[a.place.level]
            reasons.append(places.describe(a.place, b.place))
        elif rel in ("contains", "within"):
            outer = a.place if rel == "contains" else b.place
            score += 0.05 if outer.level == "country" else 0.15
            reasons.append(places.describe(a.place, b.place))
    if a.kind and b.kind:
        if a.kind == b.kind:
            score += 0.15
            reasons.append(f"both {_article(a.kind)} {a.kind}")
        elif a.family == b.family:
            if "attack" in (a.kind, b.kind):
                score += 0.05
                reasons.append(f"{a.kind} / {b.kind}")
        else:
            score -= 0.25
            reasons.append(f"different kinds ({a.kind} / {b.kind})")
    if a.actor and b.actor:
        similarity = fuzz.token_set_ratio(a.actor, b.actor) / 100
        if similarity >= 0.85:
            score += 0.1
            reasons.append(f"same actor ({a.claim.actor})")
        elif similarity < 0.5:
            score -= 0.15
            reasons.append(f"different actors ({a.claim.actor} / {b.claim.actor})")
    if a.context and b.context:
        wording = fuzz.token_set_ratio(a.context, b.context) / 100
        if wording > 0.35:
            score += 0.3 * (wording - 0.35) / 0.65
        if wording >= 0.5:
            reasons.append(f"similar wording {wording:.2f}")
    return max(0.0, min(1.0, score)), tuple(reasons)


# --- blocking ---------------------------------------------------------------------------------


def _months(start: int, end: int) -> list[tuple[int, int]]:
    a, b = dt.date.fromordinal(start), dt.date.fromordinal(end)
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _candidate_pairs(facts: Sequence[_Facts]) -> set[tuple[int, int]]:
    """Pairs worth scoring: within a document, and across documents inside time/place buckets."""
    pairs: set[tuple[int, int]] = set()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f.index)
    for members in by_doc.values():
        members.sort(key=lambda i: (facts[i].claim.start, i))
        span = len(members) if len(members) <= MAX_ALL_PAIRS else NEIGHBOURS
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + span]:
                pairs.add((min(i, j), max(i, j)))

    # Across the reports of one incident: the figures in their frame, all pairs (by measure in
    # a large group), so the work grows with the size of the groups, not of the batch.
    framed: dict[str, list[int]] = defaultdict(list)
    for f in facts:
        if f.in_frame and f.group is not None and f.claim.is_core:
            framed[f.group].append(f.index)
    for members in framed.values():
        if len({facts[i].doc for i in members}) < 2:
            continue
        if len(members) ** 2 > 2 * MAX_GROUP_PAIRS:
            by_measure: dict[str, list[int]] = defaultdict(list)
            for i in members:
                by_measure[facts[i].claim.measure].append(i)
            parts = list(by_measure.values())
        else:
            parts = [members]
        for part in parts:
            for x, i in enumerate(part):
                for j in part[x + 1 :]:
                    if facts[i].doc != facts[j].doc:
                        pairs.add((min(i, j), max(i, j)))

    # Across documents: only claims with a date and a place, bucketed by place and period.
    # Each claim is stored under every place that contains it (Quetta, Balochistan, Pakistan)
    # and looks only under its own place, so a Balochistan claim meets the Quetta claims, two
    # Quetta claims meet each other, and claims of different towns never meet. Short periods
    # are stored by day and by month (a "March" report may be the "March 5" incident); each
    # claim probes the buckets of its own period class, and an incident dated to a month also
    # probes the days of that month.
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    probes: list[tuple[int, list[tuple[object, ...]]]] = []
    for f in facts:
        if (f.place is None and f.place_name is None) or f.start is None or f.end is None:
            continue
        keys: list[tuple[object, ...]] = []
        length = f.end - f.start + 1
        if f.place is not None:
            stored: tuple[str, ...] = f.place.chain
            looked: tuple[str, ...] = (f.place.key, *f.place.members)
        else:
            stored = looked = (f"name:{f.place_name}",)
        if length <= SHORT_DAYS:
            for where in stored:
                for d in range(f.start, f.end + 1):
                    buckets[("d", where, d)].append(f.index)
                for y, m in _months(f.start, f.end):
                    buckets[("dm", where, y, m)].append(f.index)
            for where in looked:
                keys += [
                    ("d", where, d)
                    for d in range(f.start - DATE_SLACK_DAYS, f.end + DATE_SLACK_DAYS + 1)
                ]
        elif length <= LONG_DAYS:
            months = _months(f.start, f.end)
            for where in stored:
                for y, m in months:
                    buckets[("m", where, y, m)].append(f.index)
            for where in looked:
                for y, m in months:
                    keys.append(("m", where, y, m))
                    if not f.total:  # a total never joins a dated incident: skip those
                        keys.append(("dm", where, y, m))
        else:
            years = range(dt.date.fromordinal(f.start).year, dt.date.fromordinal(f.end).year + 1)
            for where in stored:
                for year in years:
                    buckets[("l", where, year)].append(f.index)
            keys += [("l", where, year) for where in looked for year in years]
        probes.append((f.index, keys))
    for i, keys in probes:
        doc = facts[i].doc
        for key in keys:
            for j in buckets.get(key, ()):
                if j != i and facts[j].doc != doc:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


# --- clustering -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    periods: list[Period]
    places: list[tuple[Place, str, bool]]  # place, document, stated in the sentence
    total: bool
    incident: bool
    families: set[str]
    cannot: set[int] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    vetoes: list[Link] = field(default_factory=list)

    @classmethod
    def of(cls, f: _Facts, cannot: set[int]) -> _Cluster:
        periods = [] if f.start is None or f.end is None else [(f.start, f.end, f.total)]
        return cls(
            members=[f.index],
            periods=periods,
            places=[(f.place, f.doc, f.stated)] if f.place else [],
            total=f.total,
            incident=f.incident,
            families={f.family} if f.family else set(),
            cannot=set(cannot),
        )

    def accepts(self, other: _Cluster, *, same_sentence: bool) -> bool:
        """False when any two claims of the merged cluster could not be one event."""
        return self.refusal(other, same_sentence=same_sentence) is None

    def refusal(self, other: _Cluster, *, same_sentence: bool) -> str | None:
        """Why two claims of the merged cluster could not be one event, or None."""
        if self.cannot.intersection(other.members) or other.cannot.intersection(self.members):
            return "checker: different events"
        if (self.total and other.incident) or (self.incident and other.total):
            return "a single incident and a period total"
        if any(period_clash(p, q) for p in self.periods for q in other.periods):
            return "periods do not overlap"
        for p, pd, ps in self.places:
            for q, qd, qs in other.places:
                if not places.compatible(p, q) and (pd != qd or (ps and qs)):
                    return f"different places ({p.name} / {q.name})"
        if not same_sentence and (
            self.families and other.families and self.families.isdisjoint(other.families)
        ):
            kinds = " / ".join(sorted(self.families)) + " vs " + " / ".join(sorted(other.families))
            return f"different kinds of event ({kinds})"
        return None

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.periods = list(dict.fromkeys(self.periods + other.periods))
        self.places = list(dict.fromkeys(self.places + other.places))
        self.total |= other.total
        self.incident |= other.incident
        self.families |= other.families
        self.cannot |= other.cannot
        self.links += other.links
        self.vetoes = (self.vetoes + other.vetoes)[:MAX_VETOES]


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


def group(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document],
    decisions: Sequence[Decision] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[Event, ...]:
    """Group claims into events ("e1", "e2", ... in the order of each event's first claim).

    Reports are first grouped by the incident they cover (``core.group.incidents``); the
    figures of one incident's reports then join without a date or place of their own."""

    reports, report_groups = cluster_reports(documents)
    frames = {
        d: (g.id, reports[d]) for g in report_groups for d in g.document_ids if d in reports
    }
    # Why two reports are one incident: their own merge, or the chain that joined them.
    incident_reasons = {
        g.id: "; ".join(g.reasons)[:300] for g in report_groups if len(g.document_ids) > 1
    }
    for g in report_groups:
        for (x, y), why in zip(g.pairs, g.reasons, strict=True):
            incident_reasons["|".join(sorted((x, y)))] = why
    facts = _facts(claims, documents, frames)
    ids = {c.id: i for i, c in enumerate(claims)}
    excluded, same, cannot = _decisions(decisions, ids)
    texts = {d.id: d.text for d in documents}

    clusters: dict[int, _Cluster] = {
        f.index: _Cluster.of(f, cannot.get(f.index, set()))
        for f in facts
        if f.index not in excluded
    }
    owner = {i: i for i in clusters}

    def find(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    def join(i: int, j: int, link: Link) -> None:
        ri, rj = find(i), find(j)
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        clusters[keep].absorb(clusters.pop(gone))
        clusters[keep].links.append(link)
        owner[gone] = keep

    for i, j in sorted(same):
        if find(i) != find(j):
            join(i, j, Link(claims[i].id, claims[j].id, 1.0, ("checker: same event",)))

    scored = []
    for i, j in _candidate_pairs(facts):
        if i in excluded or j in excluded:
            continue
        result = score_pair(facts[i], facts[j], texts, incident_reasons)
        if result is not None and result[0] >= settings.match_threshold:
            scored.append((-result[0], i, j, result[1]))
    scored.sort()
    for neg, i, j, reasons in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        refused = clusters[ri].refusal(
            clusters[rj], same_sentence=facts[i].sentence == facts[j].sentence
        )
        if refused is None:
            join(i, j, Link(claims[i].id, claims[j].id, round(-neg, 3), reasons))
        else:  # the evidence, and the veto that overrode it, stay with both claims' events
            veto = Link(claims[i].id, claims[j].id, round(-neg, 3), (f"kept apart: {refused}",
                                                                     *reasons))
            for root in (ri, rj):
                if len(clusters[root].vetoes) < MAX_VETOES:
                    clusters[root].vetoes.append(veto)

    ordered = sorted(clusters.values(), key=lambda c: min(c.members))
    return tuple(
        _event(f"e{n}", sorted(c.members), c, facts, reports)
        for n, c in enumerate(ordered, start=1)
    )


def _event(
    event_id: str,
    members: list[int],
    cluster: _Cluster,
    facts: Sequence[_Facts],
    reports: Mapping[str, ReportIncident] | None = None,
) -> Event:
    chosen = [facts[i] for i in members]
    named = [p for p, _, stated in cluster.places if stated]
    place = places.most_specific(named or [p for p, _, _ in cluster.places])
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
        location: str | None = place.name
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
        lead_kinds = Counter(r.kind for r in framed if r.kind)
        kind = min(lead_kinds, key=lambda k: (-lead_kinds[k], k)) if lead_kinds else None
    # The period every report agrees on; when slack leaves none, the span of them all.
    start = max((p[0] for p in cluster.periods), default=None)
    end = min((p[1] for p in cluster.periods), default=None)
    if start is not None and end is not None and start > end:
        start = min(p[0] for p in cluster.periods)
        end = max(p[1] for p in cluster.periods)
    what = kind or "/".join(sorted({f.claim.measure for f in chosen}))
    if cluster.total:
        what += " (period total)"
    when = _fmt_period(start, end) if start is not None and end is not None else "date unknown"
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
