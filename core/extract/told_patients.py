"""People a care verb took to a place that tells their harm by itself: "a third victim was
rushed to a clinic" (the noun "victim" says the person was hit), "a man flown to the intensive
care unit" (a unit of the gravely hurt). A plain "a man was taken to a hospital" is
written of witnesses and suspects too ("for evaluation", "for questioning"), so a care verb
alone still counts no one; "for" a reason other than a wound names no harm either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT = "nsubjpass"
INTO = frozenset({"to", "into", "in"})  # "taken to the ICU", "put into intensive care"


def harm_told_by_care(verb: Token, places: list[Token]) -> bool:
    """Whether the person a passive care verb took to ``places`` (its places of care) was
    hurt, told by the place ("the intensive care unit", "a trauma center") or by the noun
    naming them ("a second victim was rushed to a hospital")."""
    if any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
        return False
    if any(grave_unit(o) for p in verb.children if p.dep_ == "prep" and p.lower_ in INTO
           for o in p.children if o.dep_ == "pobj"):
        return True  # "the intensive care unit" need not be named a hospital's
    if not places:
        return False
    subject = next((c for c in verb.children if c.dep_ == SUBJECT), None)
    nouns = word_set("measures", "hurt_person_nouns")
    return subject is not None and subject.lemma_.lower() in nouns


def grave_unit(place: Token) -> bool:
    """ "the intensive care unit", "the ICU", "a trauma center", "the burns unit": a place of
    care only the gravely hurt are taken to."""
    words = word_set("measures", "grave_care_words")
    modifiers = [c.lower_ for c in place.children if c.dep_ in ("compound", "amod")]
    if place.lower_ in words or any(m in words for m in modifiers):
        return True
    # "the burns unit", "a burn ward": a burn names a unit only before one ("the burn site")
    burns = word_set("measures", "burn_care_words")
    units = word_set("measures", "care_unit_nouns")
    return place.lower_ in units and any(m in burns for m in modifiers)
