"""What one figure says about its incident (its facts) and the score of two figures as one
event: the weights, windows and vetoes of matching (the parts of the evidence:
``pair_evidence``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from core.group.area_asides import aside_refusal, with_other_recorders
from core.group.background import carried_recalls, recalls_in_words, recalls_past, report_days
from core.group.facts import ClaimFacts
from core.group.figure_places import (
    country_hints,
    place_name,
    place_parts,
    resolve_place,
    spoken_only,
    stated_in,
)
from core.group.figure_scales import counted_periods, counting_sentences, scale
from core.group.figure_words import masked_context, named_day, norm_actor
from core.group.generic_figures import generic_refusal
from core.group.lead_words import PLACE_REACH, lead_words, site_names
from core.group.pair_evidence import (
    actor_and_wording_evidence,
    date_evidence,
    kind_evidence,
    place_evidence,
    sentence_evidence,
)
from core.group.periods import DATE_SLACK_DAYS, TOTAL_MIN_DAYS, period_clash
from core.group.place_readings import PlacedFigure, kept_apart
from core.group.release_ties import period_source, release_evidence, release_source
from core.group.report_asides import aside_of, aside_place
from core.group.report_evidence import generic_lead, lead_dead
from core.group.report_incident import ReportIncident
from core.group.report_ties import (
    PROTEST,
    VIOLENT,
    frame_group,
    later_arrest,
    one_report_evidence,
    one_statistic,
)
from core.group.site_figures import site_refusal
from core.group.vocabulary import SentenceInfo, rules, sentence_info
from core.model import Claim, Document
from core.text import places
from core.text.places import Place, Relation

FRAME_DAYS = 10  # a figure dated this long before its report's publication is background


SAME_INCIDENT = 0.5  # two figures of reports covering one incident, both in the reports' frame


@dataclass(frozen=True, slots=True)
class Decision:
    """The checker's event decisions, input to a re-run.

    ``same``: these claims are one event (even against the evidence); ``different``: no two of
    these claims share an event; ``none``: these claims belong to no event. A later decision on
    the same pair overrides an earlier one.
    """

    kind: Literal["same", "different", "none"]
    claim_ids: tuple[str, ...]


def _day(d: dt.date | None) -> int | None:
    return d.toordinal() if d else None


def _in_frame(
    c: Claim,
    info: SentenceInfo,
    place: Place | None,
    total: bool,
    report: ReportIncident | None,
    *,
    countries: Mapping[str, int],
) -> bool:
    """True when the figure speaks of its report's incident: not a period total, no wording of
    another incident or of a statistic, its own place (if any) in the report's country, its
    own date (if any) a day or a few, within days of the publication."""
    if report is None or total or info.statistic or info.separate_at(c.start - c.sentence_start):
        return False
    # Only another country leaves the frame, unless the lead names the figure's town too
    # ("Israel's assault on Gaza ... in Jabaliya"): towns and counties are often misread
    # without their state ("Henry County"), and "in a separate attack in X" is caught by its
    # wording.
    # A lead's place in no country the report's figures name was misread (a street, a lake
    # named like a town abroad): it sets no frame.
    if (
        place is not None
        and report.place is not None
        and place.countries.isdisjoint(report.place.countries)
        and not report.place.countries.isdisjoint(countries)
        and place.key not in report.lead_towns
    ):
        return False
    if (c.date_start or c.date_end) is not None:
        first = _day(c.date_start or c.date_end) or 0
        last = _day(c.date_end or c.date_start) or 0
        # A figure over a period of its own ("in the first half of March") counts more than
        # the incident, whatever the wording: it keeps its own frame.
        if last - first + 1 > TOTAL_MIN_DAYS:
            return False
        # a follow-up's lead names its incident's day ("arrested Tuesday in the death of a
        # man shot on Aug. 2"): a figure of that very day is the report's, however long ago
        named = first == last and first in report.named_days
        if report.published is not None and (
            (last < report.published - FRAME_DAYS and not named)
            or first > report.published + DATE_SLACK_DAYS
        ):
            return False
    return True


def _another_incident(c: Claim, info: SentenceInfo) -> bool:
    """Whether the figure's sentence tells it of another incident: the wording stands before
    the figure ("In a separate incident, seven were hurt") or says the figure happened in it
    ("four were martyred in a similar attack"); not "the shooting of four men ... on parole
    for another shooting"."""
    at = c.start - c.sentence_start
    starts = [s for _, s, _ in info.tokens]
    for start in info.another:
        i = starts.index(start)
        before = [t for t, _, _ in info.tokens[max(0, i - 2) : i]]
        if start < at or info.tokens[i][0] == "in" or "in" in before:
            return True
    return False


def _aside(c: Claim, report: ReportIncident | None) -> int | None:
    """Which incident of its report the figure tells when the report tells others beside its
    own (``report_asides``); None when it tells one, or for a headline above the lead
    sentence, which may tell any of them."""
    if report is None or not report.asides or c.start < report.story_start:
        return None
    return aside_of(report.asides, c.start)


def _location(c: Claim, report: ReportIncident | None, texts: Mapping[str, str]) -> str | None:
    """The figure's place text as the grouping reads it: where a speaker spoke ("said in
    Islamabad") is no place of the figure's; a figure of another incident its report tells
    keeps only the places that incident's own paragraphs name (``report_asides.aside_place``)."""
    if spoken_only(c.location, c.sentence):
        return None
    told = _aside(c, report)
    if not told or report is None or c.document_id not in texts:
        return c.location
    span = report.asides[told - 1]
    return aside_place(c.location, texts[c.document_id], span, c.sentence_end)


def _period(c: Claim) -> tuple[int | None, int | None]:
    start, end = _day(c.date_start or c.date_end), _day(c.date_end or c.date_start)
    if start is not None and end is not None and start > end:
        start, end = end, start
    return start, end


def with_partners(
    facts: Sequence[ClaimFacts], merged: Iterable[tuple[str, str]]
) -> list[ClaimFacts]:
    """The facts with the reports each one's report was merged with directly (``merged``:
    the pairs of documents whose merges made the report groups, ``ReportGroup.pairs``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for x, y in merged:
        out[x].add(y)
        out[y].add(x)
    return [dataclasses.replace(f, partners=frozenset(out.get(f.doc, ()))) for f in facts]


def _published(
    documents: Sequence[Document], frames: Mapping[str, tuple[str, ReportIncident]]
) -> dict[str, int | None]:
    """Each report's publication day (ordinal), as its document or its report incident has it."""
    published = {d.id: d.published.toordinal() if d.published else None for d in documents}
    published.update({d: r.published for d, (_, r) in frames.items() if r.published})
    return published


def claim_facts(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    frames: Mapping[str, tuple[str, ReportIncident]] | None = None,
) -> list[ClaimFacts]:
    """What the grouping reads from each claim; ``frames`` maps a document to its report
    group and incident (``core.group.incidents.cluster_reports``)."""
    frames = frames or {}
    hints, counting = country_hints(claims), counting_sentences(claims)
    periods, days = counted_periods(claims), report_days(claims, _published(documents, frames))
    memo: dict[str, SentenceInfo] = {}
    texts = {d.id: d.text for d in documents}
    carried = carried_recalls(claims, texts, days, memo)
    out = []
    for i, c in enumerate(claims):
        start, end = _period(c)
        info = sentence_info(c.sentence, memo)
        said = {rules().triggers[p].family for p, _, _ in info.triggers}
        kind, family, total, incident = scale(c, (start, end), info, counting, periods)
        group_id, report = frames.get(c.document_id, (None, None))
        location = _location(c, report, texts)
        place = resolve_place(location, hints.get(c.document_id))
        past = recalls_past(end, days.get(c.document_id)) or recalls_in_words(c, info) or (
            c.date_start is None and (c.document_id, c.sentence_start) in carried
        )
        out.append(
            ClaimFacts(
                index=i,
                claim=c,
                doc=c.document_id,
                sentence=(c.document_id, c.sentence_start),
                start=start,
                end=end,
                place=place,
                place_name=place_name(location) if place is None else None,
                place_parts=place_parts(location) if place is None else (),
                stated=stated_in(location, c.sentence),
                kind=kind,
                family=family,
                total=total,
                incident=incident,
                actor=norm_actor(c.actor),
                context=masked_context(c, info=info),
                separate=info.separate,
                another=_another_incident(c, info),
                anaphoric=info.anaphoric or (c.document_id, c.sentence_start) in carried,
                in_frame=not past and not _aside(c, report) and _in_frame(
                    c, info, place, total, report, countries=hints.get(c.document_id, {})
                ),
                group=group_id,
                background=past,
                named_day=named_day(c),
                violent=not said.isdisjoint(VIOLENT),
                crowd=PROTEST in said,
                undated_report=c.document_id not in days,
                aside=_aside(c, report),
            )
        )
    return [_with_lead(f, frames.get(f.doc)) for f in with_other_recorders(out, texts)]


def _with_lead(f: ClaimFacts, frame: tuple[str, ReportIncident] | None) -> ClaimFacts:
    """The figure's facts with what its report's lead tells: no kind or a kind
    (``generic_lead``), the sites struck it names, the death tolls it counts."""
    if frame is None:
        return f
    report, sites = frame[1], lead_words(frame[1].lead).sites
    return dataclasses.replace(
        f, generic_lead=generic_lead(report), lead_sites=sites,
        lead_dead=lead_dead(report.harm_days),
        lead_places=site_names(report, sites, PLACE_REACH),
    )


def _compatible(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> str | None:
    """Why two claims can never be one event, or None when they can (``rel``: how their
    places relate, None when one is unknown)."""
    if (a.total and b.incident) or (a.incident and b.total):
        return "a single incident and a period total"
    # "43 were killed in the school, pushing the toll above 680 since the war began": one
    # report's running count and a figure of no period of its own are not one event's
    if a.doc == b.doc and a.total != b.total and None in (a.length, b.length):
        return "a period total and a figure of the report's incident"
    # "in a similar attack in X": another incident than the one its report (or its report's
    # group) covers
    if a.sentence != b.sentence and a.group is not None and a.group == b.group and (
        (a.another and b.in_frame) or (b.another and a.in_frame)
    ):
        return "another incident than the reports' own"
    # a report recalls a past event beside its own incident, never as a part of it
    if a.doc == b.doc and a.background != b.background:
        return "a past event recalled and the report's own incident"
    if a.start is not None and b.start is not None and a.end is not None and b.end is not None:
        clash = period_clash(
            (a.start, a.end, a.total, frame_group(a)), (b.start, b.end, b.total, frame_group(b))
        )
        if clash and not later_arrest(a, b):  # arrests days after their incident
            return clash
    # In one report, or in reports of one incident, a place carried over from elsewhere (a
    # dateline, an earlier paragraph) is evidence, but only places both sentences name keep
    # two claims apart: an outlet datelines a report where it sits, not where it happened.
    # the country's year and one province's in it: two statistics, unless one report gives
    # both (its breakdown by area, which ``core.group.conflicts`` never compares)
    if a.total and b.total and rel in ("contains", "within") and a.doc != b.doc:
        return "totals over different areas"
    # in one report, another body's tally, or another period's, of an area within the other's;
    # "the Wend police said they lost 40 men" beside a review: that body's count, no review's
    # a report of no kind beside one of a kind, sharing no toll (``generic_figures``); two
    # sites of one kind struck, tolls far apart (``site_figures``)
    aside = aside_refusal(a, b, rel) or generic_refusal(a, b) or site_refusal(a, b)
    if aside is not None:
        return aside
    where, there = placed(a), placed(b)
    # one source's statistic tells its parts by area ("Tarn saw 22 of them, Wend 14")
    if (
        rel == "disjoint" and where and there and kept_apart(where, there)
        and not one_statistic(a, b)
    ):
        return "different places"
    return None


def placed(f: ClaimFacts) -> PlacedFigure | None:
    """What the grouping weighs of a figure's place (None when it names none)."""
    if f.place is None:
        return None
    return PlacedFigure(
        f.place, (f.doc, f.stated, frame_group(f)), f.group, f.reading,
        arrest=f.claim.measure == "arrested",
        days=None if f.start is None or f.end is None else (f.start, f.end),
    )


def score_pair(
    a: ClaimFacts,
    b: ClaimFacts,
    texts: Mapping[str, str],
    incident_reasons: Mapping[str, str] | None = None,
    *,
    explain: bool = True,
) -> tuple[float, tuple[str, ...]] | None:
    """Evidence that two claims are one event: a score in [0, 1] and its reasons, or None.

    The weights add up so that no single kind of evidence reaches the default threshold (0.5)
    alone: a day and a town (0.3 + 0.25) do, a day and a country (0.3 + 0.05) do not.
    ``incident_reasons``: why reports are one incident, by report group id and by the two
    document ids joined with "|". ``explain=False`` gives the same score without reasons
    (grouping scores every candidate pair, and reads the reasons of a few).
    """
    rel = None if a.place is None or b.place is None else places.relation(a.place, b.place)
    if _compatible(a, b, rel) is not None:
        return None
    same_doc = a.doc == b.doc
    one_incident = (
        not same_doc
        and a.group is not None
        and a.group == b.group
        and (b.doc in a.partners or not _other_countries(a, b))
        and a.in_frame
        and b.in_frame
        and a.claim.is_core
        and b.claim.is_core
    )
    same_name = a.place_name is not None and b.place_name is not None and (
        a.place_name == b.place_name or a.place_name in b.place_parts
        or b.place_name in a.place_parts)
    if not same_doc and not one_incident and (
        a.start is None or b.start is None or not (same_name or rel not in (None, "unknown"))
    ):
        return None  # across reports, only a date and a shared or containing place tie claims
    score = 0.0
    reasons: list[str] | None = [] if explain else None
    if one_incident:
        score += SAME_INCIDENT
        if reasons is not None:
            reasons.append(_incident_reason(a, b, incident_reasons or {}))
    score = one_report_evidence(a, b, rel, score, reasons)
    if reasons is not None and a.background and b.background and not same_doc:
        reasons.append("both recall a past event")
    same_sentence = a.sentence == b.sentence
    score = sentence_evidence(
        a, b, texts, score, reasons, same_doc=same_doc, same_sentence=same_sentence
    )
    score = date_evidence(a, b, score, reasons, same_doc=same_doc, same_sentence=same_sentence)
    score = place_evidence(a, b, score, reasons, same_name=same_name, rel=rel)
    score = kind_evidence(a, b, score, reasons)
    score = actor_and_wording_evidence(a, b, score, reasons)
    score = release_evidence(a, b, rel, score, reasons)
    return max(0.0, min(1.0, score)), tuple(reasons or ())


def scoring_key(f: ClaimFacts) -> tuple[object, ...]:
    """What ``score_pair(explain=False)`` reads of a claim paired with an
    ``unrelated`` one (``pair_evidence``): claims with equal keys score alike against it (a
    statistic quoted by a hundred reports)."""
    return (
        f.start, f.end, f.total, f.incident, f.place, f.place_name, f.place_parts, f.kind,
        f.family, f.actor, f.context, release_source(f), period_source(f), f.claim.measure,
        f.claim.value, f.in_frame, f.generic_lead, f.lead_sites, f.lead_dead,
        f.lead_places,
    )


def _other_countries(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The two figures were filed in different countries: reports of one incident tie such
    figures only when their own two reports were merged (a report joined to the group through
    a third report tells nothing of the other country's figure)."""
    return (
        a.place is not None
        and b.place is not None
        and a.place.countries.isdisjoint(b.place.countries)
    )


def _incident_reason(a: ClaimFacts, b: ClaimFacts, known: Mapping[str, str]) -> str:
    """Why the two figures' reports are one incident (the merge of their two documents, else
    their report group's reasons)."""
    why = known.get("|".join(sorted((a.doc, b.doc)))) or known.get(a.group or "", "")
    return f"reports of one incident ({why})" if why else "reports of one incident"
