"""A toll counted since a war or another stretch of fighting began, its sentence giving no
date ("more than 40,000 have been killed since the war began", "since the start of the war",
"bringing the toll since the war began to 43,100", "the offensive has since killed"): a running
total from the day the report says the stretch began ("The war began on Oct. 7, 2029", "the
war, which started in October 2029", "the war, now in its fifth month") up to the telling; a
bare "has since" runs from the time the sentence before told. With no such day, its days are
unknown: never the day of the report's incident, which only the latest deaths are of.

The stretch's nouns are ``lasting_nouns`` of ``rules/dates.json`` ("war", "conflict",
"offensive", "fighting"), its verbs ``beginning_verbs``, the nouns of its start
``start_nouns`` ("start", "beginning", "outbreak")."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.claim_dates import sentence_periods
from core.rules import load_rules
from core.text.dates import Period, add_months, date_words
from core.text.periods import LEAD_DAYS_BEFORE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk

_SINCE = "since"
_NOW = "now"
_TO = "to"  # "bringing the toll ... to 41,000"
_BARE = ""  # the stretch of a bare "has since": the time the sentence before told
_MONTHS = {"month": 1, "year": 12}  # "in its fifth month", "now in its third year"
_DAYS = {"day": 1, "week": 7}
_PREPOSITIONS = frozenset({"on", "in", "at"})  # "on Oct. 7, 2029" told as "since Oct. 7, 2029"


@dataclass(frozen=True, slots=True)
class SinceStart:
    """A figure counted from the start of a stretch its sentence gives no date of."""

    noun: str  # the stretch's lemma ("war"), or _BARE for "has since"
    text: str  # as a checker reads it: "since the war began"


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the stretches' nouns, the verbs of their beginning, the nouns of their start)."""
    raw = load_rules("dates")
    return (
        frozenset(str(w) for w in raw["lasting_nouns"]),
        frozenset(str(w) for w in raw["beginning_verbs"]),
        frozenset(str(w) for w in raw["start_nouns"]),
    )


def since_start(
    anchor: Token, carried: Period | None, reference: dt.date | None
) -> SinceStart | None:
    """The stretch whose start a "since" of the figure's clause counts from, when the clause
    writes no date: "since the war began", "since the start of the war"; a bare "has since"
    only after a time ``carried`` that ended well before the ``reference`` day (the
    telling's): a war's first day, not the raid of the lead ("Police raided ... on Monday.
    Officers have since caught ...": the sweep's own count)."""
    for head in (anchor, *anchor.ancestors):
        for since in (c for c in head.children if c.lower_ == _SINCE):
            found = _since_phrase(since, head)
            if found is not None and found.noun == _BARE and not _long_ago(carried, reference):
                return None
            if found is not None:
                return None if _dated(head) else found
        if head.lower_ == _SINCE:
            # the figure is inside the "since" phrase: its own stretch's, unless the parser
            # hung a "bringing the toll since the start of the war to 41,000" on the start
            found = _since_phrase(head, head.head) if _brought_to(anchor) else None
            return None if found is None or _dated(head.head) else found
        found = _begun_here(head, anchor)
        if found is not None:
            return None if _dated(head) else found
    return None


def _long_ago(carried: Period | None, reference: dt.date | None) -> bool:
    return (
        carried is not None
        and reference is not None
        and (reference - carried.end).days > LEAD_DAYS_BEFORE
    )


def _since_phrase(since: Token, head: Token) -> SinceStart | None:
    """ "since the start of the war" (a preposition), "has since killed" (an adverb on a
    present perfect)."""
    nouns, _, starts = _words()
    if since.dep_ == "advmod" and not list(since.children) and _present_perfect(head):
        return SinceStart(_BARE, _SINCE)
    start = next((c for c in since.children if c.dep_ == "pobj"), None)
    if start is None and since.dep_ == "mark":
        # "the toll since the start of the war had reached": the parser makes the start
        # the verb's subject, "since" its mark
        start = next((c for c in head.children if c.left_edge.i == since.i + 1), None)
    if start is None or start.lemma_.lower() not in starts:
        return None
    of = next((c for c in start.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    stretch = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if stretch is None or stretch.lemma_.lower() not in nouns:
        return None
    return SinceStart(stretch.lemma_.lower(), _text(since, stretch))


def _brought_to(anchor: Token) -> bool:
    """The figure is the object of "to" ("... the start of the war to 41,000"): the total a
    toll is brought to, whatever noun the parser hung the "to" on."""
    return anchor.lower_ == _TO or (anchor.dep_ == "pobj" and anchor.head.lower_ == _TO)


def _begun_here(verb: Token, anchor: Token) -> SinceStart | None:
    """ "since the war began" on the figure's clause: a verb of beginning with "since" as its
    mark and a stretch as its subject, the clause of the figure or hanging on it ("bringing
    the toll since the war began to 43,100", which the parser hangs on "began")."""
    for clause in (verb, *(c for c in verb.children if c.dep_ == "advcl")):
        found = _begun_clause(clause)
        if found is not None and (clause is verb or anchor not in clause.subtree):
            return found
    return None


def _begun_clause(verb: Token) -> SinceStart | None:
    nouns, beginnings, _ = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in beginnings:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == _SINCE for c in verb.children):
        return None
    stretch = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if stretch is None or stretch.lemma_.lower() not in nouns:
        return None
    since = next(c for c in verb.children if c.lower_ == _SINCE)
    return SinceStart(stretch.lemma_.lower(), _text(since, verb))


def _text(first: Token, last: Token) -> str:
    return first.doc[first.i : last.i + 1].text


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _dated(clause: Token, *, skip_now: bool = False) -> bool:
    """The clause writes a time of its own ("... since the war began, 52 of them on Sunday"):
    the readers of dates read it; ``skip_now``: not the stretch's age ("now in its fifth
    month"), which says when it began."""
    return any(
        t.ent_type_ == "DATE" and not (skip_now and _an_age(t)) for t in clause.subtree
    )


def _an_age(tok: Token) -> bool:
    """The token lies in a "now in its ..." phrase."""
    return any(
        a.lower_ == "in" and any(c.lower_ == _NOW for c in a.children) for a in tok.ancestors
    )


def told_stretch(
    anchor: Token, chunks: Sequence[Chunk], published: dt.date | None
) -> Period | None:
    """ "The war, now in its fifth month, has killed more than 31,000": a present perfect
    whose subject is the stretch counts from the day the report says it began up to
    ``published``; None when the report tells no such day (the fighting of one day is its
    incident's)."""
    nouns, _, _ = _words()
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or not _present_perfect(verb):
        return None
    stretch = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if stretch is None or stretch.lemma_.lower() not in nouns or _dated(verb, skip_now=True):
        return None
    # written as the report tells the start ("now in its fifth month", "on Oct. 7, 2029")
    return started_span(SinceStart(stretch.lemma_.lower(), ""), chunks, None, published)


def started_span(
    since: SinceStart,
    chunks: Sequence[Chunk],
    carried: Period | None,
    published: dt.date | None,
) -> Period | None:
    """From the day the stretch began, as the report tells it (a bare "since": the time
    ``carried`` from the sentence before), up to ``published``; None when the report tells
    no such day."""
    if published is None:
        return None
    if since.noun == _BARE:
        start = carried.start if carried is not None else None
        if carried is not None:  # "has since": since the time told before ("Oct. 7, 2029")
            since = SinceStart(_BARE, f"{_SINCE} {_without_preposition(carried.text)}")
    else:
        start, told = _told_start(since.noun, chunks, published) or (None, "")
        since = SinceStart(since.noun, since.text or told)
    if start is None or start > published:
        return None
    return Period(start=start, end=published, text=since.text)


def _without_preposition(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _PREPOSITIONS else text


def _told_start(
    noun: str, chunks: Sequence[Chunk], published: dt.date
) -> tuple[dt.date, str] | None:
    """The first day the report says the stretch ``noun`` began, with the words that say so:
    "the war began on Oct. 7, 2029", "the war, which started in October 2029", "the war, now
    in its fifth month"."""
    for sent in _sentences(chunks):
        if not any(t.lemma_.lower() == noun for t in sent):
            continue
        for tok, period, reported in sentence_periods(sent, published):
            if not reported and _of_the_beginning(tok, noun):
                return period.start, f"{_SINCE} {_without_preposition(period.text)}"
        told = _now_in_its(sent, noun, published)
        if told is not None:
            return told
    return None


def _sentences(chunks: Sequence[Chunk]) -> Iterable[Span]:
    for chunk in sorted(chunks, key=lambda c: c.offset):
        yield from chunk.doc.sents


def _of_the_beginning(date: Token, noun: str) -> bool:
    """The date is when the stretch began: it hangs on a verb of beginning whose subject is
    the stretch, or which a relative clause hangs on it ("the war, which began in ...")."""
    verb = date.head.head if date.dep_ == "pobj" and date.head.pos_ == "ADP" else date.head
    _, beginnings, _ = _words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in beginnings:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() == noun:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == noun for c in verb.children)


def _now_in_its(sent: Span, noun: str, published: dt.date) -> tuple[dt.date, str] | None:
    """ "The war, now in its fifth month, has killed ...": the earliest day it may have
    begun, that many months (years, weeks, days) back."""
    words = date_words()
    for unit in sent:
        kind = words.units.get(unit.lower_)
        prep = unit.head
        if kind not in (*_MONTHS, *_DAYS) or unit.dep_ != "pobj" or prep.lower_ != "in":
            continue
        if not any(c.lower_ == _NOW for c in prep.children):
            continue
        nth = next((words.ordinals.get(c.lower_, 0) for c in unit.children if c.dep_ == "amod"), 0)
        if nth <= 0 or not _told_of(prep.head, noun):
            continue
        told = _text(prep.doc[min(c.i for c in prep.children if c.lower_ == _NOW)], unit)
        if kind in _MONTHS:
            return add_months(published, -nth * _MONTHS[kind]) + dt.timedelta(days=1), told
        return published - dt.timedelta(days=nth * _DAYS[kind] - 1), told
    return None


def _told_of(head: Token, noun: str) -> bool:
    """The phrase is the stretch's: on the stretch itself, or on a verb it is the subject of."""
    if head.lemma_.lower() == noun:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == noun for c in head.children)
