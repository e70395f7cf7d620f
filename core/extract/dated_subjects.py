"""A count written right after a fronted weekday or year with no comma, "On Tuesday 30 were
arrested", "By Sunday 12 had died", "In 2030 45 were killed": the parser hangs the number on
the day as its modifier and leaves the verb with no subject. A number after a weekday or a
year, followed by the verb's auxiliary, is the subject the verb lacks; re-hung after the
parser, it is, and the date entity the recogniser runs over it gives it back
(``date_edges``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_dated_subjects"
YEAR = re.compile(r"\d{4}")
AUXILIARY_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # "were", "had", "has", "will"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def rehang_dated_subjects(doc: Doc) -> Doc:
    """Make each such number the subject of the verb after it."""
    for at in positions(doc, TAG, ("CD",)):
        num = doc[at]
        if num.dep_ == "nummod" and 0 < num.i < len(doc) - 1:
            verb = _verb_lacking(num)
            if verb is not None:
                passive = any(c.dep_ == "auxpass" for c in verb.children)
                num.head, num.dep_ = verb, ("nsubjpass" if passive else "nsubj")
    return doc


def _verb_lacking(num: Token) -> Token | None:
    """The verb whose auxiliary follows the number hung on the day before it, when the verb
    has no subject of its own."""
    doc = num.doc
    day, aux = doc[num.i - 1], doc[num.i + 1]
    if num.head.i != day.i or not _a_day(day) or aux.tag_ not in AUXILIARY_TAGS:
        return None
    verb = aux.head
    if verb.i <= num.i or aux.dep_ not in ("aux", "auxpass"):
        return None
    return None if any(c.dep_ in SUBJECTS for c in verb.children) else verb


def _a_day(word: Token) -> bool:
    """A weekday or a year ("Tuesday", "2030"), not a month, whose number is its date."""
    return word.lower_ in date_words().weekdays or YEAR.fullmatch(word.text) is not None
