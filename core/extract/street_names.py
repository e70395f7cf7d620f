"""A place entity that names a street, not a town: "a store near Albany Ave." (NER takes the
town's name and leaves the street's suffix out), "a home on West Maple" (a side and a town's
name). The street is no place of its own: the town the sentence names, or the report's, is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import a_street_named_by_side, lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Span


def a_street(ent: Span) -> bool:
    """The entity is a street's name: cut before its suffix, or named by a side."""
    return a_street_named_by_side(ent.root, ent.text) or _cut_before_suffix(ent)


def _cut_before_suffix(ent: Span) -> bool:
    """ "near Albany Ave.", "on Lahore Road": a capitalised street suffix right after the
    name (``street_suffixes`` of rules/places.json) makes the town's name a street's."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    word = doc[ent.end]
    return word.text[:1].isupper() and word.lower_.rstrip(".") in lexicon_places().street_suffixes
