"""Places a description measures another from: "in Balad, a town 40 km north of the capital
X", "in Afgoye, a town 30 km west of Y", "in Z, a coastal strip on the outskirts of W".
The town a direction or a distance runs from says where the described place lies; the
described place is the scene."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.area_roles import a_place_near
from core.extract.place_roles import locality_nouns
from core.extract.place_words import lexicon_places, locative
from core.extract.road_ends import hyphened
from core.extract.scene_words import spot_words
from core.rules import load_rules, word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# not "the capital of X": a described town's capital-of is what holds it
_HOLDING_HEADS = frozenset({"capital"})


def lying_from(tok: Token, found: Sequence[tuple[Token, str]]) -> bool:
    """The place is what a direction or distance in the description of another place the
    sentence names runs from ("a town 90 km north of X"): not the scene."""
    if _a_landmark_near(tok, found):
        return True
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


def _a_landmark_near(tok: Token, found: Sequence[tuple[Token, str]]) -> bool:
    """ "near the busy Y4 junction in the Tarn district": a landmark (a common noun, not a
    unit) the scene is near, written with the unit it stands in: the unit is the scene's."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in _near_words():
        return False
    if tok.lower_ in lexicon_places().area_nouns or tok.lower_ in locality_nouns():
        return False  # "near Tarn town in Wend district": the town is where it was
    units = {t.i for t, _ in found if t.i != tok.i}
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.i in units for o in p.children)
        for p in tok.children
    )


@functools.cache
def _near_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["nearby_prepositions"]) - {"outside"}


def _set_off(word: Token) -> bool:
    """A direction set off by a comma right after the place it describes (", south of Y"),
    whichever word the parser hangs it on."""
    # ", about 15 km south of Y": the distance the direction is measured with opens it
    start = min((c.left_edge.i for c in word.lefts if c.dep_ in _MEASURE_DEPS), default=word.i)
    return start > 0 and word.doc[start - 1].text == ","


# How a distance hangs on its direction ("15 km south", "about 15 km south").
_MEASURE_DEPS = frozenset({"npadvmod", "advmod"})


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


def placed_by_another(
    tok: Token, found: Sequence[tuple[Token, str]], report_placed: bool = False
) -> bool:
    """The place only says where another the sentence names lies: the town a distance runs
    from, the place a description measures from, a town a road is named after.
    ``report_placed``: the report has a place of its own (its dateline's)."""
    return (
        locating_another(tok, found)
        or lying_from(tok, found)
        or naming_a_road(tok, found, report_placed=report_placed)
    )


def naming_a_road(
    tok: Token, found: Sequence[tuple[Token, str]], *, report_placed: bool = False
) -> bool:
    """ "on the Nairobi-Nakuru highway near Naivasha": a town in the name of a road it joins
    gives way to another place the sentence names (``road_nouns``); one end of a road joining
    two towns, to the report's own place, when it has one: with none, the road's ends are
    all a reader learns of where it was ("on the Kaduna-Abuja highway")."""
    node = tok
    while node.dep_ in ("compound", "nmod", "amod") and node.head.i != node.i:
        node = node.head  # "Nairobi" < "Nakuru" < "highway"
    if node.i == tok.i or node.lower_ not in word_set("places", "road_nouns"):
        return False
    road = range(node.left_edge.i, node.i + 1)
    # "near Gilgil"; not "a bus heading to Kampala", where it went
    return any(t.i not in road and locative(t) for t, _ in found) or (
        report_placed and _joining_towns(tok, node)
    )


def _joining_towns(tok: Token, road: Token) -> bool:
    """ "on the Mumbai-Agra highway": a town named with another by a hyphen in a road's name
    is one end of a road that may run hundreds of kilometres, no more the scene than the
    other end; not a town whose own name holds a hyphen ("the Winston-Salem highway", "the
    Dera-Ismail-Khan road": any run of the joined words with the town's that the gazetteer
    knows as one place)."""
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and hyphened(doc, start - 1):
        start -= 2
    while end + 2 <= road.i and hyphened(doc, end + 1):
        end += 2
    if start == end:
        return False
    return not any(
        places.lookup(doc[a : b + 1].text) is not None
        for a in range(start, tok.i + 1, 2)
        for b in range(max(tok.i, a + 2), end + 1, 2)
    )
