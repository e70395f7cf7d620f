"""A place's name the recogniser ran on over the span of time after it ("arrested in Karachi 2
hours after the robbery": one LAW "Karachi 2 hours"; "in Peshawar 3 days after": one DATE):
the place was lost to the figure, and "2 hours" was read as a name's words. Split after the
recogniser, the name the gazetteer knows is a place, and the count of a time unit a time of
its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.text import places
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_timed_places"

KEPT_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
PLACE_LABEL = "GPE"
HOUR_UNIT = "hour"  # "2 hours" is a time of day's span; longer units a date's


def split_timed_places(doc: Doc) -> Doc:
    """Split each name entity that ends in a count of a time unit into the place the
    gazetteer knows and the time."""
    split: list[Span] = []
    units = date_words().units
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS or len(ent) < 3 or ent[-1].lower_ not in units:
            continue
        number = ent[-2]
        if not number.like_num or number.i == ent.start:
            continue
        name = doc[ent.start : number.i]
        # a time's own words before its count ("Monday 3 days") are no place's
        if any(t.tag_ not in NAME_TAGS for t in name) or places.lookup(name.text) is None:
            continue
        label = "TIME" if units[ent[-1].lower_] == HOUR_UNIT else "DATE"
        split += [Span(doc, ent.start, number.i, label=PLACE_LABEL),
                  Span(doc, number.i, ent.end, label=label)]
    if split:
        doc.set_ents(split, default="unmodified")
    return doc
