"""A weekday that is a person's first name ("Monday Kassah, the local chairman, said",
"Sunday Abdu, a village leader"), common in Nigerian and Ghanaian copy: a name before a
surname, no day of the story. "On Monday Kassah's men attacked" keeps its day, as do "Monday
night" and "Friday prayers"; a paper's name ("the Sunday Times") is no day either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span


def a_weekday_name(ent: Span) -> bool:
    """The entity opens on a weekday the parser hangs, as a compound, on a proper noun after
    it that is no word of time ("Kassah", not "night"), with no word of a day before it."""
    first = ent[0]
    words = date_words()
    if first.lower_ not in words.weekdays or first.dep_ != "compound":
        return False
    name = first.head
    if name.i <= first.i or name.pos_ != "PROPN" or not name.is_title:
        return False
    if name.lower_ in words.weekdays or name.lower_ in words.months or name.lower_ in words.units:
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is None or before.lower_ not in word_set("dates", "day_words_before")
