"""A deed named with its weekday beside the arrest or the charge it led to: "Police on Friday
arrested 6 men in connection with the killing of a jeweller on Tuesday", "Two men were charged
on Friday with the killing of a shopkeeper on Tuesday". Each weekday read alone is the last
one before publication, which in a paper of Wednesday puts the killing (Tuesday, the day
before) after the arrest (Friday, five days back); the deed came first, in the week before."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import court_verb, custody_verb
from core.extract.date_entities import bare_weekday
from core.extract.incident_words import _governor, dates_incident

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period


def deeds_before_custody(
    found: list[tuple[Token, Period, bool]],
) -> list[tuple[Token, Period, bool]]:
    """The sentence's dates with a bare weekday naming the incident ("the killing ... on
    Tuesday") moved a week back when it was read after the one bare weekday of the sentence
    that dates an arrest or a court's deed on it ("arrested ... on Friday")."""
    held = [p for t, p, reported in found if not reported and _one_weekday(p) and _held_on(t)]
    if len(held) != 1:
        return found
    after = held[0].start
    return [
        (t, _week_before(p) if _one_weekday(p) and p.start > after and dates_incident(t) else p, r)
        for t, p, r in found
    ]


def _one_weekday(period: Period) -> bool:
    return period.start == period.end and bare_weekday(period.text)


def _held_on(date: Token) -> bool:
    """The date dates an arrest or a charge: its verb is a custody or a court verb, or the
    verb of the subject the parser hangs it on ("Police on Friday arrested ...")."""
    verb = _governor(date)
    if verb.dep_ in ("nsubj", "nsubjpass") and verb.i < verb.head.i:
        verb = verb.head
    return custody_verb(verb) or court_verb(verb)


def _week_before(period: Period) -> Period:
    day = period.start - dt.timedelta(weeks=1)
    return dataclasses.replace(period, start=day, end=day)
