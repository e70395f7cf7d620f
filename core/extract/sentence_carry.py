"""What a sentence hands on to the next: the time, place and speaker its figures used (or,
with no figures, only what it states itself), read once the sentence is done. Moved out of
``claims.py``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.extract.apart_sentences import opens_apart
from core.extract.arrest_places import arrest_days_carry, arrests_carry, where_held
from core.extract.bracketed_years import bracket_opening_year
from core.extract.carried_speakers import a_voice_reports, root_reporter, voiceless
from core.extract.claim_dates import dates_aftermath, named_within
from core.extract.claim_places import in_town, locative, scene_town
from core.extract.date_clauses import led_up_to, reports_on, told_verb
from core.extract.incident_words import (
    death_verb,
    died_after,
    harm_before_death,
    harm_verbs,
    in_harm_clause,
    wound_kept,
)
from core.extract.naming_dates import dates_a_things_clause, names_a_thing
from core.extract.neighbour_places import beside_the_scene
from core.extract.one_incidents import tells_one_incident
from core.extract.place_lists import a_wide_list
from core.extract.place_towns import a_village
from core.extract.place_words import a_scene, an_arrest_place
from core.extract.recalls import recalled_clause
from core.extract.retold_incidents import retold_from
from core.extract.retold_victims import retells_a_victim
from core.extract.scene_statements import attacked
from core.extract.side_deeds import a_side_deed_place
from core.extract.statistic_periods import (
    cut_off,
    flashback_kept,
    own_figures_only,
    released_after,
)
from core.extract.struck_places import an_object, struck_by_event
from core.text.place_parts import joined

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.claim_context import ClaimContext, SentenceReading
    from core.text.dates import Period


def _only_reports_on(here: SentenceReading, period: Period | None) -> bool:
    """The sentence's dates are only the day of a report soon after ``period``."""
    return all(r and reports_on(p, period) for _, p, r in here.periods)


def _own_times(here: SentenceReading) -> bool:
    """The sentence names a time besides the years of its bracketed earlier figures
    ("Injured: 2,310 (2024: 1,870)"), which leave the report's period going on."""
    return any(not bracket_opening_year(t) for t, _, _ in here.periods)


def _issued(here: SentenceReading) -> dt.date | None:
    """The day the report was published, as the settings or the document give it."""
    return here.settings.published or here.document.published


def carry(
    ctx: ClaimContext,
    here: SentenceReading,
    first_period: Period | None,
    read: bool,
    *,
    died_later: bool = False,
) -> None:
    """What carries to the next sentence: its time, place and speaker. A sentence with figures
    (``read``) passes on what its figures used; one without passes on only what it states
    itself, so the chain never runs through sentences that were not parsed, but for the time
    of a harm it tells again with no time of its own (``_ends_the_time``); one that tells
    only where a victim died later (``died_later``) keeps the place carried; the time before
    sentences that date only arrests goes on for victims (``arrest_days_carry``)."""
    ctx.period_before_arrest = arrest_days_carry(here.periods, ctx.period, ctx.period_before_arrest)
    # the day of a charge or a plea carries no more than the day of a report, nor "the January
    # shooting" (which incident), a cause's day, a year compared with or a peak month
    happenings = [
        p
        for t, p, dates_report in here.periods
        if not dates_report and not dates_aftermath(t) and named_within(t, p, p) is p
        and not died_after(t, p, ctx.incident)  # "one of them died Friday": not the shots'
        and not (led_up_to(t, p, ctx.incident) or own_figures_only(t))
        and not _no_happenings_day(t)
    ]
    before = (ctx.period, ctx.location)
    if first_period is not None and not _led_up_to(here, first_period, ctx.incident):
        _close(ctx, here, first_period)  # "since 2030" told to its cut-off ("... June 2032")
        # "a man wounded in a shooting last month died Tuesday": the shooting's time goes on
        ctx.period = flashback_kept(
            (ctx.period, ctx.counted_over),
            here.periods,
            harm_before_death(here.periods, first_period)
            or wound_kept(ctx.period, here.periods, first_period)
            or first_period,
        )
    elif happenings:  # "He died Tuesday" after a wound last month: the wound's time goes on
        ctx.period = wound_kept(ctx.period, here.periods, happenings[0]) or happenings[0]
    elif _ends_the_time(here, read, ctx.period):
        ctx.period = None
    ctx.retold = retold_from(before, ctx.period, ctx.counted_over, ctx.retold)
    # the day of a report ("a statement released on Sunday") dates the next sentence's
    # figures only when nothing else does, as it does its own
    reports = [p for _, p, dates_report in here.periods if dates_report]
    if here.periods or not read:
        ctx.reported = reports[0] if reports else None
    if here.places:
        # "Earlier, two were killed in neighbouring X district": the scene carried goes on
        if not beside_the_scene(here.places, ctx.location):
            ctx.before_arrest = arrests_carry(here.places, ctx.location, ctx.before_arrest)
            _locate(ctx, _carried_place(here, ctx.location, harmed=ctx.harm is not None), here)
    elif not read and not died_later and not retells_a_victim(here.sent):
        ctx.location = ctx.before_arrest = None
    _carry_voice(ctx, here, first_period, read)


def _carry_voice(
    ctx: ClaimContext, here: SentenceReading, first_period: Period | None, read: bool
) -> None:
    """The speaker that carries to the next sentence, and the lead read so far."""
    sent = here.sent
    root_speaker = root_reporter(sent)
    # "The office said on X that … It gave no details. At least 23 have died": no other voice
    carried = ctx.carried_to(here) if read or voiceless(sent) else None
    ctx.attribution = here.attribution or root_speaker or carried
    if read:
        # "..., a police spokesman said": a voice, no recorder of the paragraphs after
        voiced = not here.attribution and root_speaker is not None and a_voice_reports(sent)
        ctx.read_lead(first_period, headline=here.start == 0, voiced=voiced)


def _ends_the_time(here: SentenceReading, read: bool, carried: Period | None) -> bool:
    """The sentence ends the time carried: one with no figure ("Price was shot during a
    pickup game.", with no time, tells the incident again: its time goes on), or one that
    names a time of its own besides a report's day."""
    if not read:
        return bool(here.periods) or not _retells_harm(here.sent)
    return _own_times(here) and not _only_reports_on(here, carried)


def _retells_harm(sent: Span) -> bool:
    """A sentence with no figure and no time that tells a harm ("Price was shot during a
    pickup game", "He died at the scene"): the report's incident told again, not another
    (one set apart, "Separately, a man was stabbed", is another)."""
    root = told_verb(sent)  # "Police said Price was shot ...": the clause said
    harm = root.lemma_.lower() in harm_verbs() or death_verb(root)
    return harm and not opens_apart(sent)


def _a_state_since(root: Token) -> bool:
    """A "since" stretch of a state, not of harm ("the men had been missing since Friday", "the
    road has stayed shut since Monday"): how long it lasted, no time of the figures after it."""
    start = root.i
    while start > root.sent.start and root.doc[start - 1].ent_iob_ == "I":
        start -= 1
    since = root.doc[start - 1] if start > root.sent.start else None
    return since is not None and since.lower_ == "since" and not in_harm_clause(root)


def _led_up_to(here: SentenceReading, first: Period, incident: Period | None) -> bool:
    """ "The protest began after a detainee died early Monday": the day of the figure, in a
    clause of what led up to the incident, is no day the figures told next share."""
    return any(p == first and led_up_to(t, p, incident) for t, p, _ in here.periods)


def _close(ctx: ClaimContext, here: SentenceReading, first_period: Period) -> None:
    """A statistic told up to the report's day ("since 2030") closed at the cut-off the
    sentence names ("... and June 2032"), remembered with where the sentence starts."""
    closed = cut_off(ctx.counted_over, first_period, _issued(here))
    if closed is None:
        return
    if ctx.counted_over is not None and ctx.cut is None:
        ctx.cut = (ctx.counted_over, closed, here.start)
    if ctx.period == ctx.counted_over:
        ctx.period = closed
    ctx.statistic = closed if ctx.statistic == ctx.counted_over else ctx.statistic
    ctx.counted_over = closed
    ctx.incident = released_after(ctx.incident, closed)  # the day the data came out


def _locate(ctx: ClaimContext, location: str | None, here: SentenceReading) -> None:
    """The place carried on, its day, where the sentence that gave it starts and whether it
    told one incident."""
    if location != ctx.location:
        ctx.location_at = here.start
    ctx.location = location
    ctx.located_on = ctx.period
    ctx.located_by_incident = tells_one_incident(here.sent)


def _no_happenings_day(date: Token) -> bool:
    """ "the 2016 peace accord": which accord, not when; "missing since Friday": how long, not
    when it happened; "..., which recalled similar quakes in 1998": another's."""
    return (
        names_a_thing(date) or _a_state_since(date) or recalled_clause(date)
        or dates_a_things_clause(date)  # "a ceasefire that took effect in May"
    )


def _carried_place(here: SentenceReading, carried: str | None, *, harmed: bool) -> str | None:
    """The place a sentence hands on to the next: where it happened, or the report's town
    (None), else the town carried so far, when it names only a scene ("It happened in the
    2100 block of West Maple.", "inside a Capitol Hill apartment"), not a resident's town
    ("a Salt Lake man"), nor, in a sentence counting no harm (``harmed``), only where a
    deed beside the incident was done ("The funeral was held in X": ``side_deeds``)."""
    town = scene_town(carried, here.home)
    listed = [p for p in here.places if not a_wide_list(p[0])]
    if not listed:
        return carried  # "riots spread to X, Y and Z": no place of the incident goes on
    kept = in_town(listed, town)
    aside = [] if harmed else [p for p in kept if a_side_deed_place(p[0])]
    if aside and len(aside) == len(kept):
        return carried
    kept = [p for p in kept if p not in aside]
    # "a tremor rocked Darvan": the town an event struck is a scene with no preposition
    # where one arrest was is no place of the figures after ("With his arrest, nine ...")
    located = [
        p
        for p in kept
        if (locative(p[0]) or struck_by_event(p[0]) or attacked(p[0]))
        and not an_arrest_place(p[0])
    ]
    # "arrested 12 in raids in X, a day after a bomb killed four in Y": Y goes on, not X
    located = [p for p in located if not where_held(p[0])] or located
    if located:
        # "near Molsi village" after "in Kanker district": the village of the unit before
        name = located[0][1]
        if carried and a_village(name) and not (a_scene(carried) or carried.startswith(name)):
            return joined(name, carried)  # "near the village" of the village carried: itself
        return name
    # a venue that gave way to the town the sentence names ("outside a school in the X
    # camp") is a scene in that town, no sign of a scene elsewhere
    gave_way = {tok.i for tok, _ in listed if tok.pos_ == "NOUN"} - {tok.i for tok, _ in kept}
    elsewhere = any(locative(tok) for tok, _ in here.places if tok.i not in gave_way)
    if not kept or elsewhere or an_object(kept[0][0]):
        return None if here.home else town
    return kept[0][1]
