"""The period a date entity's expression names, read by the date grammar, else the weekday
or the time back that ends an entity the grammar does not read whole ("for a third straight
night Wednesday", "a robbery two weeks ago")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.before_bounds import loose_before
from core.text.dates import Period, date_words
from core.text.periods import resolve_period

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span


def resolved_period(
    ent: Span, expr: str, published: dt.date | None, year: int | None
) -> Period | None:
    """The period the expression names, else the weekday or the time back that ends it; "before"
    a day names a bound only of a tally up to it (``before_bounds``)."""
    if _back_to_back(ent):
        return None  # "two years back to back": a run of years, no time counted back
    told = None if loose_before(ent, expr) else resolve_period(expr, published=published, year=year)
    return (
        told
        or _trailing_day(ent, published)
        or _trailing_count(ent, published)
    )


def _back_to_back(ent: Span) -> bool:
    """The entity ends on the first "back" of "back to back" ("two years back-to-back")."""
    if ent[-1].lower_ != "back":
        return False
    after = [t.lower_ for t in ent.doc[ent.end : ent.end + 3] if t.text != "-"]
    return after[:2] == ["to", "back"]


def _trailing_day(ent: Span, published: dt.date | None) -> Period | None:
    """The weekday that ends an expression the grammar does not read whole: "for a third
    straight night Wednesday", "the second day of protests Sunday" (not "every Friday")."""
    weekdays = date_words().weekdays
    for tok in ent[1:]:
        if tok.lower_ in weekdays and tok.nbor(-1).lower_ not in ("every", "each"):
            return resolve_period(ent.doc[tok.i : ent.end].text, published=published)
    return None


def _trailing_count(ent: Span, published: dt.date | None) -> Period | None:
    """A time back that ends an entity the tagger ran over a noun before it ("a robbery two
    weeks ago", "the crash three days earlier"): from its count on."""
    units = date_words().units
    for tok in ent[1:-1]:
        if (
            (tok.like_num or tok.lower_ in ("a", "an"))
            and tok.nbor(1).lower_ in units
            and tok.nbor(-1).pos_ in ("NOUN", "PROPN")  # not "less than a year", "nearly 6"
        ):
            return resolve_period(ent.doc[tok.i : ent.end].text, published=published)
    return None
