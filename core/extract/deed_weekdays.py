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
    that dates an arrest or a court's deed on it ("arrested ... on Friday"), told of as done
    (not "will be arraigned on Monday"), the deed in its clause (``_in_its_clause``)."""
    held = [(t, p) for t, p, reported in found if not reported and _one_weekday(p)]
    verbs = [(v, p) for t, p in held if (v := _held_on(t)) is not None]
    if len(verbs) != 1 or _not_yet(verbs[0][0]):
        return found
    verb, after = verbs[0][0], verbs[0][1].start
    return [
        (t, _week_before(p) if _a_deed_after(t, p, verb, after) else p, r) for t, p, r in found
    ]


def _a_deed_after(date: Token, period: Period, verb: Token, after: dt.date) -> bool:
    return (
        _one_weekday(period)
        and period.start > after
        and dates_incident(date)
        and _in_its_clause(date, verb)
    )


def _one_weekday(period: Period) -> bool:
    return period.start == period.end and bare_weekday(period.text)


def _held_on(date: Token) -> Token | None:
    """The custody or court verb the date dates: its verb, or the verb of the subject the
    parser hangs it on ("Police on Friday arrested ...")."""
    verb = _governor(date)
    if verb.dep_ in ("nsubj", "nsubjpass") and verb.i < verb.head.i:
        verb = verb.head
    return verb if custody_verb(verb) or court_verb(verb) else None


# auxiliaries of an arrest or a hearing still to come ("will be arraigned on Monday", "are to
# be charged on Friday"): the deed's weekday after it is as read
_TO_COME = frozenset({"will", "shall", "'ll", "wo", "to"})


def _not_yet(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children)


# clauses of a happening of their own on the way up from a deed's date to the arrest's verb:
# "and on Friday a second blast killed 6", "a student who died of his wounds on Wednesday"
_OWN_CLAUSES = frozenset({"conj", "relcl", "parataxis"})


def _in_its_clause(date: Token, verb: Token) -> bool:
    """The deed's date hangs under the arrest's verb through no clause of a happening of its
    own (``_OWN_CLAUSES``): the deed the arrest is over, not one told after it."""
    tok = date
    while tok.i not in (tok.head.i, verb.i):
        if tok.dep_ in _OWN_CLAUSES and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return tok.i == verb.i


def _week_before(period: Period) -> Period:
    day = period.start - dt.timedelta(weeks=1)
    return dataclasses.replace(period, start=day, end=day)
