"""A stretch counted back before a day, which the recogniser leaves out of the day's date
("killed day before yesterday", "a day before Friday"): left out, the date reader sees
"before yesterday", "before Friday", a bound at that day (from the start of the year), where
the copy tells one day a stretch before it. The date is widened back over the stretch and
its "before" ("day before yesterday", "two days before Friday" as the recogniser tags it
whole), and the date grammar reads it as it reads a tagged one.

Only a unit of time right before "before", with its count ("a", "one", "two") when written,
none of them in an entity, is taken: "before Friday night" and "days of protests before
Friday" keep their words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.text.dates import count_number, date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_counted_befores"

DATE_LABEL = "DATE"
BEFORE = "before"
ARTICLES = frozenset({"a", "the"})  # "a day before", "the day before": a count of one


def widen_counted_befores(doc: Doc) -> Doc:
    """Widen each date right after "before" over the stretch counted before it (see the
    module)."""
    found: list[Span] = []
    for ent in doc.ents:
        start = _stretch_start(doc, ent)
        if start is not None:
            found.append(Span(doc, start, ent.end, label=DATE_LABEL))
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def _stretch_start(doc: Doc, ent: Span) -> int | None:
    """Where the stretch counted before the date opens, None when none is written."""
    before, unit = ent.start - 1, ent.start - 2
    if (
        ent.label_ != DATE_LABEL
        or unit < ent.sent.start
        or doc[before].lower_ != BEFORE
        or doc[unit].lower_ not in date_words().units
        or doc[before].ent_type_
        or doc[unit].ent_type_
    ):
        return None
    count = unit - 1
    if count >= ent.sent.start and not doc[count].ent_type_ and (
        doc[count].lower_ in ARTICLES or count_number(doc[count].lower_) is not None
    ):
        return count
    return unit
