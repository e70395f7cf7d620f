"""A chain of units held by an area the report named before, for ``claim_places``: "raided
X village in Y LGA of the state" files the village with the state the
report named ("Z State"), as a checker writes it whole; "the state" alone names nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admin_units import unit_chains
from core.extract.place_roles import remember_areas
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def with_area_holders(
    sent: Span, found: list[tuple[Token, str]], areas: dict[str, str] | None
) -> list[tuple[Token, str]]:
    """The places found, a chain of units that ends before "of the state" (or province,
    district) written with the area of that kind the report named, when the gazetteer
    does not put the chain elsewhere."""
    if not found:
        return found
    chains = unit_chains(sent)
    out: list[tuple[Token, str]] = []
    for tok, name in found:
        chain = next((c for c in chains if c[0] <= tok.i < c[1] and c[2] == name), None)
        noun = _area_after(sent, chain[1]) if chain is not None else None
        # the report's areas, else (a lead read before them) those the text named so far
        holder = ((areas or {}).get(noun) or _named_before(sent).get(noun)) if noun else None
        held = holder is not None and holder not in name and _may_hold(holder, name)
        out.append((tok, f"{name}, {holder}" if held else name))
    return out


def _area_after(sent: Span, end: int) -> str | None:
    """The kind of area "of the <kind>" right after a chain names ("state")."""
    doc = sent.doc
    if end + 2 >= sent.end or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
        return None
    noun = doc[end + 2]
    if noun.dep_ != "pobj" or noun.head.i != end or noun.pos_ != "NOUN":
        return None  # "of the state government": the area is not what the words name
    return noun.lower_


def _named_before(sent: Span) -> dict[str, str]:
    """The areas the text names by their kind, up to this sentence."""
    areas: dict[str, str] = {}
    for before in sent.doc.sents:
        if before.start > sent.start:
            break
        remember_areas(before, areas)
    return areas


def _may_hold(holder: str, name: str) -> bool:
    """Whether the area may hold the chain: no part of the chain the gazetteer knows lies
    outside it."""
    wide = places.resolve(holder)
    if wide is None:
        return False
    for part in name.split(", "):
        inner = places.resolve(part)
        if inner is not None and places.relation(wide, inner) not in ("contains", "unknown"):
            return False
    return True
