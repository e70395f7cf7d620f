"""Units of administration the recogniser or the tagger misread, so that no other reader of
places takes their name for one: a unit noun read as an adverb ("in Rowmari upazila"), a unit
taken whole for a body ("Bakori LGA"), a name cut into pieces ("Takht Bhai tehsil") or taken for
a people's ("the Wadajir district"). ``admin_units`` files such a unit's chain even alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import LOCATIVE_PREPS
from core.text.nationalities import nationality

if TYPE_CHECKING:
    from spacy.tokens import Doc


def misread_unit(doc: Doc, end: int) -> bool:
    """ "in Rowmari upazila", "in Kalat tehsil": a unit whose noun the tagger read as an
    adverb or an adjective, so that no other reader takes the name for a place."""
    return doc[end - 1].pos_ not in ("NOUN", "PROPN")


def misread_body(doc: Doc, start: int, end: int, units: frozenset[str]) -> bool:
    """ "in an ambush in Bakori LGA": a unit NER took whole for a body (an ORG ending with
    the unit's noun, nothing after it), so that no other reader takes it for a place."""
    unit = doc[start:end]
    return (
        len(unit) > 1
        and all(t.ent_type_ == "ORG" for t in unit)
        and doc[start].ent_iob_ == "B"
        and (end >= len(doc) or doc[end].ent_iob_ != "I")
        and doc[end - 1].lower_ in units
    )


def split_name(doc: Doc, start: int, end: int) -> bool:
    """ "in Takht Bhai tehsil": a unit whose name NER cut into pieces (two places, or a place
    and a word of no entity), so that the readers of entities would take a piece for it."""
    name = doc[start : end - 1]
    # proper nouns only: "In Suka Makmur village" opens a sentence with a capital "In"
    return len(name) > 1 and all(t.pos_ == "PROPN" for t in name) and (
        sum(t.ent_iob_ == "B" for t in name) > 1
        or len({bool(t.ent_type_) for t in name}) > 1
    )


def misread_name(doc: Doc, start: int, end: int) -> bool:
    """ "in the Wadajir district": a unit whose name NER took for a people's (a proper noun,
    not a people's adjective), so that no other reader takes the name for a place."""
    name = doc[start : end - 1]
    return len(name) > 0 and all(
        t.ent_type_ == "NORP" and t.pos_ == "PROPN" and not nationality(t.lower_) for t in name
    )


def misread_before_unit(doc: Doc, start: int, end: int) -> bool:
    """ "in Domel tehsil": a unit whose name NER took whole for a body's or a person's, its
    noun left outside the entity, so that no other reader takes the name for a place."""
    name = doc[start : end - 1]
    before = doc[start - 1] if start > 0 else None
    return (
        len(name) > 0
        # right after a locative ("in Domel tehsil"); not "the katcha area of X district",
        # where the district only holds the area
        and before is not None
        and before.lower_ in LOCATIVE_PREPS
        and not doc[end - 1].ent_type_
        and doc[start].ent_iob_ == "B"
        and all(t.ent_type_ in ("ORG", "PERSON") and t.pos_ == "PROPN" for t in name)
    )
