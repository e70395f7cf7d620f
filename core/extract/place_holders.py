"""The place that holds a locality, as its sentence writes it ("the Mir Ali area of North
Waziristan district", "Dalbandi, a village in Kech district", "Gaza City's Shati camp"), for
``claim_places``: a checker files the locality with its holder."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.place_roles import an_areas_name, locality_nouns, province_in
from core.extract.place_words import lexicon_places
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


_SEATS = frozenset({"capital", "headquarters"})  # a town said to be the seat of its holder


def with_holder(tok: Token, name: str) -> str:
    """ "the Mir Ali area of North Waziristan district", "Dalbandi, a village in Kech
    district": a locality written with the place its sentence says holds it, which says
    more than the report's town (often only where the newsroom is)."""
    noun, apposed = _holder_noun(tok)
    if "," in name:
        return name
    named_by = _its_name(tok, name)  # "the village of X in Y district": "of X" names it
    noun = tok if named_by is not None else noun
    if (bracketed := _bracketed_holder(tok)) is not None:
        return f"{name}, {bracketed}"  # "Zarghun Kot (Zhob district)"
    if noun is None:
        holder = _owning_town(tok) or province_in(tok, name) or venues_town(tok, name)
        return f"{name}, {holder}" if holder else name
    # "Pirwala, a hamlet near Multan": a village is filed under the town it lies near
    preps = ("of", "in", "near") if apposed else ("of", "in")
    for prep in _holder_preps(noun, named_by):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            named = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or named):
                first = min((t.left_edge.i for t in named), default=obj.i)
                while first > 0 and an_initial(tok.doc[first - 1]):
                    first -= 1  # "D I Khan district": the initials the parser reads apart
                holder = tok.doc[first : obj.i + 1].text
                if prep.lower_ != "near" or _a_town_or_unit(holder):
                    return f"{name}, {holder}"
    # "Peshawar's Kocha Risaldar area", NER taking it for a name; "Tank district's X area"
    owner = _owning_town(noun) or _owning_unit(noun)
    return f"{name}, {owner}" if owner else name


def _its_name(tok: Token, name: str) -> Token | None:
    """The "of" that names a place by its kind ("the village of X"): the kind noun is the
    place, its other prepositions say what holds it."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _appositive_kinds():
        return None
    return next(
        (
            prep
            for prep in tok.rights
            if prep.lower_ == "of"
            and any(c.dep_ == "pobj" and c.text in name for c in prep.children)
        ),
        None,
    )


def _holder_noun(tok: Token) -> tuple[Token | None, bool]:
    """The kind word whose prepositions may name what holds a place, and whether it is an
    appositive ("Charikar, a town in Parwan") rather than the place's own noun ("the Mir
    Ali area of ...")."""
    # the locality is named before its noun ("the Mir Ali area"), not after ("the town of X")
    has_name = any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or an_areas_name(c, tok) for c in tok.lefts
    )
    if has_name and (tok.lower_ in locality_nouns() or _a_kind_after(tok)):
        return tok, False
    if tok.pos_ != "PROPN":
        return None, False
    areas = lexicon_places().area_nouns | holder_kinds() | _appositive_kinds() | _SEATS
    # "Charikar, a town in Parwan", "Mehtarlam, the provincial capital of Laghman"
    nouns = [c for c in tok.rights if c.dep_ == "appos" and c.lower_ in areas]
    return (nouns[0], True) if nouns else (None, True)


def _a_town_or_unit(text: str) -> bool:
    """What a village "near" it is filed under: a town or a unit, not a landmark ("a
    community near the Cincinnati airport" lies in no airport)."""
    place = places.lookup(text)  # the whole name: "Cincinnati airport" is no town
    return an_admin_unit(text) or (place is not None and place.level in ("city", "district"))


@functools.cache
def holder_kinds() -> frozenset[str]:
    """Kinds of a place named with what holds it ("a community in X LGA", "Y community of X
    LGA"): ``rules/places.json`` holder_kinds."""
    return frozenset(str(w) for w in load_rules("places")["holder_kinds"])


@functools.cache
def _appositive_kinds() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["appositive_kinds"])


def _a_kind_after(noun: Token) -> bool:
    """ "Tungan Kudu community of Bakura LGA": a kind word after a name the gazetteer lacks;
    after a known town the name is the holder's ("the Gaza City neighbourhood of X")."""
    if noun.lower_ not in holder_kinds():
        return False
    named = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return bool(named) and not places.candidates(noun.doc[named[0].left_edge.i : noun.i].text)


def _bracketed_holder(tok: Token) -> str | None:
    """ "in Zarghun Kot (Zhob district)", "Gulabad village (Lower Dir)": the unit a village
    is set in, written in brackets after it: a named unit below a province, or a place the
    gazetteer knows that is no smaller than a town."""
    doc = tok.doc
    for appos in (c for c in tok.rights if c.dep_ == "appos"):
        # the brackets hang on the appositive or on the name: the words between them
        first = appos.left_edge.i + (doc[appos.left_edge.i].text == "(")
        last = appos.right_edge.i - (doc[appos.right_edge.i].text == ")")
        if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "(":
            continue
        if doc[last + 1].text != ")" or not doc[first].text[:1].isupper():
            continue
        text = doc[first : last + 1].text
        held, own = places.resolve(text), places.resolve(tok.text)
        if an_admin_unit(text) or (held is not None and (own is None or held.key != own.key)):
            return text
    return None


def _owning_unit(tok: Token) -> str | None:
    """ "in Swat district's Kabal area", "Sylhet upazila's X union": a unit below a province,
    named with its kind, owning a part of it; written after the part as a checker files it."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    named = [c for c in owner.lefts if c.dep_ == "compound"] if owner is not None else []
    if owner is None or not named or any(t.pos_ != "PROPN" for t in named):
        return None
    name = tok.doc[named[0].left_edge.i : owner.i + 1].text  # "East Singhbhum district"
    return name if an_admin_unit(name) else None


def an_initial(tok: Token) -> bool:
    """ "D" or "I" of "D I Khan": a town's initial written apart."""
    return len(tok.text) == 1 and tok.text.isupper()


def _holder_preps(noun: Token, named_by: Token | None = None) -> list[Token]:
    """The prepositions that may name what holds a place noun: its own but the one that
    names it (``named_by``), and those of the people it counts ("a town of 12,000 people
    in Yazd province")."""
    preps = [r for r in noun.rights if r != named_by]
    for prep in preps[:]:
        if prep.lower_ == "of":
            counted = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            preps += [r for c in counted if any(n.dep_ == "nummod" for n in c.children)
                      for r in c.rights if r.lower_ == "in"]
    return preps


def _owning_town(tok: Token) -> str | None:
    """ "in Gaza City's Shati camp", "Lahore's Ichhra neighbourhood": the town owning a part of
    it, written after the part as a checker files it; a district owning a stretch named by
    its kind ("Khyber's Tirah valley": the district tells where the valley is) (a province
    owning a district stays out: the district says more)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    # NER may take the town for a body's name ("Bannu's Sokari area"): the gazetteer says
    owner = next(
        (c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC", "ORG")),
        None,
    )
    if owner is None or places.candidates(tok.doc[owner.left_edge.i : tok.i + 1].text):
        return None  # "Cox's Bazar": one name
    if owner.ent_type_ == "ORG" and any(c.dep_ in ("det", "prep") for c in owner.children):
        return None  # "the University of Ohio's Lima campus": a body owns it, not a town
    name = tok.doc[owner.left_edge.i : owner.i + 1].text
    town = places.resolve(name)
    if town is None:
        return None
    owns = town.level == "city" or (town.level == "district" and tok.pos_ == "NOUN")
    return name if owns else None


# the kinds of name a venue's or a street's is (the recogniser's); a town after "in" holds it
_VENUE_LABELS = frozenset({"FAC", "ORG"})
_TOWN_LEVELS = frozenset({"city", "district"})
# what the recogniser gives a town it found ("GPE"), or a time that is no town ("in March")
_FOUND_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME"})


def venues_town(tok: Token, name: str, *, labelled: bool = True) -> str | None:
    """ "on Jefferson Avenue in Newport News" (the town taken for a body's name), "at Lincoln
    High School in Tacoma" (a lead's venue): the town a named venue or street (``tok`` its
    last word; an entity of a venue's kind unless not ``labelled``, a lead's venue) stands in,
    told after "in", which files it; a checker reads both."""
    if (labelled and tok.ent_type_ not in _VENUE_LABELS) or places.lookup(name) is not None:
        return None
    for prep in tok.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # a town the recogniser found is a place of its own, which the sentence's reader
        # prefers to a venue abroad of the districts' countries ("at Smith Park in Dallas")
        if prep.lower_ != "in" or obj is None or obj.pos_ != "PROPN" or (
            labelled and obj.ent_type_ in _FOUND_LABELS
        ):
            continue
        words = tok.doc[obj.left_edge.i : obj.i + 1].text
        town = places.lookup(words)
        if town is not None and town.level in _TOWN_LEVELS:
            return words
    return None
