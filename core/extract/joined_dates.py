"""A date the recogniser ran into the counted stretch written after it: "Jon Roe died Aug. 10,
a week after he was shot" comes out as one DATE entity "Aug. 10, a week", which reads as no
time at all, so the death (and the report's incident) loses its day. Parted at the comma, the
date is the death's and the stretch ties the shooting to it, as when the recogniser tags them
apart ("died Friday, two days after she was shot": counted back from the death's day)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span

_STRETCH_WORDS = 2  # a count and its unit: "a week", "two days"


def parted_stretches(ents: list[Span]) -> list[Span]:
    """The entities with each date run into a counted stretch parted in two at the comma."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    for ent in ents:
        comma = _stretch_comma(ent)
        if comma is None:
            out.append(ent)
            continue
        doc, label = ent.doc, ent.label_
        out += [SpacySpan(doc, ent.start, comma, label=label),
                SpacySpan(doc, comma + 1, ent.end, label=label)]
    return out


def _stretch_comma(ent: Span) -> int | None:
    """Where the comma stands that a counted stretch ("a week", "two days") follows to the
    entity's end, after a date of its own."""
    if len(ent) < _STRETCH_WORDS + 2 or ent.label_ != "DATE":
        return None
    comma = ent.end - _STRETCH_WORDS - 1
    count, unit = ent.doc[comma + 1], ent.doc[comma + 2]
    if ent.doc[comma].text != "," or unit.lower_ not in date_words().units:
        return None
    return comma if count.like_num or count.lower_ in ("a", "an") else None
