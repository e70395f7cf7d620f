"""People a hospital took in: "the hospital received three patients", "the clinic said it had
admitted five soldiers" are hurt, counted where they were treated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import people_noun
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

# "it had received five": the pronoun stands for the place that says so
PLACE_PRONOUNS = frozenset({"it", "we"})


def admitted(verb: Token) -> Measure | None:
    """Injured when a place of care takes in the verb's people (its object, people or a
    bare numeral): "the hospital received three patients"; not "received 200 donations",
    nor "the school received three students"."""
    if verb.lemma_.lower() not in word_set("measures", "admission_verbs"):
        return None
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    patients = word_set("measures", "admission_nouns")
    if not taken or not all(people_noun(c) or c.lemma_.lower() in patients for c in taken):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_care_place(s) for s in subjects):
        return "injured"
    said_by = verb.head if verb.dep_ == "ccomp" else None
    if said_by is None or not any(s.lower_ in PLACE_PRONOUNS for s in subjects):
        return None
    speakers = [c for c in said_by.children if c.dep_ == "nsubj"]
    return "injured" if any(_care_place(s) for s in speakers) else None


def _care_place(noun: Token) -> bool:
    """ "the hospital", "San Jose University Hospital", "the trauma centre"."""
    places = word_set("measures", "care_places")
    return noun.lemma_.lower() in places or any(
        c.dep_ in ("compound", "amod") and c.lower_ in places for c in noun.children
    )
