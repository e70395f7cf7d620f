"""Events → Conflicts: where the figures of one event disagree, and why, in plain words.

Two claims are compared only when they belong to one event, count the same measure and the same
scope: the head noun of the subject decides it (``rules/event_types.json`` "scopes": people,
civilians, children, security forces, militants; any other noun is its own scope), so "killed"
vs "injured", or "26 civilians" vs "30 people", are never compared, save the one group of
victims an incident's reports name, which is its toll (``core.group.toll_scopes``; the
attackers' side is never that group, and the dead of a bomb and of gunfire, or of the fire
answering an attack and of an operation, are never compared). A subset
("including two officers", ``Claim.part_of``) is never compared with a total, only with another
subset or a figure of its own named group; a list of groups is set against the toll by its sum
(``core.group.listed_totals``). Two
figures of one sentence are parts of one statement and are compared only when the sentence
says one revises the other ("rose from 16 to 24"). Parts of the toll (``partial``: an increment
such as "five more bodies" or "another 3 died", one facility's count such as "Civil Hospital
received 12 bodies") are never compared with anything; counts of the hurt in some condition
("four are critical", ``in_condition``) only with each other, as divergent; counts still in
care ("five remain in hospital") only with another report's count of all the hurt
(``core.group.care_counts``). The toll and the
one named group an event's figures give beside it ("six policemen" / "the toll rose to
seven") are set side by side as ``divergent`` (``core.group.scope_conflicts``).

The intervals the qualifiers assert (``low``/``high``, None = open) decide:
- ``update``: a later report (a later ``Document.published``, or revision wording such as "rose
  to" in the later claim) gives a higher figure, or a different one with revision wording; all
  updates of one scope form a single conflict listing the claims as a timeline
  (``core.group.conflict_summaries``);
- ``contradiction``: the intervals cannot both hold for the same time (reports of the same or
  unknown days) and nothing says one revises the other; a later report with a lower figure is
  ``divergent``, as tolls also fall when bodies are identified;
- ``divergent``: both can hold, but the figures differ ("at least 26" vs "nearly 30");
- ``consistent``: both can hold and state the same figure, across different reports; all the
  reports that agree on one figure form a single conflict.
A count that includes the attackers ("including the bomber") and one that does not are not the
same scope for a contradiction: the pair is reported as ``divergent`` with that reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from core.group.besides_dead import besides_the_dead
from core.group.besides_others import besides_other_counts
from core.group.care_counts import care_against_wholes
from core.group.case_totals import CASE_TOTAL, case_total, running_against_counts
from core.group.conflict_pairs import CUT_PAIRS, band_pairs, pair_width, restated_sides
from core.group.conflict_summaries import Found, summary_lines, without_nested_chains
from core.group.date_conflicts import date_disagreement
from core.group.figure_bounds import describe, interval, num, overlap, span
from core.group.figure_levels import figure_level, same_figure
from core.group.figure_places import country_hints, resolve_place, stated_in
from core.group.listed_totals import listed_sums
from core.group.measure_heads import head_scope
from core.group.named_victims import counting_reports, named_against_count, one_of_the_counted
from core.group.one_sentence import one_statement
from core.group.other_scopes import other_label, other_scope
from core.group.periods import TOTAL_MIN_DAYS
from core.group.scope_conflicts import WHOLE, counted_words, named_part, part_and_whole
from core.group.tally_growth import revises_tally
from core.group.toll_parts import (
    CARE,
    CONDITION,
    PARTS,
    condition_word,
    counts_bodies,
    in_condition,
    partial,
)
from core.group.toll_scopes import (
    judged_apart,
    listed,
    merge_lone_groups,
    merge_loose_heads,
    other_means,
    other_members,
    other_stages,
    pronoun_scope,
    toll_against_group,
)
from core.group.vocabulary import SentenceInfo, rules, sentence_info, tokens
from core.model import Claim, Conflict, ConflictKind, Document, Event, Measure
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS
from core.text import places
from core.text.places import Place

_COUNTS_OF_EVENTS = ("attacks", "operations")
SUSPECTS = "suspects"  # the scope table's word whose scope "suspected members" take
_MEMBERS_OF_REACH = 5  # words after "members of" that may name the group ("of the banned X outfit")


@dataclass(frozen=True, slots=True)
class EventSummary:
    """Per measure of an event: the conservative figure and the full range of the reports."""

    event_id: str
    measure: Measure
    conservative: float | None
    low: float | None
    high: float | None
    claim_ids: tuple[str, ...]


def scope(claim: Claim) -> str:
    """What was counted, coarsely: "all", "civilians", "security", ... or the head noun (of
    the subject, else of "the number of ..." before the figure); a part of the toll
    (``partial``) and a case's running count of arrests (``case_totals``) are scopes of their
    own."""
    if claim.measure in _COUNTS_OF_EVENTS:
        return "all"
    if case_total(claim):
        return CASE_TOTAL
    if in_condition(claim):
        return CONDITION
    part = partial(claim)
    if part == "part" and (group := named_part(claim)) is not None:
        return group  # "four of the dead were police officers": the police dead
    if part is not None:
        return part
    words = list(counted_words(claim))
    if not words:
        return "all" if claim.measure != "other" else other_scope(claim, "")
    table = rules().scopes
    head = "all" if listed(claim) else pronoun_scope(claim, words) or _members_scope(claim, words)
    head = head or next((table[w] for w in reversed(words) if w in table), None)
    if head is None:
        head = words[-1][:-1] if words[-1].endswith("s") and len(words[-1]) > 3 else words[-1]
    if claim.measure != "other":
        return head_scope(claim.measure, head)
    # "about 15 people missing" and "nearly 60 people on board" count different things: an
    # uncategorised figure is compared only with one its clause says the same of.
    return other_scope(claim, head)


def _members_scope(claim: Claim, words: Sequence[str]) -> str | None:
    """"one member of the security forces", "five members of the militant group": a subject
    that names members counts the group the words after its "of" name (within a few words)."""
    if not words or words[-1] not in _group_members():
        return None
    if len(words) > 1 and words[-2] in _suspect_words():
        return rules().scopes.get(SUSPECTS)  # "eight suspected members of the outfit"
    after = [t for t, _, _ in tokens(claim.sentence[max(0, claim.end - claim.sentence_start) :])]
    if words[-1] not in after:
        return None
    at = after.index(words[-1]) + 1
    if after[at : at + 1] != ["of"]:
        return None
    table = rules().scopes
    return next((table[w] for w in after[at + 1 : at + 1 + _MEMBERS_OF_REACH] if w in table), None)


@cache
def _group_members() -> frozenset[str]:
    """``rules/event_types.json`` "group_members": nouns that count members of a group."""
    return frozenset(load_rules("event_types")["group_members"])


@cache
def _suspect_words() -> frozenset[str]:
    """``rules/event_types.json`` "suspect_words": "suspected members" count suspects."""
    return frozenset(load_rules("event_types")["suspect_words"])


def includes_perpetrators(claim: Claim, info: SentenceInfo | None = None) -> bool:
    """True when the sentence counts the attackers in ("including the bomber")."""
    words = [t for t, _, _ in (info or sentence_info(claim.sentence)).tokens]
    perpetrators = rules().perpetrators
    return any(
        word == "including"
        and not (i > 0 and words[i - 1] == "not")
        and any(w in perpetrators for w in words[i + 1 : i + 5])
        for i, word in enumerate(words)
    )


@dataclass(frozen=True, slots=True)
class _Report:
    claim: Claim
    order: int
    published: dt.date | None
    source: str
    revises: bool  # its wording says it revises an earlier figure
    with_attackers: bool  # "including the bomber"
    total: bool = False  # counts over more than a week (a tally, not one incident)
    place: Place | None = None  # where it was filed
    stated: bool = False  # its own sentence names that place
    # Read once per figure, not once per pair: ``interval`` and ``describe`` of the claim.
    bounds: tuple[float | None, float | None] = (None, None)
    text: str = ""
    lone_group: bool = False  # the one group of victims, compared with the toll (toll_scopes)

    @property
    def when(self) -> tuple[dt.date, int, int]:
        return (self.published or dt.date.max, self.order, self.claim.start)


def _reports(claims: Sequence[Claim], documents: Sequence[Document]) -> dict[str, _Report]:
    docs = {d.id: (i, d) for i, d in enumerate(documents)}
    hints = country_hints(claims)
    memo: dict[str, SentenceInfo] = {}
    attackers: dict[str, bool] = {}  # per sentence: one sentence can hold many figures
    out = {}
    for c in claims:
        order, doc = docs.get(c.document_id, (len(docs), None))
        source = doc.source_label if doc is not None else c.document_id
        info = sentence_info(c.sentence, memo)
        if c.sentence not in attackers:
            attackers[c.sentence] = includes_perpetrators(c, info)
        out[c.id] = _Report(
            c,
            order,
            doc.published if doc else None,
            source,
            revises=info.revision,
            with_attackers=attackers[c.sentence],
            total=c.date_start is not None
            and c.date_end is not None
            and abs((c.date_end - c.date_start).days) + 1 > TOTAL_MIN_DAYS,
            place=resolve_place(c.location, hints.get(c.document_id)),
            stated=stated_in(c.location, c.sentence),
            bounds=interval(c),
            text=describe(c),
        )
    return out


CUT_CONFLICTS = (
    "{n:,} '{measure}' figures in the event '{label}': only the first {limit:,} (by date) were "
    "compared for conflicts (max_conflicts_per_event)"
)


CUT_LISTED = (
    "{n:,} conflicts in the event '{label}': only the first {limit:,} are listed "
    "(max_conflicts_per_event)"
)


def _comparable(a: Claim, b: Claim, *, group: bool) -> bool:
    """Not a part and its whole; a subset only with another subset, unless both count one
    named group ("including five policemen" / "seven policemen were among the dead")."""
    if a.part_of == b.id or b.part_of == a.id:
        return False
    if in_condition(a) and in_condition(b):  # "four critical" / "six of them serious"
        # one report's "three are serious, two critical" is a breakdown, not a disagreement
        return a.document_id != b.document_id or condition_word(a) == condition_word(b)
    return group or (a.part_of is None) == (b.part_of is None)


def _breakdown(a: _Report, b: _Report) -> bool:
    """Two figures given as a whole and a part of it, never compared: two tallies of places
    one inside the other (a month's national tally and a province's, from any reports); in
    one report, any two tallies (whichever place each was filed under), or two figures whose
    sentences name places one inside the other ("20 killed across the province ... eight in
    its capital"). Revision wording ("revised to") in one report still compares them."""
    if a.claim.document_id != b.claim.document_id:
        return a.total and b.total and _nested(a, b)
    if a.total and b.total:  # a tally's growth ("rose to") revises none of its parts
        return not (revises_tally(a.claim.sentence) or revises_tally(b.claim.sentence))
    if a.revises or b.revises:
        return False
    return a.stated and b.stated and _nested(a, b)


def _nested(a: _Report, b: _Report) -> bool:
    """The places the two were filed under lie one inside the other."""
    return (
        a.place is not None
        and b.place is not None
        and places.relation(a.place, b.place) in ("contains", "within")
    )


def _summed(members: Sequence[_Report], value: float) -> _Report:
    """A list of groups' figures ("three soldiers and two civilians") as one report of its
    sum, read from its first figure's report (``listed_totals``)."""
    first = members[0]
    claim = dataclasses.replace(first.claim, value=value, low=value, high=value)
    said = " and ".join(f"{r.claim.number_text} {r.claim.subject or ''}".strip() for r in members)
    return dataclasses.replace(first, claim=claim, bounds=(value, value),
                               text=f"{said} ({num(value)} in all)")


def _bodies_as_floor(first: _Report, second: _Report) -> tuple[_Report, _Report]:
    """A count of bodies against a toll: at least that many dead (``counts_bodies``)."""
    if counts_bodies(first.claim) == counts_bodies(second.claim):
        return first, second
    a, b = (
        dataclasses.replace(r, bounds=(r.bounds[0], None), text=f"{r.text} bodies")
        if counts_bodies(r.claim) else r
        for r in (first, second)
    )
    return a, b


def _judge(first: _Report, second: _Report) -> tuple[ConflictKind, str] | None:
    """How two reports of one scope relate; ``first`` is the earlier one."""
    a, b = first.claim, second.claim
    if one_statement(a, b, revises=first.revises or second.revises):
        return None
    both = overlap(first.bounds, second.bounds)
    later_date = (
        first.published is not None
        and second.published is not None
        and second.published > first.published
    )
    text_a, text_b = first.text, second.text
    differ = not same_figure(a, b)
    # a toll the earlier report says was moving ("climbed to 23") that the other gives
    # higher is a later stage of it, however that one words it
    rising = (later_date or first.revises) and figure_level(b) > figure_level(a)
    if rising or (second.revises and differ):
        return "update", f"{text_a} then {text_b}: a later report revises the figure"
    if both is None:
        if first.with_attackers != second.with_attackers:
            return "divergent", f"{text_a} vs {text_b}: one count includes the attackers"
        if later_date:  # not the same time: a toll may fall when bodies are identified
            return "divergent", f"{text_a} then {text_b}: a later report gives a lower figure"
        if in_condition(a) and in_condition(b):
            return "divergent", f"{text_a} vs {text_b}: patients' condition changes"
        return "contradiction", f"{text_a} vs {text_b}: cannot both hold"
    if differ:
        return "divergent", f"{text_a} vs {text_b}: both hold only for {span(both)}"
    if a.document_id != b.document_id:
        return "consistent", f"{text_a} and {text_b} agree"
    return None


def _measure_groups(
    event: Event,
    by_id: Mapping[str, Claim],
    reports: Mapping[str, _Report],
    besides: frozenset[str] = frozenset(),
) -> dict[tuple[Measure, str], list[_Report]]:
    """The event's figures by measure and scope; parts of the toll are never compared, but
    the hurt told after the dead (``besides``) are all the hurt."""
    groups: dict[tuple[Measure, str], list[_Report]] = defaultdict(list)
    for cid in event.claim_ids:
        claim = by_id.get(cid)
        if claim is not None:
            key = (claim.measure, WHOLE if cid in besides else scope(claim))
            if key[1] and key[1] not in PARTS:
                groups[key].append(reports[cid])
    merge_lone_groups(groups, lambda r: dataclasses.replace(r, lone_group=True))
    merge_loose_heads(groups, lambda r: dataclasses.replace(r, lone_group=True))
    return groups


def _judge_pairs(
    event_id: str, measure: Measure, members: Sequence[_Report], found: list[Found],
    width: int, *, counted: str = "all", nested: frozenset[str] = frozenset(),
    counting: Collection[tuple[str, Measure]] = frozenset(),
) -> tuple[list[_Report], dict[float, list[_Report]]]:
    """Every comparable pair judged (each member with the next ``width``): disagreements
    appended to ``found``; the reports of updates, and of agreeing figures by value, returned
    to be listed once each."""
    # Ordered sets by claim id: a list's ``in`` compares whole claims, and these grow with the
    # event (cubic work in a large one).
    updates: dict[str, _Report] = {}
    agree: dict[float, dict[str, _Report]] = defaultdict(dict)
    repeated: dict[tuple[str, str, str, str], int] = {}
    for first, second in band_pairs(members, width):
        if judged_apart(first, second):
            continue
        one_group = counted != "all" and nested.isdisjoint((first.claim.id, second.claim.id))
        if (
            not _comparable(first.claim, second.claim, group=one_group)
            or _breakdown(first, second)
            or other_members(first.claim, second.claim)
            or (not (first.total and second.total)  # a period's tally tells no stages
                and other_stages(first.claim, second.claim, counted))
            or other_means(first.claim, second.claim)
            or one_of_the_counted(first.claim, second.claim, counting)
        ):
            continue
        judged = _judge(*_bodies_as_floor(first, second))
        if judged is None:
            continue
        kind, text = named_against_count(
            first.claim, second.claim, toll_against_group(first, second, judged)
        )
        if kind == "update":
            updates.update((r.claim.id, r) for r in (first, second))
            continue
        if kind == "consistent":  # one line per agreeing figure, not one per pair
            same = agree[figure_level(first.claim)]
            same.update((r.claim.id, r) for r in (first, second))
            continue
        sources = (
            first.source if first.source == second.source else f"{first.source} / {second.source}"
        )
        pair = (first.claim.id, second.claim.id)
        line = f"{text} ({sources})"
        # A report that states its figure twice (headline and body) gives the same
        # disagreement twice: one conflict naming every claim that makes it.
        again = repeated.get((event_id, measure, kind, line))
        if again is not None:
            e, ids, m, k, txt, about = found[again]
            found[again] = (e, tuple(dict.fromkeys((*ids, *pair))), m, k, txt, about)
            continue
        repeated[(event_id, measure, kind, line)] = len(found)
        found.append((event_id, pair, measure, kind, line, "figure"))
    return list(updates.values()), {value: list(same.values()) for value, same in agree.items()}


def find_conflicts(
    events: Sequence[Event],
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document],
    limit: int = DEFAULT_SETTINGS.max_conflicts_per_event,
    notes: list[tuple[Event, str]] | None = None,
) -> tuple[Conflict, ...]:
    """Disagreements inside each event ("x1", "x2", ... in event order). Pairs are compared
    among the first ``limit`` reports of each measure and scope (by date), at most
    ``MAX_PAIRS_JUDGED`` of them, and at most ``limit`` conflicts are listed per event: an
    event of thousands of figures would give millions of pairs. Each cut is added to
    ``notes``."""
    by_id = {c.id: c for c in claims}
    reports = _reports(claims, documents)
    # subsets of a total of their own group ("62 soldiers, including two officers")
    nested = frozenset(
        c.id for c in claims if c.part_of in by_id and scope(by_id[c.part_of]) == scope(c)
    )
    found: list[Found] = []
    besides = besides_the_dead(claims, documents) | besides_other_counts(claims, documents)
    for event in events:
        event_start = len(found)
        groups = _measure_groups(event, by_id, reports, besides)
        counting = counting_reports(by_id[c] for c in event.claim_ids if c in by_id)
        for (measure, counted), members in groups.items():
            members.sort(key=lambda r: r.when)
            width = _cut(event, measure, members, limit, notes)
            updates, agree = _judge_pairs(event.id, measure, members, found, width,
                                          counted=counted, nested=nested, counting=counting)
            found += summary_lines(event.id, measure, updates, agree)
            dates = date_disagreement(members)
            if dates is not None:
                found.append((event.id, dates[1], measure, dates[0], dates[2], "date"))
        found += [(event.id, *line, "figure") for line in part_and_whole(groups, describe)]
        cares = [reports[c] for c in event.claim_ids if c in by_id and scope(by_id[c]) == CARE]
        found += [(event.id, *x, "figure") for x in care_against_wholes(cares, groups, describe)]
        found += [(event.id, *x, "figure") for x in running_against_counts(groups, describe)]
        found += [
            (event.id, *line, "figure")
            for line in listed_sums(groups, _summed, _judge, lambda r: r.when)
        ]
        found[event_start:] = without_nested_chains(found[event_start:])
        if len(found) - event_start > limit:
            if notes is not None:
                notes.append((event, CUT_LISTED.format(
                    n=len(found) - event_start, label=event.label, limit=limit)))
            del found[event_start + limit :]
    event_order = {e.id: i for i, e in enumerate(events)}
    claim_order = {c.id: i for i, c in enumerate(claims)}
    found.sort(key=lambda f: (event_order[f[0]], min(claim_order[c] for c in f[1])))
    return tuple(
        Conflict(id=f"x{n}", event_id=e, claim_ids=ids, measure=m, kind=k,
                 explanation=f"{counted}: {text}" if counted else text,
                 about=about, sides=restated_sides(ids, {c: reports[c].bounds for c in ids})
                 if about == "figure" and k in ("contradiction", "divergent") else (),
                 counted=counted)
        for n, (e, ids, m, k, text, about) in enumerate(found, start=1)
        for counted in [other_label(by_id[ids[0]]) if m == "other" else ""]
    )


def _cut(
    event: Event,
    measure: Measure,
    members: list[_Report],
    limit: int,
    notes: list[tuple[Event, str]] | None,
) -> int:
    """Keeps the first ``limit`` members (by date) and returns how many later members each is
    judged against (``pair_width``); each cut made is added to ``notes``."""
    if len(members) > limit:
        if notes is not None:
            notes.append((event, CUT_CONFLICTS.format(
                n=len(members), measure=measure, label=event.label, limit=limit)))
        del members[limit:]
    width = pair_width(len(members))
    if width < len(members) - 1 and notes is not None:
        notes.append((event, CUT_PAIRS.format(
            n=len(members), measure=measure, label=event.label, width=width)))
    return width


UPPER_ONLY = frozenset({"up_to", "less_than"})


def summarise(event: Event, claims: Sequence[Claim]) -> tuple[EventSummary, ...]:
    """Per measure: the conservative figure and the full range of what the reports assert.

    Only whole counts are used (subsets with ``part_of`` are left out) of the scope reported
    most often (ties go to "all", then to the larger figures). The conservative figure is the
    lowest well-supported value, the rule conflict-event coders use when sources disagree: the
    lowest lower bound a report asserts ("at least 26", "nearly 30" → 26); figures that assert no
    lower bound ("up to 30") support none and count only when nothing else does. The range runs
    from the lowest lower bound to the highest upper bound, open (None) when a report leaves it
    open.
    """
    by_id = {c.id: c for c in claims}
    chosen = [by_id[c] for c in event.claim_ids if c in by_id and by_id[c].part_of is None]
    per_measure: dict[Measure, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in chosen:
        per_measure[c.measure][scope(c)].append(c)
    out = []
    for measure in sorted(
        per_measure,
        key=lambda m: min(
            event.claim_ids.index(c.id) for cs in per_measure[m].values() for c in cs
        ),
    ):
        scopes: Mapping[str, list[Claim]] = per_measure[measure]
        best = max(
            scopes, key=lambda s: (len(scopes[s]), s == "all", max(c.value for c in scopes[s]))
        )
        members = scopes[best]
        bounds = [interval(c) for c in members]
        # "up to 30" reads as [0, 30]: its 0 is the floor of any count, not a lower bound the
        # report asserts, so it supports no conservative figure.
        lows = [
            lo
            for c, (lo, _) in zip(members, bounds, strict=True)
            if lo is not None and c.qualifier not in UPPER_ONLY
        ]
        conservative = min(lows) if lows else min(c.value for c in members)
        highs = [hi for _, hi in bounds]
        high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
        out.append(
            EventSummary(
                event_id=event.id,
                measure=measure,
                conservative=conservative,
                low=min(lows) if lows else None,
                high=high,
                claim_ids=tuple(c.id for c in members),
            )
        )
    return tuple(out)
