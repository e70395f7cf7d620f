"""When a claim happened: the time expressions of a sentence resolved against the publication
date, and which of them date the report or another happening rather than the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import (
    custody_verb,
    dates_aftermath,
    dates_court,
    dates_follow_up,
    follow_up_word,
)
from core.extract.attribution import reporting_verbs
from core.extract.bounded_dates import bound_after
from core.extract.chunk_texts import span_text
from core.extract.counted_spans import counted_through
from core.extract.cues import cues
from core.extract.date_entities import (
    a_documents_year,
    day_of_weekday,
    periods_of_years,
    restated_weekday,
    weekdays_of_other_months,
    year_told_with,
)
from core.extract.dateline_days import in_dateline
from core.extract.deed_weekdays import deeds_before_custody
from core.extract.event_stretches import stretch_to_named_day, stretched_from_event
from core.extract.expression_periods import resolved_period
from core.extract.holiday_names import a_holiday_name
from core.extract.incident_words import (
    _governor,
    dates_harm,
    dates_incident,
    death_verb,
    harm_verbs,
    in_harm_clause,
    incident_noun,
)
from core.extract.joined_dates import (
    joined_ago_days,
    joined_day_pairs,
    joined_nights,
    parted_stretches,
    with_days_before_month,
)
from core.extract.named_incidents import before_relative, counts_named
from core.extract.nlp import sentence_ents, written_as
from core.extract.numeric_orders import in_reports_order
from core.extract.once_spans import once_this_week
from core.extract.ordinal_days import last_months_day, later_this_month, months_day
from core.extract.ranked_counts import gapped_count
from core.extract.ranking_spans import ranks_since, ranks_within
from core.extract.run_dates import without_a_run_count
from core.extract.shown_sources import reports
from core.extract.speech_days import before_speech
from core.extract.stamp_lines import time_stamp
from core.extract.tabled_records import record_laid
from core.extract.the_years import year_just_ended
from core.extract.time_expressions import an_ordered_part, time_expression
from core.extract.toll_givers import SETTING_VERBS, TOLL_VERBS
from core.extract.unit_start_anchors import anchored_unit_starts
from core.extract.untagged_holidays import with_holidays
from core.extract.untagged_times import row_year, with_untagged_times
from core.extract.weekday_names import a_weekday_name
from core.rules import word_set
from core.text.dates import Period, date_words, normalise_expression
from core.text.holidays import national_names
from core.text.periods import holds_incident_day, resolve_period
from core.text.publication_dates import anchors_relative_days, latest_full_date
from core.text.relative_dates import around_anchor
from core.text.report_countries import told_abroad
from core.text.seasons import a_season

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Document

# moved to core.extract.incident_words and aftermath_dates; importers keep this path
__all__ = [
    "custody_verb",
    "dates_aftermath",
    "dates_court",
    "dates_follow_up",
    "dates_harm",
    "dates_incident",
    "death_verb",
    "follow_up_word",
    "harm_verbs",
    "in_harm_clause",
    "incident_noun",
]




_YEAR = re.compile(r"(19|20)\d\d")


def sentence_periods(
    sent: Span, published: dt.date | None, *, anchored: bool = False, year_only: bool = False
) -> list[tuple[Token, Period, bool]]:
    """Resolved time expressions of the sentence: (entity root, period, dates the report).
    Remembered on the parsed chunk: the lead's day and the claims read the same sentences.
    ``anchored``: ``published`` is no publication date but the latest date the text writes in
    full, a day of the story, around which a bare weekday lies (``around_anchor``).
    ``year_only``: that date is no day of the story (``unanchored``): it gives the year of a
    date written with its month, and a time told only relative to now stays unknown."""
    memo = sent.doc.user_data.setdefault("claimdesk_periods", {})
    key = (sent.start, sent.end, published, anchored, year_only)
    if key not in memo:
        with told_abroad(_towns_by_national_day(sent)):  # "Independence Day in Chicago"
            # "arrested on Friday over the killing on Tuesday": the deed's Tuesday before
            found = deeds_before_custody(_sentence_periods(sent, published))
        if anchored and published is not None:
            found = [(t, _around(p, published), r) for t, p, r in found]
        if year_only:
            found = [(t, p, r) for t, p, r in found if _names_its_month(p)]
        memo[key] = found
    return list(memo[key])


def _towns_by_national_day(sent: Span) -> list[str]:
    """The towns a sentence naming a national day names ("on Independence Day in Houston"),
    whose country may not be the report's."""
    text = span_text(sent).lower()
    if not any(name in text for name in national_names()):
        return []
    return [e.text for e in sent.ents if e.label_ == "GPE"]


def unanchored(document: Document) -> bool:
    """The text has no publication date and the latest date it writes in full is no day of
    the story but one further down (``anchors_relative_days``), the reference of its
    relative days in its place."""
    return (
        document.published is None
        and latest_full_date(document.text) is not None
        and not anchors_relative_days(document.text)
    )


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _names_its_month(period: Period) -> bool:
    """ "on Tuesday (6 January)", "in March 2009", "in 2008", not "on Sunday", "yesterday",
    "last week", "this year"."""
    words = re.findall(r"[a-z]+", period.text.lower())
    months = date_words().months
    return _WRITTEN_YEAR.search(period.text) is not None or any(w in months for w in words)


def _around(period: Period, anchor: dt.date) -> Period:
    if period.start != period.end:
        return period
    day = around_anchor(period.text, period.start, anchor)
    return period if day == period.start else Period(start=day, end=day, text=period.text)


def _sentence_periods(sent: Span, published: dt.date | None) -> list[tuple[Token, Period, bool]]:
    year_toks = written_as(sent, _YEAR.fullmatch)
    years = [int(t.text) for t in year_toks]
    year = years[0] if len(set(years)) == 1 else None
    # "Posted 3:57 AM, May 26 by ...", "Updated: ...", a line that is a dated date and little
    # else ("Fri Sep 14, 2029 6:40PM GMT", not a list's "Oct. 16:"): a time stamp dates the report
    stamp = time_stamp(sent, years=bool(years))
    out: list[tuple[Token, Period, bool]] = []
    found = with_holidays(with_untagged_times(sentence_ents(sent), sent), sent)
    ents = joined_day_pairs(
        joined_ago_days(joined_nights(sorted(parted_stretches(found), key=lambda e: e.start)))
    )
    ents = with_days_before_month(ents, sent)  # "the night of 4/5 May"
    joined: set[int] = set()  # "6 January" read with the "Tuesday" before it
    for n, ent in enumerate(ents):
        if (
            ent.label_ not in ("DATE", "TIME", "EVENT")
            or ent.start in joined
            or _street_number(ent)
            or _a_rank(ent)
            or later_this_month(ent, published)  # "remanded till the 20th instant"
            or _a_kind(ent) or an_ordered_part(ent)  # "the penultimate week of the drive"
            or a_weekday_name(ent)  # "Monday Kassah, the local chairman, said"
            or _read_with_another(ent, ents[n - 1] if n else None)
        ):
            continue
        expr = last_months_day(ent) or _whole_date(ent) or time_expression(ent)
        if len(ent) > 1 and row_year(ent[0]):
            expr = ent[0].text  # "2027 - 84 incidents": the row's year, not a range to 84
        expr = without_a_run_count(ent, expr)  # "87 last year"
        if len(ent) > 1 and gapped_count(ent[-1]):
            expr = expr[: len(expr) - len(ent[-1].text)].rstrip()  # "and November nine"
        given = day_of_weekday(ent, ents[n + 1] if n + 1 < len(ents) else None)
        if given is not None:
            expr = f"{expr} {given.text}"
            joined.add(given.start)
        bound = bound_after(ent, ents[n + 1 : n + 4])
        if bound is not None and resolve_period(f"{expr} {bound[0].text}", published=published):
            expr = f"{expr} {bound[0].text}"  # "in 2024 till October 15": one stretch
            joined.update(bound[1])
        dateline = in_dateline(ent)
        # the dateline's day is the day of filing, in the publication's year: not the year
        # of the figures its lead tells ("DESKTOWN, Jan 4: ... 90 raids in 2030")
        own_year = (
            year
            if str(year) not in expr and not dateline and year_told_with(ent, year_toks)
            else None
        )
        period = year_just_ended(expr, resolved_period(ent, expr, published, own_year), published)
        if period is not None:
            period = _moved(ent, period, published)
            reported = (
                stamp
                or (_dates_report(ent.root) and not _recorded_over(ent.root, period))
                or record_laid(ent.root, period)  # "figures laid before the senate Monday"
                or dateline
                or _post_date(ent)
            )
            out.append((ent.root, period, reported))
    return periods_of_years(weekdays_of_other_months(anchored_unit_starts(out, published)))


_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _whole_date(ent: Span) -> str | None:
    """A year the tagger took alone from the full date it ends ("Tue Jul 2, 2013", the month
    and day left untagged): that date."""
    doc, start = ent.doc, ent.start
    if not (len(ent) == 1 and _YEAR.fullmatch(ent.text)) or start < 2:
        return None
    start -= doc[start - 1].text == ","
    if start < 2 or not _DAY_OF_MONTH.fullmatch(doc[start - 1].text):
        return None
    month = doc[start - 2]
    if month.lower_.rstrip(".") not in date_words().months or month.ent_type_:
        return None
    return doc[month.i : ent.end].text


def _read_with_another(ent: Span, before: Span | None) -> bool:
    """The entity is no time of its own: the span of a ranking ("the lowest tally since
    2016"), the stretch counted from a day named after it ("Three days before" Tuesday's
    polls), which ``stretched_from_event`` reads with that day, or the weekday in brackets
    restating the day ``before`` it ("on 6th inst. (Friday)")."""
    return (
        ranks_within(ent)
        or ranks_since(ent)
        or stretch_to_named_day(ent)
        or restated_weekday(ent, before)
    )


def _moved(ent: Span, period: Period, published: dt.date | None) -> Period:
    """The period moved by the stretch written before the happening it dates ("a day after
    Sunday's blast") and read in the report's order ("12/11/2031" in a Lagos report)."""
    return in_reports_order(ent, stretched_from_event(ent, period, published), published)


def _a_kind(ent: Span) -> bool:
    """A holiday or a season before a noun names a kind of thing ("a Halloween party",
    "Christmas shopping", "a Muharram procession", "spring training", "a summer camp"), not a
    day; before an incident noun a holiday dates it ("the Christmas Day shooting"), a season
    without its year still names a kind ("a winter storm"); after "for" a holiday is an
    occasion ("home for Thanksgiving")."""
    head = ent.root.head
    text = normalise_expression(ent.text)
    season = a_season(text) and not re.search(r"\d{4}", text)
    if not season and not a_holiday_name(ent.text):
        return False
    if ent.root.dep_ == "pobj" and head.lower_ == "for":
        return True
    if ent.root.dep_ not in ("compound", "amod", "nmod") or head.i < ent.end:
        return False
    return head.pos_ == "NOUN" and (season or not incident_noun(head))


# "... — Jane Roe (@janeroe) June 29, 2016": the signature of an embedded post
_POST_SIGNATURE = re.compile(r"\(@\w+\)\s*$")
_SIGNATURE_TOKENS = 6  # "(@handle)" and the author's name before it


def _post_date(ent: Span) -> bool:
    """The date that signs an embedded post (a tweet's "(@handle) June 29, 2016") is the day
    it was posted, a report of the incident, not the incident's day."""
    doc = ent.doc  # a few tokens, not ``doc.text``: that joins the whole document each call
    before = doc[max(ent.sent.start, ent.start - _SIGNATURE_TOKENS) : ent.start].text
    return _POST_SIGNATURE.search(before) is not None


def _street_number(ent: Span) -> bool:
    """ "near 13th and Grove", "on 5th Street": an ordinal alone names a day only after
    "the" ("on the 13th", "the 13th of May")."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", ent.text.lower()))
        and before != "the"
        and not months_day(ent.doc, ent.end)  # "on 3rd inst.": this month's day
    )


# "the 5th", "at least the 29th": an ordinal the tagger took with its article and qualifier
_RANK = re.compile(
    r"(?:(?:at least|at most|more than|nearly|almost) )?(?:the )?\d{1,2}(?:st|nd|rd|th)"
)


def _a_rank(ent: Span) -> bool:
    """ "the 31st shooting incident this year", "the 5th attack": an ordinal before its noun
    ranks it, no day of the month."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        _RANK.fullmatch(ent.text.lower()) is not None
        and after is not None
        and after.pos_ in ("NOUN", "ADJ")
        and after.lower_ not in date_words().units
        and not months_day(ent.doc, ent.end)  # "on the 3rd instant": this month's day
    )


# Besides the reporting verbs, what dates a report: "a statement released on Sunday", "a
# note the ministry sent on Monday morning said".
REPORT_EVENTS = frozenset(
    {"release", "issue", "publish", "speak", "brief", "briefing", "statement", "post", "update",
     "conference", "email", "announcement", "bulletin", "meet", "presser", "address", "contact"}
)
# Report words that report only as nouns: "a press meet on Wednesday", not "they met on
# Wednesday", a happening of its own
REPORT_NOUNS_ONLY = frozenset({"meet"})


def _dates_report(root: Token) -> bool:
    """ "said on Sunday", "told reporters Monday", "a statement released on Sunday"."""
    if dates_incident(root) or a_documents_year(root):
        return False  # "said the shooting on Sunday ...", "its report for 2031": no report's day
    noun = root
    while noun.dep_ in ("compound", "poss", "nmod") and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.i != root.i and noun.lemma_.lower() in REPORT_EVENTS:
        return True  # "a Monday news release said", "according to Tuesday's statement"
    head = _subject_before_verb(_governor(root), root)
    if before_speech(root, head):
        return True  # "said on Wednesday six suspects had been arrested"
    lemma = head.lemma_.lower()
    if lemma in ARRIVALS and not any(c.dep_ == "ccomp" for c in head.children):
        return False  # "officers responded to a shooting Monday": they went, said nothing
    if lemma in REPORT_NOUNS_ONLY and head.pos_ != "NOUN":
        return False
    if head.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in head.children):
        return False  # "arrested 144 suspects between January and June": the counted people's
    return (
        head.i != root.i
        and _reporting(head)
        and reports(head)
        and _with_particle(head)
    )


def _reporting(word: Token) -> bool:
    """A verb of saying or a word of a report's event ("said", "released", "briefing"), or a
    verb setting a toll ("revised the death toll on Thursday": the day it was told)."""
    lemma = word.lemma_.lower()
    return lemma in reporting_verbs() or lemma in REPORT_EVENTS or (
        lemma in TOLL_VERBS | SETTING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in cues().figure_objects
                for c in word.children)
    )


def _subject_before_verb(governor: Token, date: Token) -> Token:
    """The verb a day told between its subject and it belongs to, which the parser may hang on
    the subject ("the think tank on Monday released its report"); else the governor."""
    verb = governor.head
    if (
        governor.dep_ in ("nsubj", "nsubjpass")
        and governor.i < date.i < verb.i
        and verb.pos_ == "VERB"
        and _reporting(verb)
    ):
        return verb
    return governor


def _recorded_over(root: Token, period: Period) -> bool:
    """A reporting verb whose subject or object is counted ("12 attacks were reported in the
    first nine months", "the agency reported 61 abductions in March") or is a change in a
    count ("the data showed a sharp rise in attacks in 2031") records events over the span of
    a month or more its date gives, no day a report was made on."""
    if (period.end - period.start).days < RECORDED_DAYS:
        return False
    verb = _governor(root)
    return any(
        c.dep_ in _COUNTED_ROLES and (
            _counted(c) or c.lemma_.lower() in word_set("cues", "recorder_trends")
        )
        for c in verb.children
    )


def _counted(noun: Token) -> bool:
    """The noun is counted ("61 abductions", "61 were reported"), or through "of" ("a total of
    61,402 street crimes")."""
    return noun.like_num or any(n.dep_ == "nummod" for n in noun.children) or any(
        p.dep_ == "prep" and p.lower_ == "of"
        and any(o.dep_ == "pobj" and (o.like_num or any(n.dep_ == "nummod" for n in o.children))
                for o in p.children)
        for p in noun.children
    )


_COUNTED_ROLES = frozenset({"nsubjpass", "dobj"})


RECORDED_DAYS = 27  # a month or longer


def _with_particle(verb: Token) -> bool:
    """A phrasal reporting verb reports only with its particle: "pointed out on Monday",
    not "pointed a gun at them on Saturday"; with another particle a reporting verb is another
    verb: "showed up at the house Saturday" is no "records show"."""
    particle = cues().phrasal.get(verb.lemma_.lower())
    if particle is None:
        return not any(c.dep_ == "prt" for c in verb.children)
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


# Reporting verbs that in crime news more often say who went where ("deputies responded to
# a shooting"); they report only with a clause of what was said.
ARRIVALS = frozenset({"respond"})


def named_within(
    root: Token, period: Period, incident: Period | None, anchor: Token | None = None
) -> Period | None:
    """The incident day for a month or a year that names the incident ("the January
    shooting", "the 2013 shooting") when the day lies in it; ``None`` for one it does not
    hold, as it says which incident and not when; any other period as it is. A month or an
    "ago" on the harm itself ("killed his friend 18 months ago") also gives way to the
    incident's day (or month) inside it, and stays as it is otherwise. The noun the figure
    counts by keeps its own month ("wanted in the killing of two policemen last month")."""
    if period.start == period.end or counted_through(period, NAMING_DAYS):
        return period
    # written before the figure's noun it names it ("the 2029 shooting death of a teen")
    named = dates_incident(root) and (
        anchor is None or _governor(root).i != anchor.i or root.i < anchor.i
    )
    # the parser may hang "two years ago" on the verb of the sentence, not the harm's
    once = names_when(period) and (dates_harm(root) or _ago(period))
    if not named and not once and not once_this_week(period, root, anchor):
        return period
    if (
        incident is not None
        and period.start <= incident.start
        and incident.end <= period.end
        and incident.end - incident.start < period.end - period.start
    ):
        return incident
    if named and anchor is not None and (
        counts_named(root, anchor) or before_relative(anchor, [(root, period)])
    ):
        return period  # "a similar attack in March killed 12": that incident's month
    return None if named else period


def carried_within(period: Period, incident: Period | None) -> Period:
    """A month carried from the sentence before ("her anger culminated in September, when she
    opened fire") that holds the report's incident day dates the next figures by that day."""
    if incident is None or not holds_incident_day(period, incident):
        return period
    return incident if names_when(period) else period


# The most days of a period that names when one incident happened ("last month", "in
# January"); longer ones ("in 2015") count over many, unless written "... years ago".
NAMING_DAYS = 31
_AGO = re.compile(r"\b(?:ago|earlier|back)\b", re.IGNORECASE)  # "two years back"


def names_when(period: Period) -> bool:
    """The period names the time of one past happening: a month ("last January", "in
    March"), or a time back ("18 months ago", "two years ago"). A span up to now ("this
    month", "the past 17 months") counts what happened over it instead."""
    if (period.end - period.start).days <= NAMING_DAYS and not _RUNNING.search(period.text):
        return True
    return _ago(period)


def _ago(period: Period) -> bool:
    """ "two years ago", "a month earlier", not "earlier this year"."""
    return _AGO.search(period.text) is not None and not _RUNNING.search(period.text)


_RUNNING = re.compile(r"\b(?:this|past|so far|since|current|until|till)\b", re.IGNORECASE)
