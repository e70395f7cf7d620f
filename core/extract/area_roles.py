"""A place that names an area about a figure rather than the town where it happened, for
``claim_places`` (moved out of ``place_roles``): a tally across a whole area ("40 killed
across the country"), a figure set in a whole province, a place near a town ("75 km from
Quetta") and the province it is filed under.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.dual_provinces import PROVINCE_NOUNS
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def a_tally_area(tok: Token, anchor: Token) -> bool:
    """ "40 killed in attacks across the country", "the riots in cities throughout Punjab
    left 70 hurt", "storms battered parts of Sindh, killing 9": the figure at ``anchor``
    tallies a whole area, not an incident in one town of it; "a killing sparked riots across
    Greece" is not such a tally."""
    while (tok.dep_ in ("compound", "nmod") or _a_name_as_adjective(tok)) and (
        tok.head.i != tok.i
    ):
        tok = tok.head  # "Kech" of "across Kech and Panjgur districts"
    share = area_share(tok)
    if share is not None and share.dep_ == "dobj":
        # "rains lashed parts of Punjab, killing 15": the share the verb of the figure's
        # clause struck
        return share.head.i in _clauses_of(anchor)
    if share is not None:
        tok = share  # "killed 9 in parts of Sindh"
    preps = _SHARE_PREPS if share is not None else _TALLY_PREPS
    if tok.dep_ != "pobj" or tok.head.lower_ not in preps:
        return False
    top = tok
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:
        top = top.head  # up "in cities across the country" to what it qualifies
    near = _clauses_of(anchor)
    return top.i in near or top.head.i == anchor.i or (
        top.dep_ in ("nsubj", "nsubjpass") and top.head.i in near
    )


def _a_name_as_adjective(tok: Token) -> bool:
    """ "Punjab" of "Punjab province", which the parser reads as a nationality's adjective."""
    return tok.dep_ == "amod" and tok.pos_ == "PROPN"


def _clauses_of(anchor: Token) -> set[int]:
    """The clauses the figure at ``anchor`` stands in; a harm that is the subject of what
    followed ("the shooting sparked riots across Greece") stands in none of them."""
    near = {anchor.i}
    if anchor.dep_ != "nsubj":
        near.update(t.i for t in anchor.ancestors)
    return near


def area_share(tok: Token) -> Token | None:
    """ "parts" of "parts of Punjab", "much" of "much of Kerala": a share of the area ``tok``
    names, which spans more than one town of it."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    return of.head if of.head.lower_ in _share_words() else None


@functools.cache
def _share_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["area_share_words"])


# Prepositions that set a figure in a share of an area ("in parts of", "through much of").
_SHARE_PREPS = frozenset({"across", "throughout", "in", "through", "over", "into"})


_TALLY_PREPS = frozenset({"across", "throughout"})


# Prepositions that set a figure in the area they govern ("killed in Sindh", "across Punjab").
_WHERE_PREPS = frozenset({"in", "inside", "across", "throughout"})


def a_province_where(tok: Token, name: str) -> bool:
    """ "killed in Nangarhar province", "across the province of Sindh": the sentence sets the
    figure in a whole province, which a town datelining the report does not replace; "a
    Connecticut nightclub" or "killed in Massachusetts" in a Springfield report only names
    the state of the town."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Nangarhar" up to "province"
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PROVINCE_NOUNS:
        head = of.head  # "Sindh" up to "the province of"
    if head.dep_ != "pobj" or head.head.lower_ not in _WHERE_PREPS:
        return False
    # "killed in Massachusetts" in a Springfield report is US local news naming the town's
    # state; a province written as one, or a spread across it, is the scene itself
    if head.lower_ not in PROVINCE_NOUNS and head.head.lower_ not in _TALLY_PREPS:
        return False
    place = places.resolve(name.split(",", 1)[0])
    return place is not None and place.level in ("admin1", "region")



# Units of a distance from a town ("75 km from Quetta").
_DISTANCE_UNITS = frozenset({"km", "kilometers", "kilometres", "miles", "mi"})


def a_place_near(tok: Token) -> bool:
    """ "75 km west of Quetta", "just east of Multan", "135 kilometres from Gwadar": the place
    is near the town, not in it."""
    for _ in range(3):  # up "the main city of Quetta" and "Quetta Jan. 4" (a day it took in)
        # "from the provincial capital(,) Banda Aceh": the name beside its common noun
        while (tok.dep_ == "compound" or (tok.dep_ == "appos" and tok.head.pos_ == "NOUN")) and (
            tok.head.i != tok.i
        ):
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "from"):
            return False
        held = tok.head.head
        if tok.head.lower_ == "from":
            return held.lower_ in _DISTANCE_UNITS or any(
                c.lower_ in _DISTANCE_UNITS
                for c in (*held.children, *tok.head.children)
                if c.dep_ == "npadvmod"
            )
        if held.lower_ in places.compass_words():
            return True
        tok = held
    return False


def near_place(name: str, doc: Doc, home: str | None = None) -> str:
    """Where a figure near the town ``name`` is filed: the province holding the town as the
    report writes it (its ``home``, or in ``doc``, the part of it parsed with the sentence),
    when it names it, else the town, the nearest place it names."""
    town = places.resolve(name)
    if town is None or town.level != "city" or not town.admin1:
        return name
    held = places.resolve(home) if home else None
    if home and (_holds_province(held, town.admin1) or _holds_town(held, town)):
        return home  # "HENRY COUNTY, Ind. – ... just east of Knightstown": the county
    for ent in doc.ents:
        # NER takes a province for a body now and then ("Khyber Pakhtunkhwa" as ORG)
        held = places.resolve(ent.text) if ent.label_ in ("GPE", "LOC", "ORG") else None
        if _holds_province(held, town.admin1):
            return re.sub(r"^(?:the )?|['’]s$", "", ent.text)
    return name


def _holds_town(place: places.Place | None, town: places.Place) -> bool:
    """A district or county the gazetteer knows holds the town."""
    return place is not None and place.level == "district" and place.key in town.chain


def _holds_province(place: places.Place | None, province: str) -> bool:
    """The province itself, or a region the gazetteer lists it in ("Maluku", "Papua")."""
    return place is not None and (place.key == province or province in place.members)
