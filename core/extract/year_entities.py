"""A year after a place's possessive that the recogniser took into the place ("the Elm City's
2013 homicide count": one LOC "the Elm City's 2013") is a date of its own.

Left in the place, the year dates nothing and the place reads as "Elm City's 2013"; split off
as a DATE, the year gives the span a tally counts over ("the city's 2031 homicide count").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_year_entities"

_YEAR = re.compile(r"(?:19|20)\d\d")
POSSESSIVES = frozenset({"'s", "’s"})
# the labels a date cannot be part of: a place, a body, a group
HOLDER_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "PERSON"})


def split_possessed_years(doc: Doc) -> Doc:
    """Give the year that ends a place's entity after its possessive a DATE of its own."""
    split: list[Span] = []
    for ent in doc.ents:
        if (
            ent.label_ in HOLDER_LABELS
            and len(ent) >= 3
            and _YEAR.fullmatch(ent[-1].text)
            and ent[-2].lower_ in POSSESSIVES
        ):
            split += [Span(doc, ent.start, ent.end - 1, label=ent.label_),
                      Span(doc, ent.end - 1, ent.end, label="DATE")]
    if split:
        doc.set_ents(split, default="unmodified")
    return doc
