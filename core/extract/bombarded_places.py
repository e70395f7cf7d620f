"""The place a force, a state or its weapons struck, named as the verb's object: "Russian
drones struck Kharkiv", "Israel shelled Khiam", "militants attacked Garo": the town hit is
the scene, as after "in"; and a state named before strikes made on a place ("US strikes on
Hodeidah") is who struck, not where. War copy opens so far more often than with "in": a
checker files the figures under the town hit, never the bureau's dateline or the attacker's
country (``bombard_verbs`` and ``bombarding_nouns`` in ``rules/places.json``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# the labels of a name that strikes as a whole: a state, a people, an armed group
_STRIKING_LABELS = frozenset({"GPE", "NORP", "ORG"})


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_rules("places")
    nouns = (
        raw["bombarding_nouns"]
        + raw["attacker_nouns"]
        + raw["weapon_nouns"]
        + raw["bombardment_weapons"]
    )
    return frozenset(str(w) for w in raw["bombard_verbs"]), frozenset(str(w) for w in nouns)


def bombarded(tok: Token, *, named: bool = False) -> bool:
    """``tok`` names what an attack verb's striking subject acted on: "Russian forces shelled
    Kherson", "Russia attacked Kharkiv with glide bombs" (not "the court hit Tarn with
    fines", no force that strikes). A name NER took for a person's, a people's or a body's
    is one only when the caller (``named``) has the gazetteer's word for a town."""
    if tok.dep_ != "dobj":
        return False  # most words ``locative`` asks of: no object
    verb = tok.head
    if (
        tok.pos_ != "PROPN"
        or (not named and tok.ent_type_ in ("PERSON", "ORG", "NORP"))
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _words()[0]
    ):
        return False
    if named and any(c.dep_ == "poss" for c in tok.children):
        return False  # "hit Somalia's al-Shabaab": a country's group, no town
    if any(c.dep_ == "prep" and c.lower_ in _NOT_STRUCK_PREPS for c in verb.children):
        # "gunmen attacked Jackson at his home in Abuja": the place the clause names is the
        # scene; "Moscow attacked Kyiv over the deaths": words, no strike
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _strikes(subject)


# a place told beside the object ("in", "at", "near"), or a reason ("over"): no town struck
_NOT_STRUCK_PREPS = frozenset({"in", "at", "near", "over"})


def _strikes(subject: Token) -> bool:
    """A force, an attacker or a weapon ("Israeli jets", "gunmen", "a missile"), or a state,
    a people or a group named as a whole ("Russia", "the Houthis", "Hamas"); a capital named
    for its government ("Moscow attacked Kyiv over ...") attacks in words."""
    nouns = _words()[1]
    word = subject.lower_
    # "KYIV - Militants attacked ...": a common noun the tagger took for a name
    if subject.lemma_.lower() in nouns or word in nouns or word.removesuffix("s") in nouns:
        return True
    if subject.pos_ != "PROPN" or subject.ent_type_ not in _STRIKING_LABELS:
        return False
    if subject.ent_type_ != "GPE":
        return True
    state = places.lookup(subject.text)
    return state is not None and state.level == "country"


def a_striking_state(root: Token) -> bool:
    """ "US strikes on Hodeidah", "British and US air strikes on Saada": a state named before
    strikes made on a place struck there; the place struck is the scene ("a Karachi blast",
    a blast told by its town, is in the town; "US strikes killed 12", no place struck, is
    left as it is)."""
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "air strikes": the strikes
    if root.dep_ == "conj":
        root = root.head  # "British and US strikes": the conjunct before
        noun = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or noun.i <= root.i:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words()[0]:
        return False
    # "US strikes on Hodeidah", "a US strike on a prison in Saada": a place or a thing struck,
    # not a day ("strikes on Tuesday")
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            o.pos_ in ("PROPN", "NOUN") and o.ent_type_ != "DATE" for o in c.children
        )
        for c in noun.children
    )


def a_states_force(root: Token) -> bool:
    """ "a base hosting U.S. troops", "U.S. forces said": a country named before its forces
    owns them; it is who they are, not where the figure is (a town before them, "Kharkiv
    troops", may be). Not asked of the report's country: "Egypt army: 71 arrested in Sinai"
    is an Egyptian report."""
    if root.dep_ not in ("compound", "amod") or root.head.i <= root.i:
        return False
    if root.head.lemma_.lower() not in _bombarding_nouns():
        return False
    state = places.lookup(root.text)
    return state is not None and state.level == "country"


@functools.cache
def _bombarding_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["bombarding_nouns"])


def a_striker(root: Token) -> bool:
    """ "Russia attacked Kharkiv", "US strikes on Hodeidah": a state or a group that struck a
    place it names, who did it and not where ("Russia" of "fighting in Russia" stays)."""
    if a_striking_state(root):
        return True
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _words()[0]
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    )
