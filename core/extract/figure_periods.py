"""When a figure's harm happened: a date in its own phrase or clause, the day carried from the
sentences before, the report's incident, never the day of a report or of what followed.

Split from ``claims`` (the sentence reader), which asks ``figure_period`` for each figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from core.extract.added_clauses import added_apart
from core.extract.aftermath_dates import court_verb
from core.extract.apart_sentences import opens_apart
from core.extract.arrest_deeds import dates_the_deed
from core.extract.arrest_news_days import arrest_news_day
from core.extract.bracketed_years import bracketed_elsewhere, bracketed_period
from core.extract.brought_tolls import moves_toll, standing_verbs, toll_brought_span
from core.extract.by_days import by_day, from_incident
from core.extract.care import in_condition
from core.extract.claim_context import ClaimContext, SentenceReading
from core.extract.claim_dates import (
    RECORDED_DAYS,
    carried_within,
    custody_verb,
    dates_aftermath,
    dates_harm,
    death_verb,
    named_within,
    names_when,
)
from core.extract.compared_periods import compared_only, compared_own
from core.extract.conjunct_days import gapped_day, in_own_conjunct
from core.extract.date_clauses import (
    adjacent_date,
    charged_deed,
    counted_apart,
    in_own_clause,
    main_day,
    other_clause,
    phrase_date,
    running_since,
    same_period_before,
    set_apart,
    shifted,
)
from core.extract.earlier_spans import before_incident
from core.extract.elided_perfects import perfect_holder
from core.extract.event_stretches import named_day_for
from core.extract.followed_days import after_word, bare_after, day_before_followed
from core.extract.gathered_counts import to_last_happening
from core.extract.held_parts import of_the_held
from core.extract.incident_days import days_after_harm, overnight_figure
from core.extract.incident_words import (
    DEATH_AFTER_DAYS,
    _governor,
    dates_incident,
    incident_noun,
    remembered_year,
    wound_of_the_dead,
)
from core.extract.joint_deeds import shares_day
from core.extract.lasting_spans import lasting_span
from core.extract.measures import Reading, lexicon
from core.extract.named_incidents import named_first
from core.extract.part_places import set_against
from core.extract.present_stretches import near_incident, present_day
from core.extract.ranked_counts import gapped_elsewhere
from core.extract.recalled_days import long_before, own_days_only
from core.extract.running_counts import (
    counted_in_running,
    kept_since_incident,
    to_report_day,
)
from core.extract.said_days import saying_day
from core.extract.since_points import since_point
from core.extract.span_tallies import tallied_over
from core.extract.the_years import year_told_before
from core.extract.tree_distance import nearest
from core.extract.trend_baselines import trend_baseline
from core.extract.victim_clause_dates import victim_clause_date
from core.extract.victim_names import CASUALTY_MEASURES
from core.extract.war_starts import since_start, started_span, told_stretch
from core.text.dates import Period
from core.text.periods import counts_over, earlier_this, within

if TYPE_CHECKING:
    from spacy.tokens import Token


def figure_period(
    num: Token,
    reading: Reading,
    here: SentenceReading,
    ctx: ClaimContext,
    published: dt.date | None,
) -> Period | None:
    """When the figure's harm happened: a date in its own phrase, "the same period last
    year", else the sentence's (``_period_of``, in ``_before_arrests``' context); a casualty
    figure of the night before the incident's day is that incident's."""
    ctx = _before_arrests(reading, ctx)
    # "against 64 in the same quarter of 2025": the sentence's period that year, which the
    # phrase alone does not name
    compared = (
        bracketed_period(num, ctx.counted_over or ctx.period)  # "Deaths: 1,204 (2024: 980)"
        or same_period_before(num, here.periods)
        or phrase_date(num, here.periods)
        or victim_clause_date(reading, here.periods)  # "the killing of a woman shot in 2023"
        or adjacent_date(num, here.periods)
        or gapped_day(num, here.periods)  # "... and two more on Friday"
    )
    period = (
        compared
        or running_since(_tensed(reading.anchor or num), here.periods, _issued(here))
        or since_point(reading.anchor or num, here.periods, _issued(here))
        or counted_in_running(reading.anchor or num, here.periods)
        or told_stretch(reading.anchor or num, ctx.chunks, _issued(here))  # "the war ... has"
    )
    since = since_start(reading.anchor or num, ctx.period, _issued(here)) if not period else None
    if since is not None:  # "since the war began": from its told start, else unknown
        return started_span(since, ctx.chunks, ctx.period, _issued(here))
    period = period or _period_of(reading.anchor or num, here, ctx, published)
    period = from_incident(period, ctx.incident)  # "by Tuesday noon, five rearrested"
    if reading.measure in CASUALTY_MEASURES and ctx.incident_told:
        period = overnight_figure(period, ctx.incident, published, here.sent)
    period = own_days_only(period, reading.anchor or num, (ctx.period, ctx.incident), published)
    period = before_incident(period, reading.anchor or num, ctx.incident)
    period = toll_brought_span(period, reading.anchor or num, ctx.incident, told=ctx.incident_told)
    issued = _issued(here)
    reported = [p for _, p, r in here.periods if r]
    incident = ctx.incident
    if incident is not None and incident.start == incident.end and kept_since_incident(
        reading.anchor or num
    ):
        period = incident  # "... since the attack", not the day the sentence before told
    if period is not compared:  # "up from five in 2025": the year compared with, closed
        # "the toll has risen to 12": the deaths of the days since the incident gathered
        period = to_last_happening(period, num, reading.measure, incident, (ctx.chunks, published))
        period = to_report_day(period, reading.anchor or num, reported, issued,
                               held=reading.measure in HELD_MEASURES,
                               told_at=[t for t, _, r in here.periods if r])
        # "two of those detained were foreigners", "seized six rifles during the raids": the
        # days the sweep's count covers
        held = (reading.anchor or num, reading.measure, reading.rule)
        period = of_the_held(period, held, ctx.held, incident)
        # "killed 19 during a four-day operation": the days it lasted, not its first or last
        period = lasting_span(period, reading.anchor or num, here.periods, issued)
    return told_so_far(arrest_news_day(period, reading.measure, here, ctx.chunks), issued)


def _tensed(anchor: Token) -> Token:
    """The verb that carries the figure's tense: "and 25 injured" after "37 have been
    killed" runs up to now as the killed do."""
    return perfect_holder(anchor) or anchor


def _issued(here: SentenceReading) -> dt.date | None:
    """The day the report was published, as the settings or the document give it."""
    return here.settings.published or here.document.published


# the counts a present perfect runs up to the telling: people held, and the raids that held them
HELD_MEASURES = frozenset({"arrested", "operations"})


def told_so_far(period: Period | None, published: dt.date | None) -> Period | None:
    """A figure counts what happened up to the day it was published: a month or a year still
    running then ("41 operations in November alone" in a report of November 19) ends on that
    day, as "this month" does. Only a publication date bounds it, not a date of the story
    read in its place, which may lie anywhere in the period."""
    if period is None or published is None or not period.start <= published < period.end:
        return period
    return Period(start=period.start, end=published, text=period.text)


def _may_date(
    dated: list[tuple[Token, Period | None]], anchor: Token, ctx: ClaimContext
) -> list[tuple[Token, Period]]:
    """The sentence's dates that may date the figure: none after it that dates a later deed,
    nor the period of another figure it is compared with ("29 attacks, compared with 17 in
    2030"; "against 173 the previous year" when the report's period is known)."""
    stepped = ctx.counted_over is not None
    return [
        (t, p)
        for t, p in dated
        if p is not None
        and not _after(t, anchor, p)
        and not added_apart(anchor, t)
        and not compared_only(t, anchor, stepped=stepped)
        and not trend_baseline(t)  # "a 34 per cent increase over October"
        and not gapped_elsewhere(t, anchor)
        and not bracketed_elsewhere(t, anchor)
    ]


def _before_arrests(reading: Reading, ctx: ClaimContext) -> ClaimContext:
    """The context a casualty figure reads its time in: the time before sentences dating
    only arrests, when one was told ("Police arrested 30 on Monday. Two officers were
    wounded": no time before the arrests, the arrests' goes on)."""
    before = ctx.period_before_arrest
    if reading.measure in CASUALTY_MEASURES and before is not None and before[0] is not None:
        return dataclasses.replace(ctx, period=before[0])
    return ctx


def _period_of(
    anchor: Token, here: SentenceReading, ctx: ClaimContext, published: dt.date | None
) -> Period | None:
    """The time of the figure: the nearest date of the sentence that dates it, else the one
    carried from the sentences before, else the day of the report's incident."""
    unshifted = [(t, p, r) for t, p, r in here.periods if not shifted(anchor, t)]
    usable = _days_within([(t, p, r) for t, p, r in unshifted if not _a_deeds_date(anchor, t)])
    # nor is the day of what followed ("identified on Wednesday", "arrested Monday")
    inside = None if opens_apart(here.sent) else _narrowing(ctx, usable)  # "Elsewhere, ..."
    dated = [
        (t, p if tallied_over(t, p, here.sent) else named_within(t, p, inside, anchor))
        for t, p, r in usable
        if not r and not other_clause(anchor, t)
    ]
    kept = compared_own(anchor, _may_date(dated, anchor, ctx))
    own = nearest(anchor, in_own_conjunct(anchor, in_own_clause(anchor, named_first(anchor, kept))))
    own = named_day_for(anchor, kept, own)  # "..., and officials said 30 had been killed"
    own = _toll_day(own, dated, anchor, (here, _told_incident(ctx)))
    own = year_told_before(own, ctx.period)
    # A figure set apart from the sentence's dates ("killed two days after a bombing in
    # which 26 died") happened at another time than the report's incident, maybe; a deed
    # named in a charge ("accused of wounding five, he pleaded guilty on Tuesday") is the
    # report's incident.
    incident = _incident_for(anchor, here, len(unshifted), _told_incident(ctx))
    followed = day_before_followed(anchor, here.periods) if own is None else None
    if followed is not None and (followed.counted or long_before(followed.period, ctx.incident)):
        # "was arrested Monday, a day after two were wounded", "was arrested in May 2014
        # after he shot two" in a report of a shooting of 2016
        return followed.period
    if own is None and set_apart(anchor):
        main = main_day(anchor, here.periods, ctx.incident) or saying_day(anchor, here.periods)
        counted = counted_apart(anchor, main)
        if counted is not None:
            return counted  # "the strikes came two days after a bombing that killed 12"
        now = counted_apart(anchor, present_day(anchor, published))
        if now is not None:  # "three weeks after a boy was shot, police have no suspect"
            return near_incident(now, incident)
        # "two years after a quake that killed 30,000": not the day told, which a month holds
        carried = ctx.period or incident
        return carried if carried is not None and carried.start != carried.end else None
    if own is not None and death_verb(anchor) and not _dies_in_another(anchor):
        own = _wounded_before(own, usable, incident)
    elif own is not None and _in_care(anchor):
        own = _harmed_before_care(own, anchor, usable)
    # The day a figure was reported ("officials said on Tuesday the toll stood at 41") is
    # not the day it happened: it dates the figure only when nothing else does. The day of
    # what followed (a court day, an arrest, a release of reports) never dates a figure.
    found = (
        own
        or said_before(here.periods, ctx.incident)
        or ctx.period
        or incident
        or (followed.period if followed is not None else None)
        or _nearest_left(anchor, usable, ctx)
        or ctx.counted_over  # a report of statistics: its later figures count within its period
        or ctx.reported
    )
    if found is own and tallied_over(next((t for t, p in kept if p is own), None), own, here.sent):
        return own  # "killed six in 15 shootings over the weekend": the weekend's tally
    return _settled(found, ctx, published, inside)


def _a_deeds_date(anchor: Token, date: Token) -> bool:
    """The date names the deed a charge or an arrest is for, not the figure's time."""
    return charged_deed(anchor, date) or dates_the_deed(anchor, date)


def _nearest_left(
    anchor: Token, usable: list[tuple[Token, Period, bool]], ctx: ClaimContext
) -> Period | None:
    """The nearest date of the sentence left for the figure: none of what followed, of
    another clause, the year of an old incident remembered ("on the 2019 Harlow siege
    anniversary on Monday, three were hurt"), nor the period of a figure compared with ("rose
    to 276 from 198 the previous year")."""
    stepped = ctx.counted_over is not None
    return nearest(
        anchor,
        [
            (t, p)
            for t, p, _ in usable
            if not remembered_year(t)
            and not dates_aftermath(t)
            and not other_clause(anchor, t)
            and not added_apart(anchor, t)
            and not compared_only(t, anchor, stepped=stepped)
            and not trend_baseline(t)
            and not bracketed_elsewhere(t, anchor)
        ],
    )


def said_before(
    periods: list[tuple[Token, Period, bool]], incident: Period | None
) -> Period | None:
    """The span a figure was said in when it is no day of the report's incident: "Earlier
    this month, the army said it had killed dozens of militants", "Last week, officials said
    40 had died": what was said then happened by then, not on the day the report tells."""
    for _, period, reported in periods:
        if not reported or period.start == period.end:
            continue
        if not (names_when(period) or earlier_this(period)):
            continue  # "urged them to pass it by Friday": a time to come, no time said in
        if incident is None or period.end < incident.start or earlier_this(period):
            return period
    return None


def _narrowing(ctx: ClaimContext, usable: list[tuple[Token, Period, bool]]) -> Period | None:
    """The incident day a span of the figure's narrows to: not the day this very sentence
    says it was told ("killed 7 last week, the army said on Sunday")."""
    told_here = not ctx.incident_happened and any(r and p == ctx.incident for _, p, r in usable)
    return None if told_here else ctx.incident


def _settled(
    found: Period | None, ctx: ClaimContext, published: dt.date | None, incident: Period | None
) -> Period | None:
    """The period found, narrowed to the report's ``incident`` day where a span only names it;
    a span carried from the sentence before ("Earlier this month, ...") to a figure of its own
    clause gives way to the incident's day."""
    if found is None:
        return None
    carried = found is ctx.period
    statistic = ctx.statistic
    # however the review names it again ("during the month"): the same days
    if carried and statistic is not None and (found.start, found.end) == (
        statistic.start, statistic.end
    ):
        # "Northland had the most, with 52": the report's statistic goes on over its whole
        # period, not the day of an incident it tells besides
        return found
    if carried:
        found = carried_within(found, incident)
    return within(found, incident, published, carried=carried)


def _told_incident(ctx: ClaimContext) -> Period | None:
    """The report's incident day, none in a report of statistics before any sentence has
    told that day: its lead counts over a period, and an incident it retells further down
    ("The review recalled the bombing of 3 May") is no time of the figures before."""
    if ctx.counted_over is not None and not ctx.incident_told:
        return None
    return ctx.incident


def _incident_for(
    anchor: Token, here: SentenceReading, unshifted: int, incident: Period | None
) -> Period | None:
    """The report's incident day for the figure, unless a date of the sentence stands on the
    far side of a shifter from it ("killed two days after a bombing in which 26 died"): then
    only for a harm in a bare "after" clause before that day (``_before_after``)."""
    if unshifted == len(here.periods) or _before_after(anchor, here, incident):
        return incident
    return None


def _before_after(anchor: Token, here: SentenceReading, incident: Period | None) -> bool:
    """The figure stands in a bare "after" clause ("bodies were found on Wednesday after the
    burial of 20 people", no stretch written before it) and the report's incident day lies
    no later than every day of the clause "after" hangs on: the harm before that day is the
    incident's, not a time set apart from it."""
    if incident is None or incident.start != incident.end or set_apart(anchor):
        return False
    after = after_word(anchor)
    if after is None or not bare_after(after):
        return False
    far = [p for t, p, _ in here.periods if shifted(anchor, t)]
    return bool(far) and all(incident.end <= p.start for p in far)


def _days_within(dates: list[tuple[Token, Period, bool]]) -> list[tuple[Token, Period, bool]]:
    """The sentence's dates less a span that a single day of the same verb lies in: "earlier
    in the year, on February 14, five were killed", "last month, on the 3rd" tell that day
    (not a span a count runs over: "on Friday the county topped 90 killings so far this
    year"). The day a report was made or filed ("DESKTOWN, Jan 4: ... 90 raids in 2030",
    "said on Sunday") tells no day of the count."""
    days = [(_governor(t).i, p.start) for t, p, r in dates if p.start == p.end and not r]
    return [
        (t, p, r)
        for t, p, r in dates
        if p.start == p.end
        or _counted_over(t, p)
        or not any(g == _governor(t).i and p.start <= d <= p.end for g, d in days)
    ]


def _counted_over(date: Token, period: Period) -> bool:
    """A count runs over the span: its words say so, or "so far" beside it, which the parser
    hangs on the verb ("topped 90 killings so far this year")."""
    return counts_over(period) or any(c.lower_ == "far" for c in _governor(date).children)


def _dies_in_another(verb: Token) -> bool:
    """ "two more died in a landslide last night": a death in an incident of its own (a new
    one, "a"/"an"/"another"), not of wounds from the report's ("died in the shooting")."""
    objects = [g for c in verb.children if c.lower_ in ("in", "during") for g in c.children]
    return any(
        o.dep_ == "pobj"
        and incident_noun(o)
        and any(d.lower_ in ("a", "an", "another") for d in o.children if d.dep_ == "det")
        for o in objects
    )


def _wounded_before(
    death: Period, usable: list[tuple[Token, Period, bool]], incident: Period | None
) -> Period:
    """A death is dated by the day of the shooting that caused it: "died Sunday of a wound
    suffered on Friday", "a man shot Monday died Wednesday" (the lead's incident day)."""
    named = [p for t, p, _ in usable if dates_harm(t) and p.start == p.end]
    earlier = [p for p in (*named, incident) if p is not None and p.end < death.start]
    earlier = [p for p in earlier if (death.start - p.start).days <= DEATH_AFTER_DAYS]
    # "a boy who was shot last week died Wednesday": the time the sentence tells the wound at
    return earlier[0] if earlier else wound_of_the_dead(usable, death) or death


# "received treatment", "got care": care told by a verb and its object
CARE_OBJECTS = frozenset({"treatment", "care"})
CARE_TAKING = frozenset({"receive", "get", "undergo"})


def _in_care(verb: Token) -> bool:
    """The figure counts patients by their care ("were admitted", "were treated", "received
    treatment"), which comes after the harm that hurt them."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.care_verbs or lemma in lex.treatment_verbs:
        return True
    return lemma in CARE_TAKING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CARE_OBJECTS for c in verb.children
    )


def _harmed_before_care(
    care: Period, verb: Token, usable: list[tuple[Token, Period, bool]]
) -> Period:
    """Patients are dated by the harm their care came "after": "two received treatment on
    Wednesday after a fire broke out on Monday" are Monday's."""
    clauses = [
        c
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in CARE_AFTER)
        or (
            c.dep_ == "advcl"
            and any(m.lower_ in CARE_AFTER for m in c.children if m.dep_ == "mark")
        )
    ]
    spans = [(c.left_edge.i, c.right_edge.i) for c in clauses]
    before = [
        p
        for t, p, _ in usable
        if p.start == p.end < care.start and any(a <= t.i <= b for a, b in spans)
    ]
    return before[0] if len(before) == 1 else care


CARE_AFTER = frozenset({"after", "following"})


def _after(date: Token, anchor: Token, period: Period) -> bool:
    """The date governs a verb of what followed the incident, not the figure's own verb
    ("the agency on Tuesday arrested three more": the arrest is what the three count), unless
    that verb states a patient's condition: "was in grave condition on Tuesday"), nor the
    verb the figure counts the doings of over a month or longer ("61 cases were filed in
    2030": the filings are what the figure counts)."""
    if not dates_aftermath(date):
        return False
    verb = _governor(date)
    if set_against(anchor, verb):
        return False  # "46 were arrested during 2031, while 12 lost their lives": a tally beside
    # the figure, or the noun it counts, is the object or subject of an arrest: not "named
    # a 17-year-old in the shooting of four teens on Monday", "identified the dead man Tuesday"
    counted = anchor.head if anchor.head.dep_ in _ARGUMENTS else anchor
    # "arrested 43 on Tuesday night": the day a compound of its part, one word further off
    # "a court on Tuesday sentenced three men": the people it sentenced count on its day
    own = anchor.i in (date.head.i, date.head.head.i, verb.i) or (
        anchor.pos_ not in ("VERB", "AUX")
        and (custody_verb(verb) or court_verb(verb))
        and verb.i in (anchor.head.i, counted.head.i, _raids_verb(anchor))
    ) or _tallied_by(verb, counted, period)
    # "killed five and detained three in a raid on Sunday": one operation's day
    return (not own and not shares_day(date, anchor)) or in_condition(anchor)


def _raids_verb(anchor: Token) -> int:
    """The verb whose phrase counts the raids it was done in ("arrested 12 during 47
    operations over the past week": the raids share the arrests' time); -1 otherwise."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    prep = noun.head
    if prep.dep_ != "prep" or lexicon().nouns.get(noun.lemma_.lower()) != "operations":
        return -1
    return prep.head.i


_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})
# the roles of what a verb's doings counts: "61 cases were filed", "filed 61 cases"
_DONE = frozenset({"dobj", "nsubjpass"})


def _tallied_by(verb: Token, counted: Token, period: Period) -> bool:
    """The figure counts what the verb did over a month or longer: its object, or its subject
    in the passive ("61 cases had been filed in 2030"), dated by a span, no day after."""
    return (
        counted.dep_ in _DONE
        and counted.head.i == verb.i
        and (period.end - period.start).days >= RECORDED_DAYS
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _moves(verb: Token) -> bool:
    """A toll moves or stands by the verb: "rose to 41", "went up to 19", "stood at 41"."""
    return moves_toll(verb) or verb.lemma_.lower() in standing_verbs()


def _toll_day(
    own: Period | None,
    dated: list[tuple[Token, Period | None]],
    anchor: Token,
    told: tuple[SentenceReading, Period | None],
) -> Period | None:
    """The figure's own day, or the incident's when the figure is a toll that moved: "The toll
    of the May 2 bombing rose to 41 on Tuesday", "rose to 15 after three more bodies were
    found on Tuesday", "... on Tuesday, a day after the blast" count the incident the
    sentence dates, not a happening of that later day. ``told``: the sentence read and the
    report's incident day."""
    here, incident = told
    if own is None and _moves(anchor):
        # "the number killed in last week's quake has risen to 312, the agency said on
        # Saturday": the incident the toll's own subject names, a day or a span (which names
        # the incident, no time, for any other figure); not "..., the deadliest since the
        # 2014 school massacre"
        subject = {t.i for c in anchor.children if c.dep_ in _SUBJECTS for t in c.subtree}
        given = next(
            (p for t, p, r in here.periods if not r and dates_incident(t) and t.i in subject),
            None,
        )
        inside = given is not None and incident is not None and (
            given.start <= incident.start and incident.end <= given.end
        )
        return incident if inside else given  # the report's day of that week, if it tells it
    tok = next((t for t, p in dated if p is own), None) if own is not None else None
    if own is None or tok is None or not (_moves(_governor(tok)) or _moves(anchor)):
        return own
    stood = by_day(own)  # "rose to 14 by Saturday night": Saturday
    named = [  # "the toll from last week's floods rose to 52 on Friday": the week
        p for t, p in dated if p is not None and p.end < stood and dates_incident(t)
    ]
    # the harm's day counted back, read only for a toll that moved: "a day after the blast"
    # (a toll counts what its sentence sets it after, whatever the words: "a day after the bus
    # caught fire")
    after = days_after_harm(here.sent, here.periods, any_happening=True)
    named += [p for p in after if p.start == p.end < stood]
    if not named and _of_the_incident(anchor, incident, stood):
        # "The death toll from the fire rose to 14 on Tuesday. The fire broke out on March
        # 5.": the incident the toll names, dated elsewhere in the report
        return incident
    return named[0] if named else own


def _of_the_incident(anchor: Token, incident: Period | None, stood: dt.date) -> bool:
    """The toll's subject names the report's incident by its noun ("the toll from the
    fire", "the blast's toll"), a single day a month or less before the toll stood."""
    if incident is None or incident.start != incident.end:
        return False
    if not 0 < (stood - incident.end).days <= DEATH_AFTER_DAYS:
        return False
    subject = [t for c in anchor.children if c.dep_ in _SUBJECTS for t in c.subtree]
    return any(
        incident_noun(t) and any(d.dep_ in ("det", "poss") for d in t.children) for t in subject
    )
