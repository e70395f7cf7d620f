"""A place a sentence puts beside the area the report tells of ("in neighbouring X district",
"in adjoining Y state"): an aside's, which the figures after it do not go on with."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text.written_names import name_spans, written_with

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_neighbours_place(tok: Token) -> bool:
    """ "Katsina" of "in neighbouring Katsina State": the place is told with a word that
    puts it beside the report's area (the parser hangs the word on the name or its unit)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "Katsina" of "Katsina State"
    start = tok.left_edge.i
    return any(
        t.lower_ in _neighbour_words() and t.dep_ in ("amod", "compound")
        for t in tok.doc[start : tok.i]
    )


@functools.cache
def _neighbour_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["neighbour_words"])


def beside_the_scene(found: list[tuple[Token, str]], carried: str | None) -> bool:
    """The sentence names only places beside the area of the place ``carried`` so far: the
    place carried goes on past it."""
    return carried is not None and bool(found) and all(a_neighbours_place(t) for t, _ in found)


def told_beside(sentence: str, where: str) -> bool:
    """The sentence writes the figure's place with a word that puts it beside the report's
    area ("... killed in neighbouring Kwara State"): an aside's own place, not the scene's."""
    name = where.split(",", 1)[0].strip()
    return written_with(sentence, name_spans(sentence, name, fold=True), before=_beside())


@functools.cache
def _beside() -> re.Pattern[str]:
    """A neighbour word and the space after it, up to where the name is written: compiled
    once, the name found by itself (``told_beside`` runs per claim, on many names)."""
    words = "|".join(sorted(_neighbour_words()))
    return re.compile(rf"\b(?:{words})\s+\Z", re.IGNORECASE)
