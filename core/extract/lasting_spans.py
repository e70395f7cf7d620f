"""Figures counted over something that lasted days: "killed 19 militants during a four-day
operation", "15 died in three days of fighting", "arrested 112 during the curfew, which was
imposed on Tuesday", "killed 12 in a two-day gunfight that ended on Sunday". The count runs
from the first day of what lasted to the day it ended, which is the day the figure is told
(a day the sentence reports it on, else the day of publication) unless the sentence says when
it ended; not the first day alone, nor the day told alone. The words live in
``core/rules/dates.json`` ("lasting_nouns", "onset_verbs", "ending_verbs",
"lasting_prepositions", "lasting_units")."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from core.extract.anniversaries import future_auxiliaries
from core.rules import load_rules
from core.text.dates import Period, count_number, date_words
from core.text.relative_dates import back_from, first_of_span

if TYPE_CHECKING:
    from spacy.tokens import Token



@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns of what lasts, verbs that say when it began, verbs that say when it ended)."""
    raw = load_rules("dates")
    onset = frozenset(raw["beginning_verbs"]) | frozenset(raw["onset_verbs"])
    return frozenset(raw["lasting_nouns"]), onset, frozenset(raw["ending_verbs"])


@functools.cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions a figure's verb hangs on what lasted by: "during a four-day operation";
    the units a stretch that lasted is written in: hours and minutes stay within a day)."""
    raw = load_rules("dates")
    return frozenset(raw["lasting_prepositions"]), frozenset(raw["lasting_units"])


def lasting_span(
    period: Period | None,
    anchor: Token,
    dates: list[tuple[Token, Period, bool]],
    published: dt.date | None,
) -> Period | None:
    """The days a figure counts when its verb happened during something that lasted, from its
    first day to its last; ``period`` (what was found before) when the sentence gives its own
    span or a day of its own outside that phrase, or the phrase tells no length or start."""
    if period is not None and period.start != period.end:
        return period  # "in April and May, 31 were killed during a 21-day operation"
    noun = _lasting_phrase(anchor)
    if noun is None:
        return period
    inside = {t.i for t in noun.subtree}
    if any(not told and t.i not in inside for t, _, told in dates):
        return period  # "arrested five on Monday during a three-day drive": that day's
    told = [p for t, p, reported in dates if reported and t.i not in inside]
    end_day = told[-1].end if told else published
    began = _clause_day(noun, dates, ended=False)
    ended = _clause_day(noun, dates, ended=True)
    if ended is not None:
        end_day = ended
    length = _length(noun)
    if length is not None and end_day is not None:
        if began is not None and ended is None:
            count, unit = length
            end_day = _forward(began, count, unit)
            if published is not None:
                end_day = min(end_day, published)
            return _span(began, end_day, noun)
        closed = None if told or ended is not None else closed_months(length, anchor, published)
        if closed is not None:
            return _span(closed[0], closed[1], noun)
        return _span(first_of_span(end_day, *length), end_day, noun)
    if began is not None and end_day is not None and noun.lemma_.lower() in _words()[0]:
        return _span(began, end_day, noun)
    return period


# a review of whole quarters comes out within this many days of the last one's end
CLOSED_QUARTER_DAYS = 31
QUARTER_MONTHS = 3


def closed_months(
    length: tuple[int, str], anchor: Token, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """ "killed 2,100 in six months", "during the three-month period" told in the past a few
    weeks after a quarter closed: the whole quarters up to that close (a review's data), not
    the months back from the day of publication; a count still running ("have killed 300 in
    six months", in the present perfect) runs to the telling."""
    count, unit = length
    if published is None or unit != "month" or count % QUARTER_MONTHS or _running(anchor):
        return None
    first = published.replace(day=1)
    boundary = first.replace(month=first.month - (first.month - 1) % QUARTER_MONTHS)
    if not 0 < (published - boundary).days < CLOSED_QUARTER_DAYS:
        return None
    return back_from(boundary, count, unit), boundary - dt.timedelta(days=1)


def _running(anchor: Token) -> bool:
    """The figure's verb is in the present perfect ("have killed", "has risen")."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
        for c in verb.children
    )


def _span(start: dt.date, end: dt.date, noun: Token) -> Period | None:
    if start >= end:
        return None
    return Period(start=start, end=end, text=" ".join(t.text for t in noun.subtree))


def _forward(start: dt.date, count: int, unit: str) -> dt.date:
    """The last day of ``count`` units that begin on ``start``."""
    back = back_from(start, count, unit)
    return start + (start - back) - dt.timedelta(days=1)


def _lasting_phrase(anchor: Token) -> Token | None:
    """The object of a "during"/"in" phrase on the figure's clause (its verb, the verb that
    verb is joined to, or the figure's own noun) that lasted days: one written with its
    length ("a four-day operation", "three days of fighting") or one of the lasting nouns
    with a clause that says when it began ("the curfew, which was imposed on Tuesday")."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or _to_come(verb):
        return None
    heads = [anchor, verb]
    if verb.dep_ == "conj":
        heads.append(verb.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _marks()[0]:
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and (_length(noun) is not None or _has_onset(noun)):
                return noun
    return None


def _to_come(verb: Token) -> bool:
    """ "will be freed in three days": a time to come, not one that lasted."""
    return any(c.dep_ == "aux" and c.lower_ in future_auxiliaries() for c in verb.children)


def _length(noun: Token) -> tuple[int, str] | None:
    """How long the noun lasted, when that is more than a day: "a four-day operation"
    (4, "day"), "a week-long offensive" (1, "week"), "three days of fighting" (3, "day")."""
    units = date_words().units
    candidates = [noun] if noun.lemma_.lower() in units and _of_something(noun) else []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            candidates.append(child)
            if child.lower_ == "long":  # "week-long", "month-long"
                candidates.extend(c for c in child.children if c.dep_ in ("npadvmod", "compound"))
    for word in candidates:
        unit = units.get(word.lower_)
        if unit not in _marks()[1]:
            continue
        numbers = [c for c in word.children if c.dep_ == "nummod"]
        count = count_number(numbers[0].text) if numbers else 1
        if count is None or count < 1 or (unit == "day" and count < 2):
            continue
        return count, str(unit)
    return None


def _of_something(unit: Token) -> bool:
    """ "three days of fighting", "in three days": a unit counted by a number, not "the
    day" of something."""
    return any(c.dep_ == "nummod" for c in unit.children)


def _has_onset(noun: Token) -> bool:
    return noun.lemma_.lower() in _words()[0] and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _words()[1] for c in noun.children
    )


def _clause_day(
    noun: Token, dates: list[tuple[Token, Period, bool]], *, ended: bool
) -> dt.date | None:
    """The day a clause on the noun says it began ("which began on Friday", "imposed on
    Tuesday") or ended ("that ended on Sunday")."""
    verbs = _words()[2] if ended else _words()[1]
    clauses = [
        c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs
    ]
    for clause in clauses:
        days = [p for t, p, _ in dates if t.i in {s.i for s in clause.subtree}]
        if len(days) == 1 and days[0].start == days[0].end:
            return days[0].start
    return None
