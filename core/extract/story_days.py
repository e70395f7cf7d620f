"""Days told from another day of the story: "a day earlier", "the previous day", "two days
later", "the day before". A reader counts them from the day the sentence gives besides ("four
were killed a day earlier, police said on Sunday"), else from the day the sentences before
told ("... on Saturday. A day earlier, militants had killed three"), never from the day of
publication, which the resolver counts "a day earlier" from. So does a stretch counted back to
now ("troops had killed 18 over the past three days, the army said on Sunday"): it ends on
the day it was said, not on the day of publication."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.nlp import sentence_ents, word_ids, words_in
from core.extract.until_days import until_story_day
from core.rules import load_rules
from core.text.dates import Period, count_number, date_words, normalise_expression
from core.text.periods import resolve_period

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DAYS_IN = {"day": 1, "week": 7}


@functools.cache
def _tables() -> tuple[dict[str, int], dict[str, int]]:
    rules = load_rules("dates")
    return dict(rules["story_days"]), dict(rules["story_shifts"])


@functools.cache
def _shift_ids() -> frozenset[int]:
    return word_ids(_tables()[1])


def _offset(ent: Span) -> tuple[int, bool] | None:
    """Days from the story's other day to the one the entity names, if it names one so, and
    whether they count from the report's incident ("the day before the blast")."""
    days, shifts = _tables()
    doc, end = ent.doc, ent.end
    after = doc[end].lower_ if end < ent.sent.end else ""
    text = normalise_expression(ent.text).lower()
    text = re.sub(r"^(?:on|in|of) ", "", text).removeprefix("the ")
    if text in days:
        return _counted_from(days[text], doc, end - 1)
    if text == "day" and after in shifts:
        return _counted_from(shifts[after], doc, end)  # "the day before": "before" left out
    tables = date_words()
    stretch, shifted = _stretches()
    shifter = end - 1
    if after in shifts and stretch.fullmatch(text):
        text, shifter = f"{text} {after}", end  # "two days" + "after the attack"
    m = shifted.fullmatch(text)
    if m is None or m["dir"] not in shifts:
        return None
    unit = tables.units[m["unit"]]
    count = 1 if m["one"] else count_number(m["n"])
    if unit not in _DAYS_IN or not count:
        return None
    return _counted_from(count * _DAYS_IN[unit] * shifts[m["dir"]], doc, shifter)


@functools.cache
def _stretches() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "two days", and "two days after": compiled once from the date tables, not built
    anew for each date entity ``_offset`` reads."""
    tables = date_words()
    stretch = rf"(?:{tables.num}|(?P<one>an?)) (?P<unit>{tables.unit})"
    return re.compile(stretch), re.compile(rf"{stretch} (?P<dir>\w+)")


def _counted_from(shift: int, doc: Doc, last: int) -> tuple[int, bool] | None:
    """The shift, counted from the story's other day, or from the report's incident when
    the time word opens it ("the day after the shooting"); ``None`` when it opens another
    happening ("two days before the vote")."""
    if not _of_another(doc, last):
        return shift, False
    return (shift, True) if _the_incident_after(doc, last) else None


# what may stand between "the" and the incident noun: "the car bomb attack", "the deadly blast"
_NOUN_PHRASE_WORDS = 3


def _the_incident_after(doc: Doc, shifter: int) -> bool:
    """ "before the blast", "after the deadly attack": the report's incident, named by a
    definite noun phrase that ends there (not "after the attack on the market in May")."""
    start = shifter + 1
    if doc[start].lower_ not in ("the", "this", "that"):
        return False
    for i in range(start + 1, min(start + 2 + _NOUN_PHRASE_WORDS, len(doc))):
        if doc[i].sent != doc[shifter].sent or doc[i].pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        if incident_noun(doc[i]):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            return nxt is None or not any(t.ent_type_ in _TIME for t in nxt.subtree)
    return False


_TIME = frozenset({"DATE", "TIME"})


def _of_another(doc: Doc, last: int) -> bool:
    """The time word opens what it counts from ("the day after the shooting", "two days
    before the vote"): a day of that, not of the story's other day."""
    if doc[last].lower_ not in ("before", "after") or last + 1 >= len(doc):
        return False
    return not doc[last + 1].is_punct and doc[last + 1].sent == doc[last].sent


def from_story_days(
    sent: Span,
    periods: list[tuple[Token, Period, bool]],
    before: tuple[Period | None, ...],
    published: dt.date | None = None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods with its days told from another day of the story counted from
    that day (``_counted_days``), a stretch counted back to now from the day it was said
    (``_up_to_the_saying``), and a stretch run on "until Monday" from the story's day
    (``until_days``)."""
    periods = _counted_days(sent, _up_to_the_saying(periods, published), before, published)
    return until_story_day(periods, before, published)


def _up_to_the_saying(
    periods: list[tuple[Token, Period, bool]], published: dt.date | None
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods, a stretch counted back to the day of publication ("over the
    past three days", "in the past 48 hours") counted back from the one day the sentence says
    it was told on instead, when that day lies before publication."""
    said = {p.start for _, p, reported in periods if reported and p.start == p.end}
    if published is None or len(said) != 1 or min(said) >= published:
        return periods
    day = min(said)
    out = []
    for tok, period, reported in periods:
        again = (
            resolve_period(period.text, published=day)
            if not reported and period.end == published and period.start < published
            else None
        )
        # counted back (its start moves with the day), not run from a point ("since 2028")
        if again is not None and again.end == day and again.start not in (period.start, day):
            out.append((tok, dataclasses.replace(period, start=again.start, end=day), reported))
        else:
            out.append((tok, period, reported))
    return out


def _counted_days(
    sent: Span,
    periods: list[tuple[Token, Period, bool]],
    before: tuple[Period | None, ...],
    published: dt.date | None = None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods with its days told from another day of the story counted from
    that day: the first single day the sentence gives besides, else the first single day of
    ``before`` (carried from the sentences before, the report's incident). With neither they
    stay as the resolver read them. A day counted from the report's incident ("two days
    after the attack") lies no later than ``published``."""
    found = [(ent, off) for ent in sentence_ents(sent) if (off := _offset(ent)) is not None]
    found += [(span, (shift, True)) for span, shift in _untagged(sent, found)]
    incident = before[-1] if before else None
    if incident is not None and incident.start == incident.end:
        # "arrested three two days after the attack", not "charged Friday, a week after the
        # shooting", which counts the shooting's day back from Friday (``days_after_harm``)
        of_incident = [
            (e, n)
            for e, (n, of) in found
            if of and (published is None or incident.start + dt.timedelta(days=n) <= published)
        ]
        inside = {t.i for e, _ in of_incident for t in e}
        if not any(t.i not in inside and p.start == p.end for t, p, _ in periods):
            periods = _shifted(of_incident, periods, incident)
    told = [(ent, shift) for ent, (shift, of_incident) in found if not of_incident]
    if not told:
        return periods
    inside = {t.i for ent, _ in told for t in ent}
    others = [p for t, p, _ in periods if t.i not in inside and p.start == p.end]
    # not the report's day that the resolver read from these very words
    own = [p for t, p, _ in periods if t.i in inside]
    base = next(iter(others), None) or _month_told(periods, inside) or _story_base(before, own)
    return periods if base is None else _shifted(told, periods, base)


def _story_base(before: tuple[Period | None, ...], own: list[Period]) -> Period | None:
    """The time carried that a shift counts from: a single day, or a month the sentences
    before told ("Last August, a teen was wounded. | Two weeks later, a boy was shot": in
    that month, not two weeks after the report's incident day); no longer stretch."""
    for p in before:
        if p is None or any(p is o for o in own):
            continue
        if p.start == p.end or (p.end - p.start).days < MONTH_DAYS:
            return p
    return None


def _shifted(
    told: list[tuple[Span, int]], periods: list[tuple[Token, Period, bool]], base: Period
) -> list[tuple[Token, Period, bool]]:
    """The periods with each entity of ``told`` read as its shift from ``base``."""
    if not told:
        return periods
    inside = {t.i for ent, _ in told for t in ent}
    kept = [(t, p, r) for t, p, r in periods if t.i not in inside]
    for ent, shift in told:
        text = f"{_words(ent)} {base.text}"
        if base.start != base.end:
            # "In March 2019 a bomb killed ten, and a week later ...": the writer gives the
            # month only, which dates what followed it by days as well
            kept.append((ent.root, Period(start=base.start, end=base.end, text=text), False))
            continue
        day = base.start + dt.timedelta(days=shift)
        kept.append((ent.root, Period(start=day, end=day, text=text), False))
    return kept


# The most days of a month the sentence names an earlier happening by ("in May 2019")
MONTH_DAYS = 31


def _month_told(
    periods: list[tuple[Token, Period, bool]], inside: set[int]
) -> Period | None:
    """The month the sentence gives a happening besides ("In May 2019 a bomb killed ten, and
    a week later ..."), not a report's: what "a week later" counts from when no day is given."""
    return next(
        (
            p
            for t, p, report in periods
            if t.i not in inside
            and not report
            and p.start != p.end
            and (p.end - p.start).days < MONTH_DAYS
        ),
        None,
    )


def _words(ent: Span) -> str:
    """The entity with the time word the tagger left out ("The day" + "before")."""
    shifts = _tables()[1]
    end = ent.end
    if ent[-1].lower_ not in shifts and end < ent.sent.end and ent.doc[end].lower_ in shifts:
        return ent.doc[ent.start : end + 1].text
    return ent.text


def _untagged(sent: Span, found: list[tuple[Span, tuple[int, bool]]]) -> list[tuple[Span, int]]:
    """ "A day before the blast", "two days after the attack" the tagger took for no date:
    the stretch, read off the words, counted from the incident the phrase names."""
    taken = {t.i for ent, _ in found for t in ent}
    shifts = _tables()[1]
    units = date_words().units
    doc = sent.doc
    out: list[tuple[Span, int]] = []
    for tok in words_in(sent, _shift_ids()):  # most words: no Token built
        if tok.i < sent.start + 2:
            continue
        unit = doc[tok.i - 1]
        if unit.i in taken or units.get(unit.lower_) not in _DAYS_IN:
            continue
        count_word = doc[tok.i - 2].lower_
        count = 1 if count_word in ("a", "an", "one", "the") else count_number(count_word)
        if count and _the_incident_after(doc, tok.i):
            days = count * _DAYS_IN[units[unit.lower_]] * shifts[tok.lower_]
            out.append((doc[tok.i - 2 : tok.i], days))
    return out
