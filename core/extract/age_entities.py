"""A person's age the recogniser takes for a decade ("a man in his 30s", "both in their early
20s") is no date.

The recogniser labels "30s" DATE, and the date reader rightly reads a bare "30s" as the 2030s;
with a possessive before it the words give an age, so the label is dropped before any date,
place or figure reader sees it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

COMPONENT = "claimdesk_age_entities"


def _an_age(ent: Span) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1].lower_ + " " if ent.start > 0 else ""
    text = ent.text.lower()
    return bool(date_words().ages.match(text) or date_words().ages.match(before + text))


def drop_age_dates(doc: Doc) -> Doc:
    """Unlabel every DATE entity that is a person's age."""
    ages = [ent for ent in doc.ents if ent.label_ == "DATE" and _an_age(ent)]
    if ages:
        doc.set_ents([], outside=ages, default="unmodified")
    return doc
