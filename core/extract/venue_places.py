"""The place the next sentence gives a building a figure's sentence left in a wide area
(issue #11, place): "40 were killed when shells landed outside a school" in a report on a
country or a region, then "the shells struck the school in Tarvo camp": the figures are
filed under the camp. A checker files by the most specific place the text names for the
scene."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from core.extract.claim_places import place_mentions
from core.extract.place_words import LOCATIVE_PREPS
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Claim

# A place of these levels says only the area a building stands in.


@dataclasses.dataclass(frozen=True, slots=True)
class Venue:
    """Buildings a sentence sets its figures at ("outside a school"), and the indices of
    its claims that name no more than a wide area or a town the scene is near."""

    nouns: frozenset[str]
    claims: tuple[int, ...]


def venue_of(sent: Span, claims: list[Claim], first: int) -> Venue | None:
    """The buildings of a sentence with figures, and its claims (``first`` on, in the
    document's list) left in a wide area or near a town."""
    nouns = frozenset(
        tok.lemma_.lower()
        for tok in sent
        if tok.pos_ == "NOUN" and _placed(tok) and _indefinite(tok)
    )
    near = {_name(tok) for tok in sent if tok.dep_ == "pobj" and tok.head.lower_ == "near"}
    wide = tuple(
        first + n
        for n, claim in enumerate(claims[first:])
        if claim.location and (_wide(claim.location) or claim.location.split(",")[0] in near)
    )
    return Venue(nouns, wide) if nouns and wide else None


def with_venue_place(
    claims: list[Claim], venue: Venue, sent: Span, home: str | None
) -> list[Claim]:
    """The claims, those of ``venue`` filed under the place the next sentence (``sent``)
    puts the same building in ("the school in Tarvo camp"), if it does."""
    place = _building_place(sent, venue.nouns, home)
    if place is None:
        return claims
    return [
        dataclasses.replace(c, location=place) if n in venue.claims else c
        for n, c in enumerate(claims)
    ]


def _building_place(sent: Span, nouns: frozenset[str], home: str | None) -> str | None:
    for tok, name in place_mentions(sent, home=home):
        prep = tok.head
        building = prep.head
        if (
            tok.dep_ == "pobj"
            and prep.lower_ == "in"
            and building.lemma_.lower() in nouns
            and any(c.dep_ == "det" and c.lower_ == "the" for c in building.children)
        ):
            return name
    return None


def _placed(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS | {"outside"}


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _name(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _wide(location: str) -> bool:
    place = places.resolve(location)
    return place is not None and place.level in places.WIDE_LEVELS
