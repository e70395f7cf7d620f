"""A community named by the people who live there, for ``unlabelled_places``: "Residents of
Karu in Ido area of Oyo State say gunmen killed six": a name its residents are "of", that the
sentence puts in a wider unit (an area, a district, a state), is the community they speak
for, a place narrower than the unit, whatever NER made of the name (a person's, or nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.name_roles import name_start
from core.extract.place_roles import locality_nouns
from core.extract.place_words import a_residence, lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels of a unit's name after "in" ("in Ido", "in Oyo State" read as a body's).
_UNIT_LABELS = frozenset({"GPE", "LOC", "ORG"})


def dwellers_community(tok: Token, start: int) -> tuple[Token, str] | None:
    """ "Residents of Karu in Ido area", "villagers of Tanke in Oyo State": the proper name
    (its last word) that residents are "of", placed "in" a named unit after it, written with
    the unit ("Karu, Ido area"). A person's home ("Jane Roe of Karu in Oyo") and a name with
    no unit after it are not taken, nor two communities ("villagers of X and Y in Z")."""
    if tok.i < start or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    if tok.dep_ != "pobj" or not a_residence(tok):
        return None
    owner = tok.head.head
    if owner.ent_type_ == "PERSON" or owner.like_num or any(c.dep_ == "conj" for c in tok.children):
        return None  # "groups of Kalikapur and Fatehpur villages in X clashed": X is the scene
    unit = _unit_after(tok, owner)
    if unit is None:
        return None
    doc = tok.doc
    name = doc[name_start(tok) : tok.i + 1].text
    return tok, f"{name}, {doc[unit.left_edge.i : unit.i + 1].text}"


def without_units_of_communities(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Residents of Karu in Ido area of Oyo State": the unit (and what holds it) only says
    where the community lies, which is the place."""
    units = [
        unit
        for tok, _ in found
        if tok.dep_ == "pobj" and (unit := _unit_after(tok, tok.head.head)) is not None
        and a_residence(tok)
    ]
    return [
        (tok, name)
        for tok, name in found
        if not any(u.head.left_edge.i <= tok.i <= u.head.right_edge.i for u in units)
    ]


def _unit_after(tok: Token, owner: Token) -> Token | None:
    """The named unit "in" which the name is put, right after it."""
    # the parser hangs "in" on the name or on the residents
    preps = [c for c in (*tok.rights, *owner.rights) if c.i > tok.i and c.dep_ == "prep"]
    if not preps or preps[0].lower_ != "in":
        return None
    obj = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None
    if obj.pos_ == "PROPN" and obj.ent_type_ in _UNIT_LABELS:
        return obj
    units = lexicon_places().area_nouns | locality_nouns()
    named = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in obj.lefts)
    return obj if obj.lower_ in units and named else None
