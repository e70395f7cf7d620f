"""People buried: a count of the dead ("At least 17 people from the village had been buried by
Sunday", "villagers buried 12 of the victims"), unless buried alive or under what fell on them
("four were buried under the rubble" are trapped, not yet counted dead). Bodies never
recovered are no count of the dead found (``unrecovered``). A funeral or burial held for a
number of people counts the dead too ("the first funeral for 10 villagers": ``mourned``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.losses import bereaved
from core.extract.measures import Reading, lexicon, people_noun
from core.extract.nlp import negated
from core.model import Measure
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


def buried(verb: Token, node: Token, dep: str) -> Measure | None:
    """The dead a burial counts: the people a verb of burial takes as its object or passive
    subject, with no word of being buried alive or under something."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex.burial_verbs or dep not in ("dobj", "nsubjpass"):
        return None
    if not people_noun(node):
        return None  # "buried two bombs", "buried 12 mines"
    if any(t.lower_ in lex.live_burial_words for t in verb.subtree):
        return None
    return "killed"


@functools.cache
def _recovery_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["recovery_verbs"])


def unrecovered(noun: Token) -> bool:
    """ "12 bodies were never recovered", "nine bodies are yet to be found": bodies still
    missing, a part of the toll, never a count of the dead found."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _recovery_verbs() and negated(verb):
        return True
    # "are yet to be recovered": the recovery still to come
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _recovery_verbs()
        and any(a.lower_ == "yet" for a in verb.children)
        for c in verb.children
    )


# the words by which a funeral is held for people: "a funeral for 10 villagers"
MOURNED_PREPOSITIONS = frozenset({"for", "of"})
# a group said again ("the funerals of the three soldiers", "the three militants"):
# restatements reads it, with these words and the funeral nouns
DEFINITE_WORDS = frozenset({"the", "these", "those"})


@functools.cache
def funeral_nouns() -> frozenset[str]:
    """The nouns of a funeral or burial, as measures.json lists them."""
    return frozenset(load_rules("measures")["funeral_nouns"])


def mourned(noun: Token | None) -> Reading | None:
    """ "After the first funeral for 10 villagers", "a mass burial of 14 people": the people
    a funeral or a burial is held for are dead, a count of the killed. A definite group ("the
    funerals of the three soldiers") restates one the report counted, if any; a funeral for
    no people ("a funeral for two hours") counts none."""
    if noun is None or noun.dep_ != "pobj" or not (people_noun(noun) or bereaved(noun)):
        return None  # "the funeral of four members of one family": kin are people
    prep = noun.head
    funeral = _held_funeral(prep.head)
    if prep.lower_ not in MOURNED_PREPOSITIONS or funeral is None:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in noun.children):
        return None
    return Reading(measure="killed", noun=noun, anchor=funeral, rule=f"mourned:{funeral.lemma_}")


def _held_funeral(owner: Token) -> Token | None:
    """The funeral the preposition tells of: its own noun, or the object of the verb it was
    hung on ("held a mass burial for 14 villagers")."""
    nouns = funeral_nouns()
    if owner.lemma_.lower() in nouns:
        return owner
    if owner.pos_ != "VERB":
        return None
    return next(
        (c for c in owner.children
         if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns),
        None,
    )

