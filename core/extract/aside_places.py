"""Places a sentence names that are not where its figures happened: a place described as
lying beside another ("a town near the border with X"), the county a sheriff or prosecutor
serves, a sea beside a place pointed to by its kind ("this island in the Arabian Sea"), a
person's home town beside the town where it happened. Moved out of ``claim_places.py``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.place_descriptions import place_kinds
from core.extract.place_roles import a_county, a_county_office
from core.extract.place_words import a_persons_town
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_DESCRIPTION_DEPTH = 4  # nouns and prepositions from the name up to the description


def bordering(tok: Token, found: list[tuple[Token, str]]) -> bool:
    """ "in Tajazai, a remote town near the border with X": a place in the description of
    another place the sentence names lies beside it; the described place is the scene."""
    words: set[str] = set()
    head = tok
    for _ in range(_DESCRIPTION_DEPTH):
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if head.dep_ != "pobj":
            break
        words |= {head.head.lower_, head.lower_}
        head = head.head.head
        if head.dep_ == "appos":
            described = head.head
            return bool(words & _beside_words()) and any(t.i == described.i for t, _ in found)
    return False


def without_agency_counties(
    found: list[tuple[Token, str]], home: str | None
) -> list[tuple[Token, str]]:
    """ "Tulare County Sheriff Jane Roe said two were stabbed", "shot by a Tulare deputy":
    the county of a sheriff, coroner or prosecutor names whom the office serves, the whole
    county (named like its seat); the report's town (its dateline, or the town it names
    most) says more of where it happened."""
    town = places.resolve(home) if home else None
    if town is None or town.level != "city":
        return found
    return [
        (tok, name)
        for tok, name in found
        if not (
            (a_county(name) or name != home)
            and tok.i + 1 < len(tok.doc)
            and a_county_office(tok.doc[tok.i + 1])
        )
    ]


def without_waters(sent: Span, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "An aftershock rocked this island in the Arabian Sea": a sea the sentence names beside
    a place it points to by its kind ("this island", "the port") says where that place lies;
    the place is the one the report named before."""
    waters = [(t, n) for t, n in found if n.split()[-1].lower() in _water_nouns()]
    if not waters:
        return found  # no sea named: nothing to read of the sentence's words
    pointed = any(
        t.lemma_.lower() in place_kinds()
        and t.dep_ in ("dobj", "nsubj", "nsubjpass")  # "in the province" points elsewhere
        and any(c.dep_ == "det" and c.lower_ in ("this", "the") for c in t.children)
        for t in sent
    )
    return [p for p in found if p not in waters] if pointed else found


@functools.cache
def _beside_words() -> frozenset[str]:
    """ "near the border with X", "on the edge of Y": ``rules/places.json`` "beside_words"."""
    return frozenset(str(w) for w in load_rules("places")["beside_words"])


@functools.cache
def _water_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["water_nouns"])


def without_residents(found: list[tuple[Token, str]], home: str | None) -> list[tuple[Token, str]]:
    """ "A Dayton man was shot in Kettering": where a person lives or works is not where it
    happened when the sentence or the report names another town; "a Pacific island" is
    given the name the report gives it later (``with_described`` did)."""
    lived = [(tok, name) for tok, name in found if a_persons_town(tok)]
    if not lived:
        return found
    if len(lived) < len(found) or (home and not any(home.startswith(n) for _, n in lived)):
        return [(tok, name) for tok, name in found if (tok, name) not in lived]
    return found
