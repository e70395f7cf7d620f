"""A person's full name NER took for a body's or a place's ("Dion Marsh died", "the killing
of Dion Marsh", the name read as an organisation's), for ``victim_names.one_victim``: whom a
casualty predicate or a harm noun ("the killing of", "the death of") befell is a person, so two
or three capitalised proper nouns there name one unless the gazetteer knows them as a place or
their last word is what a body is called ("the Harbour Clan", "the City Council")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.listed_people import PEOPLE_MEASURES
from core.extract.measures import lexicon
from core.extract.venue_towns import premises_nouns
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The labels NER gives an unusual personal name by mistake.
MISREAD_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP", "LOC"})
NAME_WORDS = (2, 3)  # a given name, maybe a middle one, and a family name
NAME = "name"  # how ``victim_names.one_victim`` tells a person named


def misread_name(victim: Token) -> tuple[Span, str] | None:
    """The full name ``victim`` ends, when NER read it as no person's (see the module)."""
    if victim.pos_ != "PROPN" or victim.ent_type_ not in MISREAD_LABELS:
        return None
    first = victim.i
    # the tagger may take an unusual given name for an adjective ("Lavonte Reese")
    while first > 0 and victim.doc[first - 1].dep_ == "compound" and (
        victim.doc[first - 1].head.i == victim.i
    ):
        first -= 1
    words = victim.doc[first : victim.i + 1]
    if len(words) not in NAME_WORDS or not all(
        w.is_alpha and w.is_title and w.ent_type_ == victim.ent_type_ for w in words
    ):
        return None
    if words[-1].lower_ in body_name_words() or places.lookup(words.text) is not None:
        return None
    if any(c.dep_ in ("det", "poss") for c in victim.children):
        return None  # "the Harlow Arms": a thing with an article
    return words, NAME


# How a person's name hangs on the verb that harms or arrests them.
_PERSON_DEPS = frozenset({"dobj", "nsubjpass"})


# The rule tables whose words end a body's, a building's or a street's name, never a person's.
_BODY_TABLES = ("organisation_nouns", "body_words", "scene_nouns", "street_suffixes")


@functools.cache
def body_name_words() -> frozenset[str]:
    rules = load_rules("places")
    return frozenset(str(w) for table in _BODY_TABLES for w in rules[table]) | premises_nouns()


def a_person_harmed(ent: Span) -> bool:
    """ "police arrested 19-year-old Dion Marsh", "Dion Marsh was shot": a full name the
    gazetteer does not know, the object or passive subject of a verb that counts people (no
    town is arrested or shot), is a person's, whatever NER labelled it (for the places)."""
    root = ent.root
    verb = root.head
    return (
        root.dep_ in _PERSON_DEPS
        and verb.pos_ == "VERB"
        and lexicon().verbs.get(verb.lemma_.lower()) in PEOPLE_MEASURES
        and misread_name(root) is not None
    )
