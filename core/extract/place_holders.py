"""The place that holds a locality, as its sentence writes it ("the Mir Ali area of North
Waziristan district", "Dalbandi, a village in Kech district", "Gaza City's Shati camp"), for
``claim_places``: a checker files the locality with its holder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.place_roles import locality_nouns, province_in
from core.extract.place_words import lexicon_places
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


_SEATS = frozenset({"capital", "headquarters"})  # a town said to be the seat of its holder


def with_holder(tok: Token, name: str) -> str:
    """ "the Mir Ali area of North Waziristan district", "Dalbandi, a village in Kech
    district": a locality written with the place its sentence says holds it, which says
    more than the report's town (often only where the newsroom is)."""
    # the locality is named before its noun ("the Mir Ali area"), not after ("the town of X")
    has_name = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
    noun = tok if tok.lower_ in locality_nouns() and has_name else None
    if noun is None and tok.pos_ == "PROPN":
        areas = lexicon_places().area_nouns
        # "Charikar, a town in Parwan", "Mehtarlam, the provincial capital of Laghman"
        nouns = [c for c in tok.rights if c.dep_ == "appos" and c.lower_ in areas | _SEATS]
        noun = nouns[0] if nouns else None
    if "," in name:
        return name
    if noun is None:
        holder = _owning_town(tok) or province_in(tok, name)
        return f"{name}, {holder}" if holder else name
    for prep in _holder_preps(noun):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
            continue
        for obj in prep.children:
            named = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or named):
                first = min((t.left_edge.i for t in named), default=obj.i)
                while first > 0 and an_initial(tok.doc[first - 1]):
                    first -= 1  # "D I Khan district": the initials the parser reads apart
                return f"{name}, {tok.doc[first : obj.i + 1].text}"
    # "Peshawar's Kocha Risaldar area", NER taking it for a name; "Tank district's X area"
    owner = _owning_town(noun) or _owning_unit(noun)
    return f"{name}, {owner}" if owner else name


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


def _holder_preps(noun: Token) -> list[Token]:
    """The prepositions that may name what holds a place noun: its own, and those of the
    people it counts ("a town of 12,000 people in Yazd province")."""
    preps = list(noun.rights)
    for prep in preps[:]:
        if prep.lower_ == "of":
            counted = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            preps += [r for c in counted if any(n.dep_ == "nummod" for n in c.children)
                      for r in c.rights if r.lower_ == "in"]
    return preps


def _owning_town(tok: Token) -> str | None:
    """ "in Gaza City's Shati camp", "Lahore's Ichhra neighbourhood": the town owning a part of
    it, written after the part as a checker files it (a province owning a district stays out:
    the district says more)."""
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
    return name if town is not None and town.level == "city" else None
