"""Holidays the recogniser leaves untagged or cuts short: "over the Mother's Day weekend" may
come out with no DATE entity, or as "Day weekend", so a weekend's tally ("six people were
killed over the Mother's Day weekend, police said Wednesday") takes the day it was told or
the day carried from the sentence before; "during Ramzan" comes out as a place and "10th
Muharram" as an ordinal. The holiday's words, read against the holiday tables
(``core/text/holidays.py``, ``core/text/lunar_holidays.py``), make the time phrase; an entity
inside it gives way."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from core.extract.holiday_names import a_holiday_name
from core.lexicon.calendar_words import month_alternation, weekday_alternation
from core.rules import load_rules
from core.text.holidays import national_names
from core.text.lunar_holidays import first_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the longest holiday phrase in tokens: "the day after Martin Luther King Jr. Day weekend"
_MOST_TOKENS = 8
_WORD = re.compile(r"[a-z]+")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of each holiday's name ("mother", "memorial", "christmas")."""
    rules = load_rules("dates")
    tables = (rules["holidays_fixed"], rules["holidays_weekday"], rules["holidays_easter"])
    return (
        frozenset(
            first.group(0)
            for table in (*tables, national_names())
            for name in table
            if (first := _WORD.match(name))
        )
        | first_words()
    )


def _starts_a_name(lowers: list[str], k: int, firsts: frozenset[str]) -> bool:
    """The ``k``-th of a sentence's words (``lowers``, in lower case) is a holiday's first
    word, or a day of a month before its name ("10th Muharram")."""
    if lowers[k].rstrip(".") in firsts:
        return True
    return (
        bool(_DAY_NUMBER.fullmatch(lowers[k])) and k + 1 < len(lowers) and lowers[k + 1] in firsts
    )


def holiday_spans(sent: Span) -> list[Span]:
    """The holiday phrases of the sentence no entity holds whole, each a DATE span: the
    longest phrase from each word that starts a holiday's name."""
    from spacy.tokens import Span as SpacySpan

    doc, firsts = sent.doc, _first_words()
    # the words read off the ids: a Token built for each word (and its next) costs more
    strings = doc.vocab.strings
    lowers = [strings[h] for h in doc.to_array(LOWER)[sent.start : sent.end].tolist()]
    found: list[Span] = []
    i = sent.start
    while i < sent.end:
        size = 0
        if _starts_a_name(lowers, i - sent.start, firsts):
            size = next(
                (
                    k
                    for k in range(min(_MOST_TOKENS, sent.end - i), 0, -1)
                    if a_holiday_name(doc[i : i + k].text)
                ),
                0,
            )
        start = _counted_from(doc, i, sent.start) if size else None
        if start is not None and start < i and not a_holiday_name(doc[start : i + size].text):
            start = None  # "many days after Eid": no count read
        if start is not None and not (
            _tagged_whole(doc[start : i + size]) or _in_a_name(doc, i, i + size)
        ):
            found.append(SpacySpan(doc, start, i + size, label="DATE"))
        i += max(size, 1)
    return found


_SIDES = frozenset({"before", "after"})
_DAY_WORDS = frozenset({"day", "days"})
_VAGUE_LEADS = (("ahead", "of"), ("prior", "to"), ("in", "the", "run", "up", "to"))


def _counted_from(doc: Doc, i: int, first: int) -> int | None:
    """Where the holiday's phrase starts with the days counted to it ("two days after Eid",
    "the day before Christmas"); None when a vague side leads to it ("ahead of Eid", "after
    Christmas"): some day around it, no day of it."""
    words = [t.lower_ for t in doc[max(first, i - 5) : i]]
    if any(tuple(words[-len(lead) :]) == lead for lead in _VAGUE_LEADS):
        return None
    if not words or words[-1] not in _SIDES:
        return i
    if len(words) >= 3 and words[-2] in _DAY_WORDS:
        return i - 3  # "two days after", "the day before": the count read with the name
    return None


# entities a holiday's word may open as a person's or a building's name
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "NORP"})
# where a person's name stands, never a time of the clause
_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "appos", "poss", "attr", "dobj"})


def _in_a_name(doc: Doc, start: int, end: int) -> bool:
    """The words are or open a name ("Ramzan Kadyrov", "Eid Mohammad", "the Eid Gah mosque"):
    they stand where a person does (a subject, an apposition), an entity of a name runs past
    them (one of the words alone is no name: "Chand Raat"), or a capitalised proper noun that
    tells no date goes on after them."""
    root = doc[start:end].root
    if root.dep_ in _NAME_ROLES:
        return True  # "Shaban and his brother were shot", "the shopkeeper, Ramzan, ..."
    if root.dep_ == "compound" and root.head.i >= end and _a_name_word(root.head):
        return True  # "Ramzan ali among 3 killed": a headline sentence-cased the name
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS and ent.start < end and start < ent.end:
            return ent.start < start or ent.end > end  # "Chand Raat" tagged alone is the day
    if end >= len(doc):
        return False
    after = doc[end]
    return after.text[:1].isupper() and _a_name_word(after)


def _a_name_word(tok: Token) -> bool:
    """A proper noun that tells no date (not "Monday", nor a word of a DATE entity)."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in ("DATE", "TIME")
        and not _date_word().fullmatch(tok.lower_)
    )


@functools.cache
def _date_word() -> re.Pattern[str]:
    """A weekday or a month ("Eid Monday" is a day)."""
    return re.compile(rf"(?:{weekday_alternation()}|{month_alternation()})\.?")


def _tagged_whole(words: Span) -> bool:
    """One time entity holds all the words ("the Memorial Day weekend" as tagged)."""
    first = words[0]
    if first.ent_type_ not in ("DATE", "TIME", "EVENT"):
        return False
    return all(t.ent_type_ == first.ent_type_ and t.ent_iob_ == "I" for t in words[1:])


def with_holidays(ents: list[Span], sent: Span) -> list[Span]:
    """The sentence's time entities with its untagged holidays, less an entity that lies
    inside one ("Day weekend" of "a bloody Mother's Day weekend")."""
    spans = holiday_spans(sent)
    if not spans:
        return ents
    kept = [e for e in ents if not any(h.start <= e.start and e.end <= h.end for h in spans)]
    return [*kept, *spans]
