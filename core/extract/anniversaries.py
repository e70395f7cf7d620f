"""The day of an incident read from its anniversary: "relatives gather Thursday for the three-month
anniversary of the killings", "Sunday marks the first anniversary of the attack"."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.extract.incident_words import _governor, incident_noun
from core.rules import load_rules
from core.text.dates import Period, count_number, date_words, normalise_expression
from core.text.relative_dates import back_from

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ORDINAL_DIGITS = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)")
WEEK = dt.timedelta(days=7)


@functools.cache
def future_auxiliaries() -> frozenset[str]:
    """The auxiliaries a verb to come is told with ("will hold a vigil Thursday", "would gather
    Sunday": the weekday ahead, not the one past): ``rules/dates.json`` "future_auxiliaries"."""
    return frozenset(str(w) for w in load_rules("dates")["future_auxiliaries"])


def anniversary_day(sent: Span, periods: list[tuple[Token, Period, bool]]) -> Period | None:
    """The incident's day counted back from the day the sentence marks its anniversary on:
    "the three-month anniversary of the killings" held Thursday, three months before that
    Thursday; "the first anniversary" a year before. ``None`` without a day to count from."""
    if not periods or "anniversar" not in span_text(sent).lower():
        return None  # most sentences: no need to read their tokens
    for tok in sent:
        if tok.lemma_.lower() != "anniversary" or not _of_incident(tok):
            continue
        span = _span_of(tok)
        if span is None:
            continue
        phrase = {t.i for t in tok.subtree}
        days = [(t, p) for t, p, _ in periods if p.start == p.end and t.i not in phrase]
        if not days:
            continue
        base_tok, base = days[0]
        start = base.start + WEEK if _ahead(base_tok, base) else base.start
        day = back_from(start, *span)
        return Period(start=day, end=day, text=f"{tok.text} of the incident, from {base.text}")
    return None


def _of_incident(tok: Token) -> bool:
    """ "anniversary of the shooting", "of the attack that killed nine"."""
    return any(
        incident_noun(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _span_of(tok: Token) -> tuple[int, str] | None:
    """(count, unit) of "three-month", "one-year", "10th", "first" before "anniversary"."""
    doc = tok.doc
    words = [
        t.text for t in doc[tok.left_edge.i : tok.i] if t.dep_ not in ("det", "poss", "punct")
    ]
    text = normalise_expression(" ".join(words).replace("-", " "))
    tables = date_words()
    m = re.search(rf"{tables.num} (?P<unit>{tables.unit})$", text)
    if m is not None:
        count = count_number(m["n"])
        return (count, tables.units[m["unit"]]) if count else None
    last = text.split()[-1] if text.split() else ""
    if (digits := _ORDINAL_DIGITS.fullmatch(last)) is not None:
        return int(digits["n"]), "year"
    years = tables.ordinals.get(last, 0)
    return (years, "year") if years > 0 else None


def _ahead(tok: Token, period: Period) -> bool:
    """A weekday the sentence sets in the future ("will hold a vigil Thursday"), which the
    resolver read as the Thursday past."""
    verb = _governor(tok)
    future = any(c.lower_ in future_auxiliaries() for c in verb.children if c.dep_ == "aux")
    return future and re.fullmatch(r"(?:on )?\w+day", period.text.lower()) is not None
