"""The day of a report's incident, read from its lead (``report_incident_day``): the
earliest happening the lead dates, or in a follow-up written days or months later the day it
gives the old incident ("arrested Monday in the March 3 shooting", "three days after the
shooting", "pleaded guilty in the 2013 shooting ... at the club on Oct. 26, 2013"). Figures
without a date of their own take that day (``core.extract.claims``)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from core.extract.anniversaries import anniversary_day
from core.extract.apart_sentences import opens_apart, opens_earlier
from core.extract.background_harms import dates_later_news, harm_word, told_in_passing
from core.extract.claim_dates import (
    dates_aftermath,
    dates_follow_up,
    dates_harm,
    dates_incident,
    death_verb,
    follow_up_word,
    harm_verbs,
    in_harm_clause,
    incident_noun,
    names_when,
    sentence_periods,
    unanchored,
)
from core.extract.date_clauses import in_after_clause, recalled_earlier, set_apart, tied_back
from core.extract.dateline_days import dateline_day
from core.extract.harm_scenes import harm_since, opening_scene_day, scene_of_harm
from core.extract.incident_words import (
    DEATH_AFTER_DAYS,
    WHEN_MARKS,
    dates_arrival,
    dates_death,
    wound_of_the_dead,
)
from core.extract.joined_dates import parted_stretches
from core.extract.joint_deeds import dates_joint_harm
from core.extract.late_weekdays import near_named_day
from core.extract.long_ago_deeds import long_ago_deed
from core.extract.measures import lexicon
from core.extract.nlp import Chunk, sentence_ents
from core.extract.stamp_lines import date_line
from core.extract.victim_names import CASUALTY_MEASURES
from core.model import Document
from core.text.dates import Period, count_number, date_words, normalise_expression
from core.text.periods import (
    FOLLOW_UP_DAYS_BEFORE,
    LEAD_DAYS_BEFORE,
    LEAD_SENTENCES,
    incident_day,
)
from core.text.publication_dates import written_day
from core.text.relative_dates import back_from

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# the measures of the verbs whose harm a lead tells as news: a death or a kidnapping (a verb
# of hurt beyond "injure" and "wound", "hurt" or "beat", tells of other things too)
NEWS_MEASURES = frozenset({"killed", "kidnapped"})

# A month or a year names an incident ("the January shooting"); a week ("the shooting last
# week") only approximates its day, which may lie just outside as the writer counts weeks.
MONTH_DAYS = 27


def report_incident_day(
    chunks: Sequence[Chunk], document: Document, published: dt.date | None
) -> Period | None:
    """The day the report's lead gives its incident ("a man was shot Sunday night"). In a
    court follow-up ("was sentenced Friday") the incident may be months back ("the March 3
    shooting"); a lead that names it by month or year only takes its day from the body."""
    sents = _body_sentences(chunks, document)
    lead_sents = list(itertools.islice(sents, LEAD_SENTENCES))
    # "Separately, two policemen were shot on Monday": another incident's day
    # no publication date: ``published`` is the latest date the text writes in full
    anchored = document.published is None
    if unanchored(document):
        return None  # no day of the story to reckon the lead's days by
    periods = _without_earlier(
        lead_sents, [_lead_days_of(s, published, anchored=anchored) for s in lead_sents]
    )
    periods, filed = _less_filed(near_named_day(periods, published))
    # read before the rest of the body, which only a lead naming its incident coarsely reads
    later = ((s, sentence_periods(s, published, anchored=anchored)) for s in sents)
    follow_up = any(dates_follow_up(tok) for found in periods for tok, _, _ in found)
    # a lead proper telling a charge, a trial or an arrest: the day of its news is not the
    # incident's ("Prosecutors said Tuesday they will seek ... against a man accused of ...")
    followed = follow_up or any(
        follow_up_word(t) for s in lead_sents[:NEWS_LEAD_SENTENCES] for t in s
    )
    named = [period for found in periods for tok, period, _ in found if dates_incident(tok)]
    # a lead naming its incident "the January shooting" or "the 2013 shooting" tells of
    # another on a day outside that month or year ("charged too in the March 7 shooting")
    # (in the lead proper: further down "wanted in a killing last month" is an older one)
    coarse = [
        p
        for found in periods[:NEWS_LEAD_SENTENCES]
        for tok, p, _ in found
        if _names_coarsely(tok, p)
    ]

    def inside(period: Period) -> bool:
        return not coarse or any(c.start <= period.start <= c.end for c in coarse)

    harmed, marked = _harms_named(lead_sents, periods)
    lead = _happenings(periods, followed, inside, harmed)
    if lead:  # the day of filing: the lead's last report day
        lead[-1].extend(_happenings([filed], followed, inside, harmed)[0])
    # a follow-up's lead tells of many days (a court appearance, an arrest, a report): the
    # incident is the day it tells a harm on, recent first, else months back
    deeds = _harm_days(periods, inside, harmed) if followed else []
    recent = incident_day(deeds, published=published) if any(deeds) else None
    day = recent or incident_day(
        deeds if any(deeds) else lead,
        published=published,
        days_before=FOLLOW_UP_DAYS_BEFORE if any(deeds) else None,
        named=[p for p in harmed if inside(p)],
    )
    if day is None and (followed or any(follow_up_word(t) for s in lead_sents for t in s)):
        # "received probation Thursday for killing his friend 18 months ago"
        named += [p for found in periods for t, p, _ in found if dates_harm(t) and names_when(p)]
    day = day or _without_lead_day(lead_sents, periods, later, document, named)
    old = long_ago_deed(periods, published) if followed and day is None else None
    return day or old or next(iter(marked), None)


def _wound_spans(periods: list[list[tuple[Token, Period, bool]]]) -> list[Period]:
    """The stretch a lead sentence tells a wound in before the death it dates ("a boy who was
    shot last week died Wednesday"): the incident's day lies within it, not on the death's."""
    spans = (
        wound_of_the_dead(found, p) for found in periods for t, p, _ in found if dates_death(t)
    )
    return [p for p in spans if p is not None and p.start != p.end]


def _wound_ends(periods: list[list[tuple[Token, Period, bool]]]) -> list[dt.date]:
    """The last days of the stretches the lead tells a wound in ("a teen wounded in a shooting
    last month has died. He died Wednesday"): a death after one is no day of the incident."""
    return [
        p.end
        for found in periods
        for t, p, r in found
        if not r and p.start != p.end and in_harm_clause(t) and not dates_death(t)
    ]


def _less_filed(
    periods: list[list[tuple[Token, Period, bool]]],
) -> tuple[list[list[tuple[Token, Period, bool]]], list[tuple[Token, Period, bool]]]:
    """The lead's days less the day a dateline carries ("DESKTOWN, May 4:"), and that day: the
    day of filing, no day the lead names, only its last fallback."""
    kept: list[list[tuple[Token, Period, bool]]] = []
    filed: list[tuple[Token, Period, bool]] = []
    for found in periods:
        kept.append([])
        for x in found:
            (filed if dateline_day(x[0]) else kept[-1]).append(x)
    return kept, filed


def _own_days(found: list[tuple[Token, Period, bool]]) -> list[tuple[Token, Period, bool]]:
    """The sentence's days less those of another incident it ties the report's to ("It was
    the second such ambush in a week, after four soldiers were killed last Saturday") or
    recalls in a relative clause ("the gang, which had seized two farmers on March 3")."""
    return [(t, p, r) for t, p, r in found if not (tied_back(t) or recalled_earlier(t))]


def _body_sentences(chunks: Sequence[Chunk], document: Document) -> Iterator[Span]:
    """The sentences of the report's body, in text order."""
    return (
        sent
        for chunk in sorted(chunks, key=lambda c: c.offset)
        for sent in chunk.doc.sents
        if document.in_body(chunk.start_of(sent))
    )


# Words before an incident noun that make it another, earlier one ("a similar attack in 2021")
_ANOTHER_INCIDENT = frozenset({"similar", "previous", "earlier", "prior", "another"})
_ANOTHER_REACH = 6  # tokens before the date


def _names_coarsely(tok: Token, period: Period) -> bool:
    """The date names the report's incident by its month or year ("charged in the January
    shooting"), not another like it ("a similar attack in 2021")."""
    if not dates_incident(tok) or (period.end - period.start).days < MONTH_DAYS:
        return False
    doc = tok.doc
    before = doc[max(tok.sent.start, tok.left_edge.i - _ANOTHER_REACH) : tok.i]
    return not any(t.lower_ in _ANOTHER_INCIDENT for t in before)


def _harms_named(
    lead_sents: Sequence[Span], periods: list[list[tuple[Token, Period, bool]]]
) -> tuple[list[Period], list[Period]]:
    """The lead's days of a harm ("was shot on May 2"), of the police's coming, counted back
    ("three days after the shooting"), and (also apart) of an anniversary ("Sunday marks the
    first anniversary of the shooting": a day a year or months back)."""
    harmed = [
        period
        for found in periods
        for tok, period, report in found
        if dates_harm(tok)
        or (dates_arrival(tok) and not report)
        or when_of_harm(tok)
        or dates_joint_harm(tok)  # "killed five and detained three in a raid on Sunday"
    ]
    pairs = list(zip(lead_sents, periods, strict=True))
    harmed += [p for s, found in pairs for p in days_after_harm(s, found)]
    harmed += [p for found in periods for p in harm_since(found)]  # "since he was shot Oct. 4"
    marked = [p for s, found in pairs if (p := anniversary_day(s, found))]
    return harmed + marked, marked


def _happenings(
    periods: list[list[tuple[Token, Period, bool]]],
    followed: bool,
    inside: Callable[[Period], bool],
    harmed: Sequence[Period],
) -> list[list[tuple[Period, bool]]]:
    """The lead's days that may be its incident's: not a plea, an arrest or a vigil (long
    after, maybe), not the day of the news in a follow-up, not a death recorded after the
    day the lead gives the shooting ("was shot Feb. 11 ... was pronounced dead Sunday")."""
    shot = [p.start for p in harmed if p.start == p.end] + _wound_ends(periods)

    def later_death(tok: Token, period: Period, found: list[tuple[Token, Period, bool]]) -> bool:
        # "a boy who was shot last week died Wednesday": its own sentence tells the wound first
        return dates_death(tok) and (
            any(0 < (period.start - day).days <= DEATH_AFTER_DAYS for day in shot)
            or wound_of_the_dead(found, period) is not None
        )

    # "were killed when protesters stormed a bank on Friday ... a plan unveiled on Tuesday":
    # a day before the first the lead gives its harm on tells what led up to it, not the harm
    first_harm = min(
        (
            p.start
            for found in periods
            for t, p, r in found
            if not r and p.start == p.end and (dates_harm(t) or when_of_harm(t))
        ),
        default=None,
    )

    def led_up(tok: Token, period: Period) -> bool:
        # "... clashed on Tuesday. The protest began after a detainee died early Monday"
        return (
            first_harm is not None
            and period.start == period.end < first_harm
            and (
                in_after_clause(tok)
                or not (in_harm_clause(tok) or dates_arrival(tok) or when_of_harm(tok))
            )
            and not _incident_told(tok)
        )

    return [
        [
            (period, report)
            for tok, period, report in found
            if (not dates_aftermath(tok) or dates_joint_harm(tok))
            and not dates_later_news(tok)  # "the mother of a teen shot dead spoke Tuesday"
            and not (followed and report)
            and inside(period)
            and not later_death(tok, period, found)
            and (report or not led_up(tok, period))
        ]
        for found in periods
    ]


def _incident_told(root: Token) -> bool:
    """The date's clause tells of the incident itself: "the shooting happened Tuesday", "the
    call came in Friday", "a fight ended in gunfire on Saturday" (a noun of the incident or of
    the alarm as subject, object or after a preposition)."""
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # "a fight ended in gunfire on Saturday"
    told += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(incident_noun(c) or c.lemma_.lower() in _ALARMS for c in told)


# the alarm that brings the police: its day is the incident's, maybe late at night
_ALARMS = frozenset({"call", "report", "alarm"})


def when_of_harm(root: Token) -> bool:
    """The date stands in a clause that tells when a harm happened: "three were killed when
    protesters threw firebombs at a bank on Friday", the date hung on "threw" or its object)."""
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_MARKS for c in verb.children)
        and (verb.head.lemma_.lower() in harm_verbs() or death_verb(verb.head))
    )


def overnight_figure(
    period: Period | None, incident: Period | None, published: dt.date | None, sent: Span
) -> Period | None:
    """A casualty figure the report dates on its publication day when its lead gives the
    incident the day before ("shot late Saturday" ... "two men were wounded early Sunday",
    "... left two wounded Sunday" in Sunday's paper) counts that incident: a shooting past
    midnight, or its toll as the day of the report knew it, not a new one (unless the
    sentence tells another: "a second shooting Sunday wounded two")."""
    if (
        period is None
        or incident is None
        or published is None
        or incident.start != incident.end
        or not period.start == period.end == published
        or (published - incident.start).days != 1
    ):
        return period
    if opens_apart(sent) or any(t.lower_ in _ANOTHER for t in sent):
        return period
    return incident


# Words that tell of an incident other than the one the report is about.
_ANOTHER = frozenset({"another", "separate", "separately", "second", "unrelated", "new"})


def _lead_days_of(
    sent: Span, published: dt.date | None, *, anchored: bool
) -> list[tuple[Token, Period, bool]]:
    """A lead sentence's days that may be the incident's: none of one set apart, nor another
    incident's it ties the report's to (``_own_days``)."""
    if opens_apart(sent):
        return []
    return _own_days(sentence_periods(sent, published, anchored=anchored))


def _without_earlier(
    lead_sents: Sequence[Span], periods: list[list[tuple[Token, Period, bool]]]
) -> list[list[tuple[Token, Period, bool]]]:
    """The lead's days less those of a sentence opening "Earlier, on June 3, ..." when another
    sentence of the lead gives a day: a happening before the report's incident. With no other
    day it may be the incident's own earlier moment ("Earlier, on Saturday night, officers had
    been called to the bar")."""
    earlier = [opens_earlier(s) for s in lead_sents]
    if not any(found for found, early in zip(periods, earlier, strict=True) if not early):
        return periods
    return [[] if early else found for found, early in zip(periods, earlier, strict=True)]


def _harm_days(
    periods: list[list[tuple[Token, Period, bool]]],
    inside: Callable[[Period], bool],
    told: Sequence[Period] = (),
) -> list[list[tuple[Period, bool]]]:
    """A court follow-up's lead tells of many days (testimony, arrests): its incident is the
    day it tells a harm on, if it does ("suspected of shooting four women on Jan. 7", not
    "testified seeing them with guns on New Year's Eve"); a death the lead dates within weeks
    after a wound it dates ("died on Friday" of "the shooting on March 28") is the wound's."""
    harms = [
        [(t, p, r) for t, p, r in found if not r and p.start == p.end and inside(p)]
        for found in periods
    ]
    harms = [
        [(t, p, r) for t, p, r in found if in_harm_clause(t) or scene_of_harm(t)]
        for found in harms
    ]
    wounds = [p.start for found in harms for t, p, _ in found if not dates_death(t)]
    # the lead's other harm days: counted back from a death ("died Aug. 10, a week after")
    wounds += [p.start for p in told if p.start == p.end]
    return [
        [
            (p, r)
            for t, p, r in found
            if not (
                dates_death(t) and any(0 < (p.start - d).days <= DEATH_AFTER_DAYS for d in wounds)
            )
        ]
        for found in harms
    ]


def _without_lead_day(
    lead_sents: Sequence[Span],
    periods: list[list[tuple[Token, Period, bool]]],
    later: Iterable[tuple[Span, list[tuple[Token, Period, bool]]]],
    document: Document,
    named: list[Period],
) -> Period | None:
    """A lead that gives no day: the day the body writes within the month or year the lead
    names its incident by, else that month; a lead that dates nothing up to the report's
    day (a time stamp of a later update aside), the day of the news."""
    published = document.published
    # what followed, dated further down ("Friday night, police released the names"), is news
    # of the days after; dated in the lead proper ("Reports released Monday detail how ..."),
    # the report follows up an older incident
    if published is not None and all(
        p.start > published
        or (n >= NEWS_LEAD_SENTENCES and dates_aftermath(t))
        or date_line(lead_sents[n])  # "Updated Thu 6 May 2031, 9:03am": the page's own date
        for n, found in enumerate(periods)
        for t, p, _ in found
    ):
        return news_of_the_day(lead_sents, document)
    body = list(itertools.chain(zip(lead_sents, periods, strict=True), later))
    # "shot last week, died Wednesday": the body may give the wound's day within that week
    day = named_day_within([*named, *_wound_spans(periods)], body)
    # else the day the body marks an anniversary of the incident on, if it does
    day = day or next((p for s, found in body if (p := anniversary_day(s, found))), None)
    # else the day the body names the incident by, in the days before the report ("the
    # epicentre of Sunday's quake" under a lead that says only "a quake has hit")
    # a lead of what followed: court words, or a day of work going on after the incident
    # ("county police on Friday continued to investigate the shooting of a boy")
    followed = any(follow_up_word(t) for s in lead_sents for t in s) or any(
        dates_aftermath(t) for found in periods[:NEWS_LEAD_SENTENCES] for t, _, _ in found
    )
    day = day or _recent_named_day(body, published, followed=followed, named=named)
    if day is None and followed and published is not None:  # "On the morning of July 14, ..."
        day = opening_scene_day(body, published - dt.timedelta(days=FOLLOW_UP_DAYS_BEFORE))
    if day is not None or not followed:
        return day
    # a follow-up ("charged in the January shooting") whose body gives no day: that month
    months = [p for p in named if MONTH_DAYS <= (p.end - p.start).days <= MONTH_SPAN]
    return months[0] if months else None


def _recent_named_day(
    body: Iterable[tuple[Span, list[tuple[Token, Period, bool]]]],
    published: dt.date | None,
    *,
    followed: bool = False,
    named: Sequence[Period] = (),
) -> Period | None:
    """The first single day the body gives an incident noun on ("Sunday's quake", "the
    Friday shooting"), in the days a lead reaches back, not in a sentence set apart; under a
    lead telling what followed (a charge, an arrest: ``followed``) also a clause telling the
    incident ("an argument turned into a gunfight shortly after 1 a.m. Sunday")."""
    if published is None:
        return None
    earliest = published - dt.timedelta(days=LEAD_DAYS_BEFORE)
    for sent, found in body:
        if opens_apart(sent):
            continue
        for tok, period, report in found:
            if (
                not report
                and period.start == period.end
                and earliest <= period.start <= published
                and (dates_incident(tok) or (followed and _told_unfollowed(tok)))
                # "charged in the April shooting ... also wounded a guard on May 5": a day
                # outside the month or year the lead names its incident by is another's
                and all(p.start <= period.start <= p.end for p in named if p.start != p.end)
            ):
                return period
    return None


def _told_unfollowed(tok: Token) -> bool:
    """The date's clause tells the incident ("turned into a gunfight early Sunday") or its
    harm ("when he was shot Thursday morning"), not what followed it ("was charged Tuesday in
    the shooting")."""
    return (_incident_told(tok) or dates_harm(tok)) and not (
        dates_aftermath(tok) or dates_follow_up(tok)
    )


# The most days a month spans less one: a lead naming its incident by a month ("the January
# shooting", "killed a man last month") and no day gives that month.
MONTH_SPAN = 30


# The lead proper: the sentences that tell what happened before the report goes on to the
# police, the victims and what followed (a line of page furniture or a dateline may open it).
NEWS_LEAD_SENTENCES = 3
NEWS_DAY_TEXT = "the publication date"  # date_text of a day read from it, never in a sentence


def news_of_the_day(lead_sents: Sequence[Span], document: Document) -> Period | None:
    """A report whose lead dates nothing and tells a harm as news ("Police say a teen died
    in gunfire in the 400 block") tells that day's news: its publication date, when it
    has one of its own (not a date read from the text), or the day its dated dateline was
    filed ("DESKTOWN, May 4:" in a paper of May 5). A lead that tells of a charge, a trial,
    an arrest or a funeral follows up an incident of some other day, which stays unknown."""
    published = document.published
    if published is not None:
        # a dated dateline ("DESKTOWN, May 4:" in a paper of May 5) tells the day it was filed,
        # the text's own stamp ("Posted: March 8") the day it was written
        published = written_day(document.text, published) or published
    lead = [t for sent in lead_sents[:NEWS_LEAD_SENTENCES] for t in sent]
    if published is None or any(follow_up_word(t) for t in lead):
        return None
    # "the family of a boy who was shot has sued", "a year since a boy was shot": no news
    if not any(
        (harm_word(t) or _harm_news(t)) and not told_in_passing(t) and not set_apart(t)
        for t in lead
    ):
        return None
    return Period(start=published, end=published, text=NEWS_DAY_TEXT)


def _harm_news(tok: Token) -> bool:
    """ "have recovered 11 bodies", "20 casualties": a count of the dead or hurt told by its
    noun; "gunmen kidnapped 25 students", "eleven people drowned": a verb of any casualty or
    a kidnapping. Harms told as news too."""
    lemma = tok.lemma_.lower()
    lex = lexicon()
    if tok.pos_ == "VERB":
        return lex.verbs.get(lemma) in NEWS_MEASURES
    # counted, or the subject of its clause ("Casualties included three soldiers")
    told = tok.dep_ == "nsubj" or any(c.dep_ == "nummod" for c in tok.children)
    return tok.pos_ == "NOUN" and told and lex.nouns.get(lemma) in CASUALTY_MEASURES


def named_day_within(
    coarse: list[Period], body: Iterable[tuple[Span, list[tuple[Token, Period, bool]]]]
) -> Period | None:
    """A follow-up's lead may name its incident by month or year only ("charged in the
    January shooting", "pleaded guilty in the 2013 shooting"); the body often gives its day
    ("the shooting at the club on Oct. 26, 2013", "relatives gather Thursday for the three-month
    anniversary of the killings"). The first day the body writes on an incident noun within
    that month or year is the incident day."""
    spans = [p for p in coarse if p.start != p.end]
    if not spans:
        return None
    for sent, found in body:
        days = [p for t, p, _ in found if dates_incident(t) or dates_harm(t)]
        for period in (*days, anniversary_day(sent, found)):
            if (
                period is not None
                and period.start == period.end
                and any(p.start <= period.start <= p.end for p in spans)
            ):
                return period
    return None


def days_after_harm(
    sent: Span, periods: list[tuple[Token, Period, bool]], *, any_happening: bool = False
) -> list[Period]:
    """ "was arrested Monday, three days after the shooting", "a week after the shots were
    fired, police charged him on Friday": the day of the harm, counted back from the day the
    sentence gives what followed. ``any_happening``: whatever "after" opens is the harm (a
    toll's sentence: "rose to 14 on Tuesday, a day after the bus caught fire")."""
    days = [(t, p) for t, p, _ in periods if p.start == p.end]
    tables = date_words()
    found: list[Period] = []
    for span in _spans_before_after(sent):
        after = span.end
        m = re.fullmatch(
            rf"(?:{tables.num}|(?P<one>an?)) (?P<unit>{tables.unit})",
            normalise_expression(span.text),
        )
        count = (1 if m["one"] else count_number(m["n"])) if m else None  # "a day after"
        base = [p for t, p in days if not span.start <= t.i < span.end]
        harm = any_happening or _harm_after(sent.doc[after])
        if m is None or count is None or not base or not harm:
            continue
        day = back_from(base[0].start, count, tables.units[m["unit"]])
        found.append(Period(start=day, end=day, text=f"{span.text} after, from {base[0].text}"))
    return found


def _spans_before_after(sent: Span) -> list[Span]:
    """The spans of time just before an "after": NER's dates, and the "a day" NER may leave
    unlabelled."""
    doc = sent.doc
    spans = [
        e for e in parted_stretches(list(sentence_ents(sent)))  # "Aug. 10, a week" after
        if e.label_ == "DATE" and e.end < sent.end and doc[e.end].lower_ == "after"
    ]
    covered = {e.end for e in spans}
    spans += [
        doc[t.i - 2 : t.i]
        for t in sent
        if t.lower_ == "after" and t.i - 2 >= sent.start and t.i not in covered
        and doc[t.i - 2].lower_ in ("a", "an") and doc[t.i - 1].pos_ == "NOUN"
    ]
    return spans


def _harm_after(after: Token) -> bool:
    """What "after" opens is a harm: "after the shooting", "after the shots were fired"."""
    objects = [c for c in after.children if c.dep_ in ("pobj", "pcomp")]
    if after.dep_ == "mark":
        objects = [after.head, *(c for c in after.head.children if c.dep_.startswith("nsubj"))]
    return any(
        incident_noun(o) or o.lemma_.lower() in harm_verbs() or o.lemma_.lower() == "shot"
        for o in objects
    )
