"""A day's ordinal written next to its month ("on 3rd December", "December 3rd", "the 3rd
of December") which the recogniser tags apart: "3rd" an ORDINAL, "December" a DATE. Left
apart, the month alone dates the figure (the whole of December) and the day is lost; joined
into one DATE, the day is read as when the recogniser tags the words together.

Only a day's number with its suffix (1st to 31st) right against the month, or "of" between
them, is joined: "the 3rd battalion in December", "his 21st birthday in May" keep their
words apart. A day's ordinal before "instant" ("on the 3rd instant") is the day of the month
the report is filed in, one before "ultimo" ("on the 28th ult.") that day of the month before:
either is labelled a DATE alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.extract.entity_spans import put_entities
from core.rules import word_set
from core.text.dates import date_words

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

COMPONENT = "claimdesk_ordinal_days"

ORDINAL_LABEL = "ORDINAL"
DATE_LABEL = "DATE"
OF = "of"
CURRENT_MONTH = "current_month_words"
PREVIOUS_MONTH = "previous_month_words"
_DAY_ORDINAL = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE)


def join_ordinal_days(doc: Doc) -> Doc:
    """Join each day's ordinal to the month entity right before or after it (see the
    module)."""
    ents = list(doc.ents)
    kept: list[Span] = []
    for n, ent in enumerate(ents):
        if ent.label_ != ORDINAL_LABEL or not _DAY_ORDINAL.fullmatch(ent.text):
            continue
        after = ents[n + 1] if n + 1 < len(ents) else None
        before = ents[n - 1] if n > 0 else None
        if after is not None and _month_after(ent, after):
            kept.append(Span(doc, ent.start, after.end, label=DATE_LABEL))
        elif before is not None and _month_before(ent, before):
            kept.append(Span(doc, before.start, ent.end, label=DATE_LABEL))
        # "3rd instant", "5th inst.", "28th ult.": a day of the month the report is filed in
        # or of the month before, as South Asian police copy writes it
        elif months_day(doc, ent.end):
            kept.append(Span(doc, ent.start, ent.end, label=DATE_LABEL))
    if kept:
        put_entities(doc, kept)  # the ordinal and its month, joined
    return doc


def _month_after(day: Span, date: Span) -> bool:
    """ "3rd" + "December (2029)", "3rd of" + "December": a date opening with its month."""
    doc = day.doc
    gap = doc[day.end : date.start]
    joined = len(gap) == 0 or (len(gap) == 1 and gap[0].lower_ == OF)
    return joined and date.label_ == DATE_LABEL and _a_month(date[0].lower_)


def _month_before(day: Span, date: Span) -> bool:
    """ "December" + "3rd": a date that is its month alone, right before the day."""
    return (
        date.end == day.start
        and date.label_ == DATE_LABEL
        and len(date) == 1
        and _a_month(date[0].lower_)
    )


def months_day(doc: Doc, i: int) -> bool:
    """The ``i``-th word is "instant" or "ultimo" closing the date before it (see
    ``this_months_day``)."""
    return this_months_day(doc, i) or _month_word(doc, i, PREVIOUS_MONTH)


def this_months_day(doc: Doc, i: int) -> bool:
    """The ``i``-th word is "instant" closing the date ("on the 3rd instant,"), not a word of
    the noun after it ("the 3rd instant noodle factory")."""
    return _month_word(doc, i, CURRENT_MONTH)


def last_months_day(day: Span) -> str | None:
    """ "28th ult.": the expression of that day of the month before the report's ("dom 28 of
    last month"), which the day's number alone would read in the report's month."""
    number = re.search(r"\d{1,2}", day.text)
    # the recogniser may tag the month word with the day ("12th ult." one DATE)
    closing = day.end - 1 if len(day) > 1 and day[-1].text.endswith(".") else day.end
    if number is None or not _month_word(day.doc, closing, PREVIOUS_MONTH):
        return None
    return f"dom {int(number.group(0))} of last month"


def _month_word(doc: Doc, i: int, words: str) -> bool:
    """The ``i``-th word is one of the ``words`` closing the date, not a word of the noun
    after it (nor the next sentence's: "on 3rd ult. Police said"). Written short with its
    stop ("On 3rd inst. police arrested"), it is no noun's modifier."""
    if i >= len(doc) or doc[i].lower_.rstrip(".") not in word_set("dates", words):
        return False
    return (
        i + 1 == len(doc)
        or doc[i].text.endswith(".")
        or bool(doc[i + 1].is_sent_start)
        or doc[i + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
    )


def later_this_month(day: Span, published: dt.date | None) -> bool:
    """ "remanded till the 20th instant" in a report of the 12th: a day of this month still to
    come, which dates no figure told (read back a month it would break "instant"'s month)."""
    if published is None or not this_months_day(day.doc, day.end):
        return False
    number = re.search(r"\d{1,2}", day.text)
    return number is not None and int(number.group(0)) > published.day


def _a_month(word: str) -> bool:
    return word.rstrip(".") in date_words().months
