"""The area of a police station where something happened, for ``claim_places``: South Asian
copy places an incident "within the limits of Durrani police station" or "in Kot Sabzal
police station limits", naming no village; the station's name is the locality a checker
files it under. Not where a case was registered ("filed a case at X police station"), nor a
station said of a place another name gives ("Killi Sardar, a village in the limits of X
police station": the village is the place).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.nlp import word_ids, words_in
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True)
class _Words:
    stations: frozenset[str]  # "station", "ps", "thana"
    areas: frozenset[str]  # "limits", "jurisdiction"
    prepositions: frozenset[str]  # "within", "in", "under"


@functools.cache
def _words() -> _Words:
    raw = load_rules("places")["station_areas"]
    return _Words(
        stations=frozenset(raw["stations"]),
        areas=frozenset(raw["areas"]),
        prepositions=frozenset(raw["prepositions"]),
    )


@functools.cache
def _station_ids() -> frozenset[int]:
    return word_ids(_words().stations)


_CLIMB = 3  # heads from the area noun to the preposition: "within the limits of X station"


def station_areas(sent: Span, start: int) -> list[tuple[Token, str]]:
    """The police stations' areas the sentence places something in, after ``start``: the
    area noun (where the place stands in the parse) and the station's name."""
    words = _words()
    found: list[tuple[Token, str]] = []
    for tok in words_in(sent, _station_ids()):  # a Token built only for a station noun
        if tok.i < start:
            continue
        name = _station_name(tok)
        area = _area_of(tok, words)
        if name and area is not None and _placed(area, words):
            found.append((area, name))
    return found


def _station_name(station: Token) -> str | None:
    """ "Kot Sabzal" of "Kot Sabzal police station": the capitalised words before it."""
    doc, first = station.doc, station.i
    if first > 0 and doc[first - 1].lower_ == "police":
        first -= 1
    end = first
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    return doc[first:end].text if first < end else None


def _area_of(station: Token, words: _Words) -> Token | None:
    """The area noun the station names: "the limits of X station", "X station limits"."""
    nxt = station.nbor() if station.i + 1 < len(station.doc) else None
    if nxt is not None and nxt.lower_ in words.areas and station.head.i == nxt.i:
        return nxt  # "in X police station limits"
    prep = station.head
    if station.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in words.areas:
        return prep.head  # "within the limits of X police station"
    return None


def _placed(area: Token, words: _Words) -> bool:
    """The area noun is where something is, not a description of another place ("a village
    in the limits of X")."""
    if area.dep_ != "pobj" or area.head.lower_ not in words.prepositions:
        return False
    head = area.head.head
    for _ in range(_CLIMB):
        if head.dep_ == "appos":
            return False
        if head.head.i == head.i:
            break
        head = head.head
    return True
