"""The part of a country or province a report names by a compass word ("Tarnland's
northwest", "northwest Tarnland"), for ``unlabelled_places``: a later "in the northwest"
with nothing of its own names that part again, a wide area, never the village the report's
incident was in."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.nlp import word_ids, words_in
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

# The levels of a place a compass word cuts a part of
_WIDE_LEVELS = frozenset({"country", "admin1"})
_KEY = "compass:"


def remember_compass_parts(sent: Span, areas: dict[str, str]) -> None:
    """Note the parts of a country or a province the sentence names by a compass word."""
    for tok in words_in(sent, _compass_ids()):  # a Token built only for a compass word
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        whole = _whole_cut(tok)
        if whole is not None:
            areas[_KEY + tok.lower_] = f"{tok.lower_} {whole}"


@functools.cache
def _compass_ids() -> frozenset[int]:
    return word_ids(places.compass_words())


def _whole_cut(tok: Token) -> str | None:
    """The country or province whose part the compass word names: its possessor
    ("Tarnland's northwest") or the name it qualifies ("northwest Tarnland")."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN":
        owners.append(tok.head)
    for owner in owners:
        place = places.lookup(owner.text) if owner.ent_type_ == "GPE" else None
        if place is not None and place.level in _WIDE_LEVELS:
            return owner.text
    return None


def compass_part_before(tok: Token, areas: Mapping[str, str]) -> str | None:
    """ "in the northwest" with nothing of its own: the part named so before."""
    if tok.lower_ not in places.compass_words() or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.children):
        return None
    return areas.get(_KEY + tok.lower_)
