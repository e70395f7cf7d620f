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
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_counted_befores"

DATE_LABEL = "DATE"
TIME_LABEL = "TIME"
BEFORE = "before"
ARTICLES = frozenset({"a", "the"})  # "a day before", "the day before": a count of one
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
NIGHT = "night"  # "the night before yesterday": the night of the day two days back
YESTERDAY = "yesterday"


def widen_counted_befores(doc: Doc) -> Doc:
    """Widen each date right after "before" over the stretch counted before it (see the
    module)."""
    found: list[Span] = []
    for ent in doc.ents:
        start = _stretch_start(doc, ent)
        if start is not None and not _set_after_a_day(doc, start, ent.sent.start):
            found.append(Span(doc, start, ent.end, label=DATE_LABEL))
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def _stretch_start(doc: Doc, ent: Span) -> int | None:
    """Where the stretch counted before the date opens, None when none is written."""
    before = _word_before(doc, ent.start, ent.sent.start)
    unit = _word_before(doc, before, ent.sent.start) if before is not None else None
    if (
        ent.label_ != DATE_LABEL
        or before is None
        or unit is None
        or doc[before].lower_ != BEFORE
        or not _a_unit(doc[unit].lower_, ent)
        or doc[before].ent_type_
        or not _untagged(doc[unit])
    ):
        return None
    count = unit - 1
    if count >= ent.sent.start and _untagged(doc[count]) and (
        doc[count].lower_ in ARTICLES or count_number(doc[count].lower_) is not None
    ):
        return count
    return unit


def _set_after_a_day(doc: Doc, start: int, sent_start: int) -> bool:
    """The stretch is set off by a comma after a day told already ("on Monday, a day before
    Tuesday's polls"): it places the event after it by that day, and the day told is the
    figure's."""
    return start - 2 >= sent_start and doc[start - 1].text == "," and (
        doc[start - 2].ent_type_ == DATE_LABEL
    )


def _untagged(tok: Token) -> bool:
    """In no entity, or a night the recogniser took for a time alone ("the night")."""
    if not tok.ent_type_:
        return True
    ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    return ent.label_ == TIME_LABEL and ent[-1].lower_ == NIGHT


def _word_before(doc: Doc, i: int, start: int) -> int | None:
    """The word before token ``i`` in the sentence, past a hyphen that glues them
    ("day-before-yesterday")."""
    j = i - 1
    if j >= start and doc[j].text in HYPHENS and not doc[j].whitespace_:
        j -= 1
    return j if j >= start else None


def _a_unit(word: str, ent: Span) -> bool:
    """A unit of time, or "night" before "yesterday" ("the night before yesterday")."""
    return word in date_words().units or (
        word == NIGHT and ent.text.lower() == YESTERDAY
    )
