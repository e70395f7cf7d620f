"""Names of places of care, for ``place_entities``: "the Burns Centre", "the Hope Ambulance
service", "at Alder and Birch hospitals": where the hurt were taken, treated or died later,
or whose staff speak, never the scene of the incident, unless the sentence tells it attacked
("gunmen stormed the Burns Centre").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.incident_words import death_verbs
from core.extract.measures import lexicon
from core.extract.place_words import lexicon_places
from core.extract.scene_statements import attacked
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The dependencies by which a name hangs on the noun of what it names ("Alder" of "Alder and
# Birch hospitals", "Hope" of "the Hope Ambulance service").
_NAME_DEPS = frozenset({"compound", "nmod", "conj"})
_NAME_CLIMB = 3  # words between a name and its noun


@functools.cache
def _hurt_words() -> frozenset[str]:
    """Words of harm done to the hurt, whose place of care is where they were, not the scene
    (``rules/places.json`` "care_hurt_lemmas")."""
    return frozenset(str(w) for w in load_rules("places")["care_hurt_lemmas"])


@functools.cache
def _care_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns of a place of care, words before a unit that make it one, units)."""
    raw = load_rules("places")
    return (
        lexicon().care_places | frozenset(str(w) for w in raw["care_service_words"]),
        frozenset(str(w) for w in (*raw["care_unit_words"], *raw["care_name_unit_words"])),
        frozenset(str(w) for w in raw["care_unit_nouns"]),
    )


def a_care_name(ent: Span) -> bool:
    """The entity names a place of care, or is the name a place of care is given ("Alder
    hospital"), not where the incident was."""
    words = list(ent)
    noun = ent.root
    for _ in range(_NAME_CLIMB):
        if noun.dep_ not in _NAME_DEPS or noun.head.i == noun.i:
            break
        noun = noun.head
        words.append(noun)
    nouns, unit_words, units = _care_words()
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    care = bool(lemmas & nouns) or bool(lemmas & units and lemmas & unit_words)
    return care and not _struck(noun)


def a_care_place_name(name: str) -> bool:
    """A name as written that names a place of care ("Burns Centre", "Hope Ambulance")."""
    nouns, unit_words, units = _care_words()
    words = {w.lower() for w in name.split()}
    return bool(words & nouns) or bool(words & units and words & unit_words)


def _struck(noun: Token) -> bool:
    """ "gunmen stormed the Burns Centre", "a blast at Alder hospital": the place of care is
    the scene; not "died at", "succumbed to their wounds at", "taken to"."""
    if attacked(noun):
        return True
    if noun.dep_ != "pobj":
        return False
    event = noun.head.head.lemma_.lower()
    words = lexicon_places().incident_words - death_verbs() - _hurt_words()
    return event in words
