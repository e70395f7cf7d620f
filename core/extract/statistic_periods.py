"""The period a statistics report counts over: the monthly, quarterly or annual total of
events its lead gives ("96 attacks were recorded in March, killing 130"). The report's later
figures count within it when they give no time of their own ("Of them, 40 were in the north",
"Police made 64 arrests"), whatever sentences without a figure stand between; "the month" and
"the year" of its sentences name the month or year their sentence names besides ("the deadliest
year, with 900 attacks during the year"), else that period; "the same month last year" is the
one a year before; and an earlier period told in the past perfect, a comparison ("In February,
the institute had recorded 81"), dates its own figures only, not the sentences after it. The
words live in ``core/rules/dates.json`` (``report_units``, ``report_unit_shifts``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.bracketed_years import bracket_opening_year
from core.extract.compared_periods import (
    compared_back,
    compared_date,
    compared_periods,
    measured_against,
    peak_named,
    record_year,
    span_kind,
    told_back,
)
from core.extract.incident_words import _governor
from core.extract.nlp import sentence_ents
from core.extract.review_months import months_of_review
from core.extract.the_years import bare_year
from core.rules import load_rules, word_set
from core.text.dates import (
    Period,
    count_number,
    date_words,
    month_end,
    normalise_expression,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Claim

# A span this many days or longer is a month or more: the period of a statistic, no incident's
STATISTIC_DAYS = 27
# a toll with no count of events is a statistic when it counts over a quarter or longer
TOLL_STATISTIC_DAYS = 89
# the readings that count a crime's cases: "victims of homicide", "38 kidnappings"
CRIME_COUNTS = frozenset({"victims", "noun"})
# the measures a report of statistics leads with: events counted, and their toll
STATISTIC_MEASURES = frozenset(
    {"attacks", "operations", "killed", "injured", "arrested", "kidnapped"}
)


def lead_statistic(
    claims: list[Claim],
    *,
    tolls: bool = False,
    published: dt.date | None = None,
    laid: bool = False,
) -> Period | None:
    """The period the lead sentence's figures count over when it is a month or longer and one
    of them counts events ("96 attacks in March"), or a quarter or longer ("killed 400 in the
    first half of the year"): the report gives statistics, not an incident."""
    # a toll alone counted over a quarter or longer ("claimed 1,200 lives in 2031") is one too
    # (``tolls``; without it such a lead gives none); a lead giving the day a record was
    # ``laid`` ("data tabled in parliament on Tuesday") counts over its span, however old
    events = any(c.measure in ("attacks", "operations") for c in claims)
    crimes = [c for c in claims if _crime_tally(c)]
    if not events and not tolls and not crimes:
        return None
    for claim in claims:
        if not (events or tolls or claim in crimes):
            continue
        shortest = STATISTIC_DAYS if events or claim in crimes else TOLL_STATISTIC_DAYS
        if (
            claim.measure in STATISTIC_MEASURES
            # a month alone recalls no tally; a quarter or year closed shortly before the
            # report was ``published`` is the one its review counts over
            and not (
                claim.recalls
                and claim not in crimes
                and not laid
                and not _just_closed(claim, published)
                and not (events and _month_just_closed(claim, published))
            )
            and claim.date_start is not None
            and claim.date_end is not None
            and (claim.date_end - claim.date_start).days >= shortest
        ):
            return Period(start=claim.date_start, end=claim.date_end, text=claim.date_text or "")
    return None


# a review of a quarter or a year comes out within this many days of its end
REVIEW_DAYS_AFTER = 92


# a monthly review of attacks comes out within this many days of the month's end
MONTH_REVIEW_DAYS = 20


def _month_just_closed(claim: Claim, published: dt.date | None) -> bool:
    """Events counted over a month that closed shortly before the report ("59 attacks in
    November" in a paper of December 1): a monthly review's tally, though the month stands
    alone, as a month recalled in daily news does."""
    if published is None or claim.date_start is None or claim.date_end is None:
        return False
    if (claim.date_end - claim.date_start).days < STATISTIC_DAYS:
        return False
    return 0 < (published - claim.date_end).days <= MONTH_REVIEW_DAYS


def _just_closed(claim: Claim, published: dt.date | None) -> bool:
    """The figure counts over a quarter or longer that closed shortly before the report was
    published: "killed 1,950 in 2031" in a review released in January 2032, whatever day
    of its release the report tells or war it names."""
    if published is None or claim.date_start is None or claim.date_end is None:
        return False
    if (claim.date_end - claim.date_start).days < TOLL_STATISTIC_DAYS:
        return False
    return 0 < (published - claim.date_end).days <= REVIEW_DAYS_AFTER


def _crime_tally(claim: Claim) -> bool:
    """ "1,640 victims of intentional homicide", "87 kidnapping victims", "87 kidnappings": a
    count of a crime (``crime_tally_nouns``), each one a case, as a report's events are."""
    kind, _, noun = claim.rule.split("<")[-1].partition(":")
    return kind in CRIME_COUNTS and noun in word_set("measures", "crime_tally_nouns")


def released_after(incident: Period | None, statistic: Period | None) -> Period | None:
    """The report's incident day, none when the report gives statistics and that day lies
    after the period they count over: the day the figures were released or the page stamped
    ("the annual review released on Sunday", "Updated a day ago"), no happening they count."""
    if incident is None or statistic is None or incident.start <= statistic.end:
        return incident
    return None


@functools.cache
def _unit_words() -> tuple[re.Pattern[str], dict[str, int]]:
    rules = load_rules("dates")
    units = "|".join(re.escape(u) for u in rules["report_units"])
    shifts: dict[str, int] = dict(rules["report_unit_shifts"])
    back = "|".join(re.escape(s) for s in shifts)
    pattern = re.compile(
        rf"(?:(?:in|during|over|for|throughout) )?(?:the )?(?:same |whole |entire )?"
        rf"(?P<unit>{units})(?: (?P<shift>{back}))?"
    )
    return pattern, shifts


def _years_back(period: Period, years: int, text: str) -> Period:
    start = period.start.replace(year=period.start.year - years)
    if span_kind(period) == "month":
        end = month_end(start.year, start.month)
    else:
        end = period.end.replace(year=period.end.year - years)
    return Period(start=start, end=end, text=text)


def report_units(
    sent: Span,
    periods: list[tuple[Token, Period, bool]],
    *,
    carried: Period | None,
    statistic: Period | None,
    published: dt.date | None = None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's time expressions with "the month", "the year" (and "the same month last
    year") read as the month or year its sentence names besides, else as the one the sentences
    before carry, else as the report's statistic; unchanged when none is of that unit. A bare
    month of a year's review published early in the next is the reviewed year's
    (``months_of_review``)."""
    pattern, shifts = _unit_words()
    out = list(periods)
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE":
            continue
        m = pattern.fullmatch(normalise_expression(ent.text).lower())
        months = told_months(ent)
        if months is None and (m is None or "the" not in ent.text.lower().split()):
            continue  # "the month", not a bare "year"
        # not the period of a figure compared with ("up from 1,500 in 2029, describing the
        # year as ..."): the year of the report's own figures
        before = [p for t, p, _ in periods if t.i < ent.start and not compared_date(t)]
        after = [p for t, p, _ in periods if t.i >= ent.end and not compared_date(t)]
        # the one its sentence names before ("2025 ... during the year"), else the story's,
        # else one after that is no year compared with ("during the year, against 121 in
        # 2024" compares the year with another, which it is not)
        lent = (p for p in (carried, statistic) if p is not None and not bare_year(p))
        told = [*reversed(before), *lent, *after]
        if months is not None:
            base = next((p for p in told if _months_long(p, months)), None)
            if base is not None:
                out = [(t, p, r) for t, p, r in out if not (ent.start <= t.i < ent.end)]
                out.append((ent.root, Period(start=base.start, end=base.end, text=ent.text), False))
            continue
        assert m is not None
        unit = str(m["unit"])
        base = next((p for p in told if span_kind(p) == unit), None)
        if base is None:
            continue
        period = _years_back(base, shifts[m["shift"]], ent.text) if m["shift"] else Period(
            start=base.start, end=base.end, text=ent.text
        )
        out = [(t, p, r) for t, p, r in out if not (ent.start <= t.i < ent.end)]
        out.append((ent.root, period, False))
    out = compared_periods(sent, months_of_review(out, statistic, published), statistic=statistic)
    return sorted(out, key=lambda x: x[0].i)


# a month runs 28 to 31 days: so many months are this many days either way of 30.44 each
MONTH_DAYS = 30.44
MONTHS_SLACK_DAYS = 4
PERIOD = "period"
MONTH = "month"  # the units (``units`` of ``rules/dates.json``) a stretch is told in
YEAR = "year"
YEAR_MONTHS = 12


def told_months(ent: Span) -> int | None:
    """ "the six months", "the three-month period": a stretch of so many months told with
    "the", which names the one the report counts over; None for any other expression ("the
    last six months" counts back from the telling; "six months" alone is no such name)."""
    words = [w for w in re.split(r"[\s-]+", ent.text.lower()) if w]
    # "the" of the entity, or of the noun it qualifies ("the three-month period")
    heads = [ent.root, ent.root.head] if ent.root.head.lower_ == PERIOD else [ent.root]
    the = "the" in words or any(
        c.dep_ == "det" and c.lower_ == "the" for h in heads for c in h.children
    )
    words = [w for w in words if w != "the"]
    if words and words[-1] == PERIOD:
        words = words[:-1]
    unit = date_words().units.get(words[1]) if len(words) == 2 else None
    if not the or unit not in (MONTH, YEAR):
        return None
    count = count_number(words[0])
    if count is None or count < 2:
        return None
    return count * YEAR_MONTHS if unit == YEAR else count  # "over the five years"


def _months_long(period: Period, months: int) -> bool:
    days = (period.end - period.start).days + 1
    return abs(days - months * MONTH_DAYS) <= MONTHS_SLACK_DAYS + months


def past_perfect(date: Token) -> bool:
    """The time expression dates a verb in the past perfect of the narration ("In February,
    the agency had recorded 81"), not one backshifted in reported speech ("police said the
    gunmen had killed two on Monday")."""
    verb = _governor(date)
    if verb.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    ):
        return False
    said = reporting_verbs()
    return not any(a.lemma_.lower() in said for a in verb.ancestors)


def flashback_kept(
    carried: tuple[Period | None, Period | None],
    here: list[tuple[Token, Period, bool]],
    period: Period,
) -> Period:
    """The time a sentence hands on: the report's statistic carried so far (``carried``: the
    period carried, the statistic), when the sentence's own is an earlier one told in the
    past perfect, a comparison ("In January, the centre had recorded 70"); else its own."""
    now, statistic = carried
    if now is None or statistic is None or (now.start, now.end) != (statistic.start, statistic.end):
        return period
    same = [t for t, p, _ in here if (p.start, p.end) == (period.start, period.end)]
    if same and all(peak_named(t) for t in same):
        return now  # "August was the worst month": that month's figure only
    if _a_part(period, statistic):
        return now  # "January saw five deaths": that month's figures only
    if _around(period, statistic):
        return now  # "146 over the past decade": a longer record, its own sentence's only
    if period.end >= now.start:
        return period
    carried_now = now
    told = [t for t, p, _ in here if p is period]
    if told and all(past_perfect(t) for t in told):
        return carried_now
    # "up from 310 the previous year", "up from 1,200 deaths in 2030": the period compared
    # with dates its own sentence only
    compared = same and all(
        compared_back(t) or compared_date(t) or measured_against(t) for t in same
    )
    return carried_now if compared else period


def cut_off(statistic: Period | None, period: Period, published: dt.date | None) -> Period | None:
    """The closed span the report's figures count over when its lead told them up to the day
    it was published ("killed since 2030", "so far this year") and a later sentence names
    the day the count stops ("between January 2030 and June 2032"): a statistic runs to its
    data's cut-off, not to the day of the story. None when the period is no such span."""
    if (
        statistic is None
        or published is None
        or statistic.end != published
        or period.start != statistic.start
        or not period.end < statistic.end
        or (period.end - period.start).days < STATISTIC_DAYS
    ):
        return None
    return period


def closed_back(
    claims: list[Claim], cut: tuple[Period, Period, int] | None, body: int
) -> list[Claim]:
    """The claims, those of the body (from ``body`` on) told before the sentence that names
    the data's cut-off (``cut``: the running span, the closed one, where that sentence
    starts) and dated by the running span ("More than 900 have been killed since the start
    of 2030" before "... documented between January 2030 and June 2032") counting over the
    closed one: the same data. A headline's own words keep their own time."""
    if cut is None:
        return claims
    running, closed, at = cut
    return [
        dataclasses.replace(c, date_start=closed.start, date_end=closed.end)
        if body <= c.sentence_start < at
        and (c.date_start, c.date_end) == (running.start, running.end)
        else c
        for c in claims
    ]


YEAR_DAYS = 364  # a review of a year or more: a longer record beside it is an aside


def _around(period: Period, statistic: Period) -> bool:
    """The period holds the report's whole span and more ("over the past decade", "since
    2014" in a review of 2030): a longer record told beside the review's figures. Beside a
    review of a month the year is no aside but a total the sentences after may go on
    counting ("In 2030, 700 were killed. The dead included 300 soldiers")."""
    return (
        (statistic.end - statistic.start).days >= YEAR_DAYS
        and period.start <= statistic.start
        and statistic.end <= period.end
        and (period.start, period.end) != (statistic.start, statistic.end)
    )


def _a_part(period: Period, statistic: Period) -> bool:
    """The period is a month or more of the longer one the report counts over ("January" in
    a review of the quarter, "the first half" of a year's): a breakdown of the report's
    figures by part, after which its figures that name no time count over the whole again.
    A day or week within it is an incident the review retells, which the sentences after
    may go on telling."""
    return (
        statistic.start <= period.start
        and period.end <= statistic.end
        and (period.start, period.end) != (statistic.start, statistic.end)
        and (period.end - period.start).days >= STATISTIC_DAYS
    )


def compared_tally(
    period: Period | None,
    periods: list[tuple[Token, Period, bool]],
    statistic: Period | None,
) -> bool:
    """The figure's period is one its sentence names as that of a figure compared with ("up
    from 1,500 deaths in 2029"), or one over before the report's period begins ("an increase
    over the last quarter of 2029, which saw 49"): a tally no later sentence goes on with."""
    if period is None:
        return False
    if statistic is not None and period.end < statistic.start and not told_back(period):
        return True
    return any(
        (p.start, p.end) == (period.start, period.end)
        # "the corresponding quarter of 2029": compared with, and no step the tally's
        # sentences after take up as "the previous year" (``told_back``)
        and (compared_date(t) or (compared_back(t) and not told_back(p)))
        for t, p, _ in periods
    )


def own_figures_only(date: Token) -> bool:
    """The time dates the figures told with it and none of the sentences after: the period
    of a figure compared with ("compared with 17 in 2030") or one named the peak of the
    report's ("June was the deadliest month"); a year named a record ("2031 was the deadliest
    year in a decade") is the year the review counts over."""
    return (
        compared_date(date)
        or bracket_opening_year(date)  # "Deaths: 1,204 (2024: 980)"
        or (peak_named(date) and not record_year(date))
    )
