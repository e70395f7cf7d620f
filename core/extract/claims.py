"""Parsed chunks of a Document → Claims: the sentence reader.

Each figure found lexically (``core.text.numbers.find_amounts``) is read through the dependency
parse (``core.extract.readings``): what was counted, what happened to it, who did it
(``attribution``), where (``claim_places``) and when (``claim_dates``), and who says so. Figures
that are not counts are set aside (``figures``); victims named without a numeral are read by
``victims``. The word lists live in ``core/rules/measures.json``.

Every claim records the rule that produced it, so the GUI can explain each extraction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, TypeGuard

from core.extract.absolute_clauses import outside_absolutes
from core.extract.aftermath_dates import dates_follow_up
from core.extract.apart_sentences import opens_apart
from core.extract.arrest_places import (
    victims_carry,
    with_arrest_restatements,
)
from core.extract.attribution import (
    actor_of,
    noun_phrase,
    recorder,
    reporter,
)
from core.extract.borrowed_sources import attribute_before, with_borrowed_sources
from core.extract.bracketed_years import bracketed_period
from core.extract.bureau_leads import with_bureau_leads
from core.extract.carried_speakers import a_deed, back_reference_speaker, one_deed
from core.extract.casualty_totals import both_harms
from core.extract.charge_counts import charged_once
from core.extract.cited_periods import with_cited_period
from core.extract.claim_context import ClaimContext, SentenceReading
from core.extract.claim_dates import sentence_periods, unanchored
from core.extract.claim_places import (
    ROUNDUP_DAYS,
    own_conjunct,
    place_mentions,
    report_areas,
    report_home,
    sentence_place,
)
from core.extract.claimed_attacks import with_claimed_doers
from core.extract.compass_regions import with_lead_region
from core.extract.counted_cases import counted_cases
from core.extract.counted_victims import not_named_before, not_recalled
from core.extract.custody_days import with_custody_days
from core.extract.dated_after import with_days_told_after
from core.extract.datelines import follows_on
from core.extract.death_places import later_death_places
from core.extract.either_harms import summed_harms
from core.extract.figures import checkable_other, figure_chars, not_a_figure
from core.extract.headline_days import with_headline_days
from core.extract.headline_restated import with_headline_restated
from core.extract.headline_victims import headline_end, headline_victims
from core.extract.held_captives import in_captivity, tells_of_kidnapping
from core.extract.holder_tails import with_written_holders
from core.extract.hurt_parts import later_totals, whole_before, with_victims
from core.extract.incident_days import report_incident_day
from core.extract.incident_scene import scene_open, with_incident_scene
from core.extract.item_areas import item_area
from core.extract.late_weekdays import near_the_incident
from core.extract.listed_singly import one_each
from core.extract.lone_arrests import hands_on, lone_arrest, lone_arrests
from core.extract.measures import Reading
from core.extract.misread_harms import another_hurt
from core.extract.missing_captives import with_missing
from core.extract.month_totals import with_month_totals
from core.extract.name_roles import share_person_words
from core.extract.nlp import Chunk
from core.extract.one_incidents import tells_one_incident
from core.extract.part_places import in_contrast
from core.extract.place_words import spelled_out
from core.extract.ranked_counts import listed_figure
from core.extract.recalled_days import long_before, past_scene
from core.extract.recalls import recalls_earlier
from core.extract.recapture_places import with_recapture_places
from core.extract.release_areas import read_release_of
from core.extract.released_places import (
    read_release,
    released_place,
    released_tally,
    with_lead_area,
)
from core.extract.report_anchors import body_dateline, day_counted_from
from core.extract.report_scene import opening_scene, with_report_scene
from core.extract.restated_totals import with_restated_totals
from core.extract.restatements import Known, restated, with_restated_fields
from core.extract.row_labels import read_row, row_figure
from core.extract.running_scenes import with_running_scenes
from core.extract.sentence_carry import carry
from core.extract.sentence_figures import (
    counted_events,
    counted_harm,
    sentence_figures,
    with_ellipsis,
)
from core.extract.sentence_memory import counted, hand_on
from core.extract.sentence_sources import clause_source, sentence_source
from core.extract.shot_counts import bare_shot, settle_shot_counts
from core.extract.shown_sources import shown_source
from core.extract.source_anaphora import described_again
from core.extract.statistic_periods import closed_back, compared_tally, report_units
from core.extract.story_days import from_story_days
from core.extract.street_names import share_street_names
from core.extract.tally_scope import Tally, figure_tally, habitual, round_up, scope_mentions
from core.extract.told_back import recall_carry
from core.extract.told_captives import told_captives
from core.extract.told_scenes import a_breakdowns_part, scene_told, tells_no_other_day
from core.extract.venue_places import venue_of, with_venue_place
from core.extract.venue_scenes import venue_scene, with_venue_scene
from core.extract.victim_kinds import kinded_victims, named_kind
from core.extract.victim_names import CASUALTY_MEASURES
from core.extract.victim_rolls import roll_victims, rolled_measures
from core.extract.victims import read_victims
from core.extract.withdrawn_claims import counted_elsewhere, without
from core.model import Claim, Document
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.dates import Period
from core.text.numbers import Amount
from core.text.place_parts import one_of_each
from core.text.qualifiers import explain_vague

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def extract_claims(
    chunks: Sequence[Chunk],
    document: Document,
    *,
    ids: Iterator[str],
    settings: Settings = DEFAULT_SETTINGS,
    notes: list[str] | None = None,
) -> list[Claim]:
    """All claims in the parsed chunks of one document, in text order. A sentence with more
    figures than ``settings.max_claims_per_sentence`` is read up to the limit; the cut is
    a warning in ``notes``."""
    published = day_counted_from(document, settings)
    text = document.text
    claims: list[Claim] = []
    dateline = body_dateline(document)
    _share_names(chunks)
    home = report_home(chunks, dateline, recalled=recalls_earlier)
    incident = report_incident_day(chunks, document, published)
    ctx = ClaimContext(incident=incident, areas=report_areas(chunks, home, dateline),
                       kidnapping=tells_of_kidnapping(chunks), chunks=tuple(chunks),
                       release=read_release_of(chunks, home, dateline))
    skip_to = dateline.end if dateline is not None else -1
    ctx.headline_end = headline_end(text)
    crowded = [0, 0]  # sentences over the limit, figures skipped
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            s_start, s_end = chunk.start_of(sent), chunk.end_of(sent)
            if dateline is not None and dateline.start <= s_start and s_end <= dateline.end:
                ctx.prev_end = s_end  # "QUETTA:" parsed alone: the headline's place carries
                continue
            contiguous = follows_on(text, ctx.prev_end, s_start, dateline)
            para_start = text.rfind("\n", 0, s_start) + 1
            same_paragraph = contiguous and para_start == ctx.paragraph_start
            ctx.sentence_opened(contiguous=contiguous, same_paragraph=same_paragraph)
            # a past incident recalled ("in 2017, ...") ends its paragraph; a figureless lead's
            # year ("Data shown on Monday put attacks up in 2031.") is the report's, goes on
            recall_carry(ctx, sent, text, (ctx.prev_end, s_start), incident)
            found = _claims_in_sentence(
                sent, chunk, document=document, published=published, ctx=ctx,
                same_paragraph=same_paragraph, ids=ids, settings=settings, home=home,
                skip_to=skip_to, crowded=crowded,
            )
            lead = next((c.location for c in (*claims, *found) if c.location), None)
            if tells_no_other_day(found, incident) and scene_open(ctx.scene_told, lead):
                ctx.scene_told = scene_told(
                    sent, chunk, home, skip_to, ctx.scene_told, lead=lead, areas=ctx.areas
                )
            claims = _with_sentence(claims, found, sent, ctx, (text, home) if contiguous else None)
            ctx.prev_end = s_end
            ctx.paragraph_start = para_start
    claims = without(claims, counted_elsewhere(claims, ctx))
    claims = settle_shot_counts(claims, ctx.bare_shot, ctx.headline_end)
    claims = _later_days(claims, chunks, incident, published)
    claims = with_claimed_doers(_lead_dates(claims, ctx, text, published), chunks, text)
    claims = _report_places(with_lead_area(claims, ctx), incident, text, ctx)
    claims = _finest_places(with_venue_scene(with_report_scene(claims, incident, opening_scene(
        chunks, claims, dateline=dateline, home=home, incident=incident, text=text
    ), text), venue_scene(chunks, skip_to=skip_to), incident), incident, text)
    _note_crowded(crowded, notes, settings)
    return with_lead_region(claims, chunks, dateline, home, place_mentions)  # "eastern X"


def _share_names(chunks: Sequence[Chunk]) -> None:
    """Names a report writes whole in one part and cut short in another, across its parts."""
    share_street_names(chunk.doc for chunk in chunks)  # "Elm St." in one part, "down Elm"
    share_person_words(chunk.doc for chunk in chunks)  # "Ana Ruiz" in one part, "at Ruiz"


def _later_days(
    claims: list[Claim], chunks: Sequence[Chunk], incident: Period | None,
    published: dt.date | None,
) -> list[Claim]:
    """The days a later sentence settles: the arrests' days told after their count, a
    month's count beside a smaller count of one day in it (``month_totals``)."""
    claims = with_custody_days(claims, chunks, published)
    claims = with_days_told_after(claims, chunks, published)  # "The raids were conducted ..."
    return with_month_totals(claims, chunks, incident, published)


def _lead_dates(
    claims: list[Claim], ctx: ClaimContext, text: str, published: dt.date | None
) -> list[Claim]:
    """The dates the report's opening settles: a statistic closed at its cut-off, a headline
    figure dated as the lead restates it, and a figureless lead's release day (``cited_periods``):
    no tally's."""
    claims = closed_back(claims, ctx.cut, text.find("\n") + 1)
    return with_cited_period(with_headline_days(claims, text), text, published)


def _note_crowded(crowded: list[int], notes: list[str] | None, settings: Settings) -> None:
    """The warning of sentences read up to the limit of figures, when any was."""
    if crowded[0] and notes is not None:
        notes.append(CUT_FIGURES.format(
            n=crowded[0], skipped=crowded[1], limit=settings.max_claims_per_sentence))


def _finest_places(claims: list[Claim], incident: Period | None, text: str) -> list[Claim]:
    """The incident's figures under a coarse place taking the finer one the report gives
    them elsewhere: the lead's toll its later tolls' district, a headline's count its body's;
    the last step on places: each is written with every part once, however it was composed."""
    claims = with_headline_restated(with_bureau_leads(claims, incident, text), text)
    claims = with_restated_totals(claims)  # a whole told again under a part's place
    return with_written_holders([
        c if c.location is None else dataclasses.replace(c, location=one_of_each(c.location))
        for c in claims
    ], text)


def _report_places(
    claims: list[Claim], incident: Period | None, text: str, ctx: ClaimContext
) -> list[Claim]:
    """The places the whole report settles: the incident's scene, a flare's running totals,
    escapees caught again, and what restatements (of arrests too) say again."""
    told = None if a_breakdowns_part(ctx.scene_told, claims) else ctx.scene_told
    claims = with_incident_scene(claims, incident, text, told=told)
    claims = with_running_scenes(claims, incident, text)
    claims = with_restated_fields(with_recapture_places(claims, ctx.areas.get("district")))
    return with_arrest_restatements(claims)


def _sentence_days(
    sent: Span, document: Document, published: dt.date | None, ctx: ClaimContext
) -> list[tuple[Token, Period, bool]]:
    """The sentence's time expressions, its days told from another day of the story counted
    from that day (``from_story_days``)."""
    periods = sentence_periods(
        sent, published, anchored=document.published is None, year_only=unanchored(document)
    )
    periods = report_units(
        sent, periods, carried=ctx.period, statistic=ctx.counted_over, published=published
    )
    if not opens_apart(sent):  # "Separately, two men were shot Saturday": its own days
        periods = near_the_incident(periods, ctx.incident, published)
    return from_story_days(sent, periods, (ctx.period, ctx.incident), published)


def _with_sentence(
    claims: list[Claim],
    found: list[Claim],
    sent: Span,
    ctx: ClaimContext,
    running_on: tuple[str, str | None] | None,
) -> list[Claim]:
    """The claims so far with a sentence's. A sentence that runs on from the one before
    (``running_on``: the document's text and the report's place) may name the speaker of
    the claims before ("..., he said.") or the place of the building they were counted at."""
    speaker = back_reference_speaker(sent) if running_on and not found else None
    if speaker is not None and running_on:
        attribute_before(claims, speaker, running_on[0][: ctx.prev_end])
    if ctx.venue is not None and running_on:
        claims = with_venue_place(claims, ctx.venue, sent, running_on[1])
    claims = [*claims, *found]
    ctx.venue = venue_of(sent, claims, len(claims) - len(found)) if found else None
    ctx.release.read_sentence(found)
    return claims


CUT_FIGURES = (
    "{n:,} sentences hold more than {limit:,} figures (max_claims_per_sentence): "
    "{skipped:,} figures were not read (bare runs of numbers first)"
)


def _claims_in_sentence(
    sent: Span,
    chunk: Chunk,
    *,
    document: Document,
    published: dt.date | None,
    ctx: ClaimContext,
    same_paragraph: bool,
    ids: Iterator[str],
    settings: Settings,
    home: str | None,
    skip_to: int = -1,
    crowded: list[int] | None = None,
) -> list[Claim]:
    figures = sentence_figures(sent, chunk, settings, crowded)
    periods = _sentence_days(sent, document, published, ctx)
    ctx.incident_told |= any(p == ctx.incident for _, p, _ in periods)
    ctx.incident_happened |= any(p == ctx.incident and not r for _, p, r in periods)
    found, died_later = _places(sent, chunk, ctx, home, skip_to, periods=periods)
    here = SentenceReading(
        sent=sent,
        chunk=chunk,
        document=document,
        settings=settings,
        home=home,
        same_paragraph=same_paragraph,
        periods=periods,
        places=found,
        attribution=sentence_source(sent),
        scopes=scope_mentions(sent, ctx.areas),
    )
    readings = with_ellipsis(_read(here, figures, ctx), ctx.events, ctx.harm)
    ctx.events, ctx.harm = counted_events(readings), counted_harm(readings)
    ctx.victim_kind = named_kind(readings) or ctx.victim_kind  # "1,640 victims of homicide"
    resolved, victims, own_periods = one_each(not_recalled(
        *not_named_before(readings, ctx, (here, published)), here, ctx, published
    ))
    first_period: Period | None = None
    ids_by_number: dict[int, str] = {}
    claims: list[Claim] = []
    tallies: list[Tally | None] = []
    for (amount, num, span, reading), period in zip(resolved, own_periods, strict=True):
        claim_id = next(ids)
        ids_by_number[num.i] = claim_id
        if first_period is None and _hands_on(period, num, ctx) and not lone_arrest(reading):
            # the day a figure was reported, its fallback, does not carry to other figures
            first_period = None if _reported(period, here) else period
        part_of = _part_of(reading, amount.value, ids_by_number, ctx, claims)
        if bare_shot(reading):
            ctx.bare_shot.add(claim_id)
        claim, tally = _tallied(here, ctx, (amount, num, span, reading), claim_id=claim_id,
                                period=period, part_of=part_of)
        claims.append(claim)
        tallies.append(tally)
    claims = with_borrowed_sources(later_totals(claims, resolved, ids_by_number))
    hand_on(ctx, claims, victims, resolved, published, periods=here.periods)
    carry(ctx, here, first_period, hands_on(resolved), died_later=died_later)
    if resolved or here.places:
        ctx.tally = next((t for t in tallies if t is not None), None)  # the lead tally
    return claims


def _read(
    here: SentenceReading, figures: list[tuple[Amount, Token, Span]], ctx: ClaimContext
) -> list[tuple[Amount, Token, Span, Reading]]:
    """How each figure of the sentence reads, a part of "the victims" as what the report
    counted before (``hurt_parts.with_victims``)."""
    readings = with_victims(_readings(here, figures, ctx.restatable), ctx.wholes)
    readings = charged_once(readings, ctx.arrested)  # "arrested two men and charged one"
    readings = rolled_measures(readings, ctx.counted)  # "the other victims were Ana Ruiz, ..."
    # the missing, taken or still held of a kidnapping: captives
    readings = with_missing(
        readings, ctx.restatable, kidnapping=ctx.kidnapping, captives_before=ctx.captives
    )
    # "877 cases of unlawful detention"; "with 187 victims" of a report on homicide
    return both_harms(kinded_victims(counted_cases(readings, ctx.events), ctx.victim_kind))


def _part_of(
    reading: Reading, value: float, ids: dict[int, str], ctx: ClaimContext, claims: list[Claim]
) -> str | None:
    """The claim a figure is a part of: the total of its sentence it is a subset of, else a
    whole counted before that patients or "them" are a part of (``hurt_parts``)."""
    if reading.total_of is not None:
        return ids.get(reading.total_of.i)
    return whole_before(reading, value, [*ctx.wholes, *counted(claims, wholes=True)])


def _tallied(
    here: SentenceReading,
    ctx: ClaimContext,
    found: tuple[Amount, Token, Span, Reading],
    *,
    claim_id: str,
    period: Period | None,
    part_of: str | None,
) -> tuple[Claim, Tally | None]:
    """The figure's claim, with the area and time of a tally it counts or goes on with
    (``tally_scope``), and the tally it hands on to the sentences after, if any."""
    num, anchor = found[1], found[3].anchor or found[1]
    area, period = figure_tally(
        (num, anchor), here.places, here.scopes, [p for _, p, _ in here.periods],
        text=here.text, carried=released_tally(ctx.tally, ctx, here, period), period=period,
    )
    # "Eastvale 41" of a breakdown by area: the item's own area, not its lead's
    own_area = item_area(num, found[2], found[3], here.document.text, here.chunk.offset)
    claim = _claim(here, ctx, found, claim_id=claim_id, period=period, part_of=part_of,
                   area=own_area or area)
    tallied = area or round_up(anchor, here.places, claim.location, period)
    if compared_tally(period, here.periods, ctx.counted_over):
        return claim, None  # "up from 1,500 in 2029": no tally the sentences after go on with
    if in_contrast(num) or (ctx.counted_over is not None and tells_one_incident(here.sent)):
        # "..., while Y saw 98": Y's own, set against the sentence's; "in a single raid in Y":
        # an incident a review tells, no tally of its period
        return claim, None
    return claim, Tally(tallied, period, anchor.lemma_.lower(), here.start) if tallied else None


def _places(
    sent: Span,
    chunk: Chunk,
    ctx: ClaimContext,
    home: str | None,
    skip_to: int,
    *,
    periods: list[tuple[Token, Period, bool]],
) -> tuple[list[tuple[Token, str]], bool]:
    """The sentence's place mentions, read with the areas named so far, less where a hurt
    victim died later ("the fourth victim died on Friday in X"), no place of the figures of
    this sentence or after; and whether there was such a place."""
    found = place_mentions(
        sent,
        skip_to=skip_to - chunk.offset,
        areas=ctx.areas,
        speakers_sit=ctx.location is None,
        # the report counted its incident's harm in a place of its own: a sentence naming
        # no place goes on with it, unless it tells another incident ("Separately, ...")
        settled=home is not None and ctx.harmed and not opens_apart(sent),
        home=home,
    )
    later = later_death_places(found, periods, ctx.incident)
    return [p for p in found if p not in later], bool(later)


def _readings(
    here: SentenceReading, figures: list[tuple[Amount, Token, Span]], known: Known
) -> list[tuple[Amount, Token, Span, Reading]]:
    """How each figure of the sentence reads, with victims named without a numeral; a group
    counted before and said again ("the three militants") in its measure (``known``)."""
    sent, document, offset = here.sent, here.document, here.chunk.offset
    readings: list[tuple[Amount, Token, Span, Reading]] = []
    for amount, num, span in figures:
        doc_start = offset + span.start_char
        if not document.in_body(doc_start) or (
            not_a_figure(amount, num, span, document.text, offset)
            and not listed_figure(num, amount)  # "the most homicides, with 214"
            and not row_figure(num, span, document.text, offset)  # "Kidnappings: 21"
        ):
            continue
        reading = told_captives(num, read_row(num, span, document.text, offset), known)
        if reading is not None:
            reading = restated(reading, amount.value, span, known)
        if reading is not None and reading.measure not in (None, "other") and not (
            amount.value.is_integer()
        ):
            # "a magnitude-4.7 quake has injured three": a fraction counts no one
            reading = dataclasses.replace(reading, measure="other", rule="count:fraction")
        if reading is None or (
            # "the 14 girls remain in captivity": people said again, whom a kidnapping before
            # may make captives (``with_missing``)
            reading.measure == "other" and not checkable_other(amount, span)
            and not in_captivity(num) and not summed_harms(reading)
        ):
            continue
        readings.append((amount, num, span, reading))
    victims, replaced = read_victims(sent, readings)
    victims = [v for v in victims if document.in_body(offset + v[2].start_char)]
    # "17-year-old dies in ...", "Woman dead, 2 hurt": one more harm; beside a victim the
    # parse read, a headline's later clause on someone else ("A man dead, another hurt")
    counted = [r[3] for r in readings if r[3].measure in CASUALTY_MEASURES]
    told = {i for v in victims for i in range(v[2].start, v[2].end)}
    harms = {v[3].anchor.i for v in victims if v[3].anchor is not None}
    # "boy fatally shoots himself": the headline's harm word, or the verb its adverb tells
    victims += [
        v for v in headline_victims(sent, document.text, offset, counted)
        if told.isdisjoint(range(v[2].start, v[2].end))
        and (v[3].anchor is None or _harm_word(v[3].anchor).i not in harms)
    ]
    if victims:
        readings = sorted(
            [r for r in readings if r[1].i not in replaced] + victims, key=lambda r: r[2].start
        )
    rolled = [v for v in roll_victims(sent, readings, document.text, offset)
              if document.in_body(offset + v[2].start_char)]
    # "police arrested a 19-year-old man": one person arrested, told without a numeral
    arrests = [a for a in lone_arrests(sent, readings) if document.in_body(
        offset + a[2].start_char)]
    added = [*rolled, *arrests, *another_hurt(sent, readings)]  # "and another sustained ..."
    return sorted([*readings, *added], key=lambda r: r[2].start) if added else readings


def _harm_word(anchor: Token) -> Token:
    """The word a harm is told by: an adverb's verb ("fatally shoots"), else the word."""
    return anchor.head if anchor.pos_ == "ADV" else anchor


def _hands_on(period: Period | None, num: Token, ctx: ClaimContext) -> TypeGuard[Period]:
    """A figure's own period, which its sentence may hand on: not the one carried to it, nor
    the year of a bracketed earlier figure ("Deaths: 1,204 (2024: 980)")."""
    return period is not None and period is not ctx.period and bracketed_period(num, None) is None


def _reported(period: Period, here: SentenceReading) -> bool:
    """The period is one the sentence gives as the day of a report ("police said Tuesday") or
    of a court ("were sentenced Monday": the day of those sentenced, not of what followed)."""
    return any(
        p is period and (dates_report or dates_follow_up(t)) for t, p, dates_report in here.periods
    )


def _claim(
    here: SentenceReading,
    ctx: ClaimContext,
    found: tuple[Amount, Token, Span, Reading],
    *,
    claim_id: str,
    period: Period | None,
    part_of: str | None,
    area: str | None = None,
) -> Claim:
    amount, num, span, reading = found
    anchor = reading.anchor or num
    offset, settings = here.chunk.offset, here.settings
    days = (period.end - period.start).days if period else None
    if habitual(anchor):
        days = ROUNDUP_DAYS + 1  # "die annually": a round-up, whatever day the text gives
    arrests = reading.measure == "arrested"
    own = own_conjunct(num, here.places, arrests=arrests)  # "... and thousands more in X"
    own = outside_absolutes(own, num, home=here.home)  # "..., with X recording its worst year"
    carried = past_scene(victims_carry(ctx.location, ctx.before_arrest, reading.measure),
                         ctx.located_on, period, ctx.incident)  # not a recalled incident's
    carried, home = released_place(carried, ctx, here, days, own=bool(own or area))  # no item's
    place = area or sentence_place(anchor, own, carried, home, days, arrests=arrests)
    place = read_release(place, ctx, here, own=bool(own or area), days=days, aside=in_contrast(num))
    earlier = recalls_earlier(anchor)
    # "A car bomb at the same market killed 12 in 2019": a deed of another year
    past_deed = long_before(period, ctx.incident) and a_deed(anchor, reading.noun)
    attribution = _source(here, ctx, num, anchor, recalled=earlier or past_deed,
                          tally=None if one_deed(anchor, reading.noun) else period)
    noun = reading.noun
    start, end = figure_chars(here.chunk.text, here.sent.start_char, amount, span)
    return Claim(
        id=claim_id,
        document_id=here.document.id,
        start=offset + start,
        end=offset + end,
        number_text=here.chunk.text[start:end],
        value=amount.value,
        qualifier=amount.qualifier,
        low=amount.low,
        high=amount.high,
        measure=reading.measure or "other",
        sentence=here.text,
        sentence_start=here.start,
        sentence_end=here.start + len(here.text),
        rule=(
            f"{reading.rule}; {explain_vague(amount.value, settings=settings)}"
            if amount.qualifier == "vague"
            else reading.rule
        ),
        subject=noun_phrase(noun, exclude=span) if noun is not None else None,
        actor=actor_of(reading),
        location=spelled_out(place),  # "KP": Khyber Pakhtunkhwa
        date_start=period.start if period else None,
        date_end=period.end if period else None,
        date_text=period.text if period else None,
        attribution=attribution,
        part_of=part_of,
        recalls=earlier or long_before(period, ctx.incident),
    )


def _source(
    here: SentenceReading, ctx: ClaimContext, num: Token, anchor: Token, *, recalled: bool,
    tally: Period | None,
) -> str | None:
    """Who says the figure: its own recorder, its clause's or sentence's source, the report
    whose clause holds it, else the speaker the paragraph carries, which an incident
    recalled from before does not take ("…, according to a tally. In 2019 a bomb killed 12":
    the outlet's own background)."""
    carried = ctx.carried_to(here, tally) if not recalled else None
    return described_again(
        recorder(anchor)  # "…; the hospital put the toll at 5": its own source first
        or clause_source(here.sent, num)  # "8 dead, say police; the agency stands by 6"
        or here.attribution
        or reporter(anchor)
        or shown_source(anchor)  # "ministry data show attacks rose": the ministry's
        or carried,
        carried,
    )
