"""Places a description measures another from: "in Balad, a town 40 km north of the capital
X", "in Afgoye, a town 30 km west of Y", "in Z, a coastal strip on the outskirts of W".
The town a direction or a distance runs from says where the described place lies; the
described place is the scene."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.place_roles import a_place_near
from core.extract.scene_words import spot_words
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# not "the capital of X": a described town's capital-of is what holds it
_HOLDING_HEADS = frozenset({"capital"})


def lying_from(tok: Token, found: Sequence[tuple[Token, str]]) -> bool:
    """The place is what a direction or distance in the description of another place the
    sentence names runs from ("a town 90 km north of X"): not the scene."""
    node = tok
    while node.dep_ in ("appos", "compound") and node.head.i != node.i:
        node = node.head  # "the capital X", "X city"
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    held_by = node.head.head
    if held_by.lemma_.lower() not in _reference_words() and held_by.lower_ not in (
        _reference_words()
    ):
        return False
    if held_by.lower_ in places.compass_words():
        if any(c.dep_ == "det" for c in held_by.children):
            return False  # "in the south of X": a part of X, which holds it
        if _set_off(held_by):
            return True  # "the X camp, south of Y city": the direction describes what precedes it
    described = {t.i for t, _ in found if t.i != tok.i}
    return any(a.i in described for a in held_by.ancestors)


def _set_off(word: Token) -> bool:
    """A direction set off by a comma right after the place it describes (", south of Y"),
    whichever word the parser hangs it on."""
    return word.i > 0 and word.doc[word.i - 1].text == ","


@functools.cache
def _reference_words() -> frozenset[str]:
    """A side, a distance or the edge a place is described by (``reference_heads`` of the
    report scene's table, with the compass words)."""
    return (spot_words().reference_heads | places.compass_words()) - _HOLDING_HEADS


def locating_another(tok: Token, found: Sequence[tuple[Token, str]]) -> bool:
    """ "in Mattani, some 20 km from Peshawar": the town a distance runs from says where the
    place before it lies, which is the scene (the parser hangs the distance on that place,
    or its "from")."""
    if not a_place_near(tok):
        return False
    held = tok.head.head  # "km" of "from Peshawar", or "Mattani" itself
    if held.dep_ == "appos":
        held = held.head
    return held.i != tok.i and any(t.i == held.i for t, _ in found)
