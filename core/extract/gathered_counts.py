"""A total that gathers the happenings of several days of one incident: a toll that rose or
was brought to the figure ("the death toll has risen to 12", "sweep total rises to 25",
"bringing the number of people arrested to 25") counts the deaths or arrests that came after
the incident's day as well. With no time of its own, such a figure runs from its incident's
day to the last day the report gives one of those happenings on ("a worker died on Thursday
night", "was arrested on Saturday", "eight more bodies were found on Friday"), not the
incident's day alone; a report that gives no later one keeps that day. A toll that only
stands at a figure ("the toll stood at 41") restates it, and a total that moved on a day its
clause gives ("rose to 41 on Tuesday") keeps what that day tells. The verbs live in
``core/rules/dates.json`` ("toll_moves", "toll_bringing_verbs")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import custody_verb
from core.extract.apart_sentences import opens_apart
from core.extract.brought_tolls import brings_toll, brought_within, finding_verb, moving_verbs
from core.extract.claim_dates import sentence_periods
from core.extract.incident_words import _governor, death_verb, harm_verbs
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk

# the figure a total reaches without "to": "the toll reached 20"
_REACHING = frozenset({"reach"})
# what a verb's own time is not: its subject and object name the incident ("the toll from
# Friday's blast"), and a clause below it tells a happening of its own ("after a man died on
# Sunday")
_NOT_ITS_TIME = frozenset(
    {"nsubj", "nsubjpass", "dobj", "relcl", "advcl", "ccomp", "conj", "acl", "xcomp", "parataxis"}
)
_TIMES = frozenset({"DATE", "TIME"})
# the measures whose later happenings a report gives the days of
GATHERED_MEASURES = frozenset({"killed", "injured", "arrested"})
# a death told with no day but this word, in a report of the next morning: the night before
_OVERNIGHT = frozenset({"overnight"})
_MEMO = "claimdesk_gathered_days"


def to_last_happening(
    period: Period | None,
    num: Token,
    measure: str | None,
    incident: Period | None,
    report: tuple[Sequence[Chunk], dt.date | None],
) -> Period | None:
    """A total that rose to the figure, dated by its incident's single day only, runs from
    that day to the last later day the report gives a happening of its measure on; any other
    period as it is. ``report``: the report's parsed chunks and its day."""
    chunks, published = report
    if (
        period is None
        or incident is None
        or not period.start == period.end == incident.start == incident.end
        or measure not in GATHERED_MEASURES
        or not chunks
        or not moved_total(num)
    ):
        return period
    later = [d for d in happening_days(chunks, measure, published) if d > incident.start]
    if not later:
        return period
    return Period(start=incident.start, end=max(later), text=period.text)


def moved_total(num: Token) -> bool:
    """The figure is what a total rose or was brought to, with no time of its own."""
    verb = _moving_verb(num)
    return verb is not None and not _own_time(verb)


def happening_days(
    chunks: Sequence[Chunk], measure: str, published: dt.date | None
) -> list[dt.date]:
    """The single days, up to the report's, that the report gives a happening of the measure
    on: a death, a harm, a body found (killed), a harm (injured), an arrest (arrested); a
    death "overnight" with no day is the night before the report's day. Remembered on the
    parsed document."""
    memo = chunks[0].doc.user_data.setdefault(_MEMO, {})
    key = (measure, published)
    if key not in memo:
        sents = [s for c in sorted(chunks, key=lambda c: c.offset) for s in c.doc.sents]
        memo[key] = [
            d for s in sents if not opens_apart(s) for d in _days_of(s, measure, published)
        ]
    days: list[dt.date] = memo[key]
    return days


def _days_of(sent: Span, measure: str, published: dt.date | None) -> list[dt.date]:
    """The days of the sentence's happenings of the measure (``happening_days``)."""
    days = [
        p.start
        for t, p, reported in sentence_periods(sent, published)
        if not reported
        and p.start == p.end
        and (published is None or p.start <= published)
        and _happens(_governor(t), measure)
    ]
    if published is not None and measure == "killed" and any(
        death_verb(t) and any(c.lower_ in _OVERNIGHT for c in t.children) for t in sent
    ):
        days.append(published - dt.timedelta(days=1))
    return days


def _happens(verb: Token, measure: str) -> bool:
    """The verb tells a happening the measure counts."""
    if measure == "arrested":
        return custody_verb(verb)
    harmed = verb.pos_ == "VERB" and verb.lemma_.lower() in harm_verbs()
    if measure == "injured":
        return harmed
    return harmed or death_verb(verb) or finding_verb(verb)


def _moving_verb(num: Token) -> Token | None:
    """The verb that moved a total to the figure: "has risen to 12", "rises to 31 insurgents
    killed", "reached 20", "bringing the toll to 13"."""
    node = num.head if num.dep_ == "nummod" else num
    if node.dep_ == "dobj" and node.head.lemma_.lower() in _REACHING:
        return node.head
    if node.dep_ != "pobj" or node.head.lower_ != "to":
        return None
    to = node.head
    verb = to.head
    if verb.lemma_.lower() in moving_verbs() or brings_toll(node):
        return verb
    brought = brought_within(node)
    if brought is not None:
        return brought
    # a headline the parser misreads ("... arrested; sweep total rises to 25", "rises" a
    # plural noun): the word before "to" still says the total rose
    before = to.nbor(-1) if to.i > to.sent.start else None
    if before is not None and before.lemma_.lower() in moving_verbs():
        return before
    return None


def _own_time(verb: Token) -> bool:
    """A date or time hangs on the verb itself ("rose to 41 on Tuesday"), not on its subject,
    its object or a clause below it."""
    skipped = {t.i for c in verb.children if c.dep_ in _NOT_ITS_TIME for t in c.subtree}
    return any(t.ent_type_ in _TIMES for t in verb.subtree if t.i not in skipped)
