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
from core.text.place_spellings import a_possessive_name

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
    words = list(ent) + _named_on(ent)
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


def a_care_names_owner(ent: Span) -> bool:
    """ "St. John's Ambulance staff": a name written with its own possessive (a saint's, as
    the gazetteer writes its namesake town) that runs on into the name of a place of care
    is that name's, no town of the report; "Chicago's Mercy Hospital" is in Chicago."""
    return bool(_named_on(ent)) and a_care_name(ent)


def _named_on(ent: Span) -> list[Token]:
    """ "St. John's Ambulance staff": the capitalised words after a name written with its
    own possessive that the parser hangs, with it, on the noun they qualify are the rest of
    one name; "Chicago's" owns what follows."""
    root, doc = ent.root, ent.doc
    mark = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # NER takes the "'s" or not
    if root.dep_ != "poss" or mark >= len(doc) or doc[mark].tag_ != "POS":
        return []
    if not a_possessive_name(doc[ent.start : mark + 1].text):
        return []
    after = doc[mark + 1 : root.head.i]
    named = all(t.dep_ == "compound" and t.text[:1].isupper() for t in after)
    return list(after) if named else []


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
