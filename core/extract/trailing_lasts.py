"""A weekday with "last" after it, as South Asian and British copy writes it ("injured on
Tuesday last", "on Sunday last, police said"), which the recogniser tags without the "last":
"Tuesday" alone is the latest Tuesday, the day of publication itself when the report is
dated a Tuesday, where "Tuesday last" is the one a week before. The date is widened over the
"last" here, and the date grammar reads "Tuesday last" as "last Tuesday".

Only a "last" that closes the phrase is taken: "on Tuesday last week" (a week named) and
"Tuesday, the last day of ..." keep their words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_trailing_lasts"

DATE_LABEL = "DATE"
LAST = "last"
# a word after "last" that it names ("last week", "last three days") keeps it
NAMED_TAGS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
# "last-minute", "last-ditch": "last" hyphened to the next word is part of a compound word
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def widen_trailing_lasts(doc: Doc) -> Doc:
    """Widen each lone weekday date over the "last" right after it (see the module)."""
    weekdays = date_words().weekdays
    found = [
        Span(doc, ent.start, ent.end + 1, label=DATE_LABEL)
        for ent in doc.ents
        if ent.label_ == DATE_LABEL
        and len(ent) == 1
        and ent[0].lower_ in weekdays
        and _closing_last(doc, ent.end)
    ]
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def _closing_last(doc: Doc, i: int) -> bool:
    """Token ``i`` is a "last" outside any entity that names nothing after it."""
    if i >= len(doc) or doc[i].lower_ != LAST or doc[i].ent_type_:
        return False
    if i + 1 >= len(doc):
        return True
    if not doc[i].whitespace_ and doc[i + 1].text in HYPHENS:
        return False
    return doc[i + 1].pos_ not in NAMED_TAGS
