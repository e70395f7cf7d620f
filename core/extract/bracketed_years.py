"""An earlier year's figure a statistics table or list sets in brackets after the report's own
("Deaths: 1,204 (2024: 980)", "attacks on police rose to 311 (2024: 240)"): the figure after
the year and its colon counts over that year (the report's period in that year, when the
report counts over part of one); the year dates no figure outside its brackets."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from core.extract.compared_periods import SAME_PERIOD_DAYS, years_before
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

_OPENERS = frozenset({"(", "["})
_CLOSERS = frozenset({")", "]"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_SEPARATOR = ":"


def bracket_opening_year(date: Token) -> bool:
    """The token is the year that opens a bracket with a colon: "(2024: 980)"."""
    doc, i = date.doc, date.i
    return (
        _YEAR.fullmatch(date.text) is not None
        and 0 < i < len(doc) - 2
        and doc[i - 1].text in _OPENERS
        and doc[i + 1].text == _SEPARATOR
    )


def bracketed_period(num: Token, counted_over: Period | None) -> Period | None:
    """The year of the bracket the figure follows as "(2024: 980)"; of a report counting over
    part of a year, a month or longer (``counted_over``, else the period carried), that part
    in the bracket's year."""
    doc, i = num.doc, num.i
    if i < 3 or not bracket_opening_year(doc[i - 2]):
        return None
    year = int(doc[i - 2].text)
    base = counted_over
    if (
        base is not None
        and base.start.year == base.end.year > year
        and (base.end - base.start).days >= SAME_PERIOD_DAYS
    ):
        return years_before(base, base.start.year - year, doc[i - 2].text)
    return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=doc[i - 2].text)


def bracketed_elsewhere(date: Token, anchor: Token) -> bool:
    """The date opens a "(2024: 980)" bracket and the figure (``anchor``) lies outside it:
    the bracket's year is its own figure's, not the report's figure before it."""
    if not bracket_opening_year(date):
        return False
    doc = date.doc
    end = next((t.i for t in doc[date.i : date.sent.end] if t.text in _CLOSERS), date.sent.end)
    return not date.i < anchor.i < end
