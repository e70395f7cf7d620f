"""Happenings that ran on until a day: "clashes followed the blast and continued until Monday
morning". The resolver reads "until <day>" as a tally from the start of the year ("40 killed
until March"); a stretch that ends on one day of the story runs instead from the day the
sentences before told (the report's incident, or the day carried), if that came a few days
before (``until_story_day``)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text.date_atoms import single_expression
from core.text.dates import Period, date_words, normalise_expression

if TYPE_CHECKING:
    from spacy.tokens import Token

# The most days a stretch told as running "until Monday" reaches back to the story's day
RUN_ON_DAYS = 7


def until_story_day(
    periods: list[tuple[Token, Period, bool]],
    before: tuple[Period | None, ...],
    published: dt.date | None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods with each "until <one day>" counted from the single day of
    ``before`` (carried, then the report's incident) that lies up to ``RUN_ON_DAYS`` before
    that day; with no such day they stay as the resolver read them."""
    days = [p for p in before if p is not None and p.start == p.end]
    out = []
    for tok, period, report in periods:
        end = _day_until(period, published) or _day_after_until(tok, period)
        if end is not None and published is not None and end > published:
            end = None  # "remanded until Monday": a day to come, not a stretch run on
        base = next(
            (p for p in days if end is not None and 0 < (end - p.start).days <= RUN_ON_DAYS),
            None,
        )
        if end is None or base is None:
            out.append((tok, period, report))
            continue
        told = date_words().until.match(period.text.lower())
        text = period.text if told else f"until {period.text}"
        out.append((tok, Period(start=base.start, end=end, text=text), report))
    return out


def _day_until(period: Period, published: dt.date | None) -> dt.date | None:
    """The one day an "until" period ends on ("until Monday morning"), else ``None`` ("until
    March", "up to the past week")."""
    text = normalise_expression(period.text)
    m = date_words().until.match(text)
    if m is None:
        return None
    target = single_expression(text[m.end() :], published, None)
    if target is None or target.start != target.end or target.end != period.end:
        return None
    return target.end


@functools.cache
def _until_words() -> frozenset[str]:
    """The words of "until" the tagger may leave outside the date ("lasted until | Monday
    evening"): ``rules/dates.json`` "until_left_out_words"."""
    return frozenset(str(w) for w in load_rules("dates")["until_left_out_words"])


def _day_after_until(root: Token, period: Period) -> dt.date | None:
    """The one day a date ends a stretch on when the word before it, left out of the date,
    is "until" ("lasted until Monday evening")."""
    if period.start != period.end:
        return None
    doc = root.doc
    start = root.i
    while start > root.sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start - 1] if start > root.sent.start else None
    return period.end if before is not None and before.lower_ in _until_words() else None
