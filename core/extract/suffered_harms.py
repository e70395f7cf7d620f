"""A person named without a numeral who carried a harm as the object of a verb: "a man
suffered a gunshot wound to the leg", "a woman sustained minor injuries", "a teen lost his
life". The idiom of the verb and its object (measures.json 'idioms') names the harm; only
verbs whose subject is the one harmed count ('experiencer_verbs'), never an agent's ("the
gunman took the lives of two", "claimed a life"). A wound the idioms do not name is hurt too when
the verb says it was suffered: "a constable suffered a gash to the head", "a woman sustained a
broken arm" (measures.json 'wound_verbs', ``wound_harm``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

_CASUALTIES = ("killed", "injured")
CUT = "cut"  # a wound, or a cut in pay: told apart by what it is on
# where a cut is ("cuts to the face", "cuts in its budget"): on a body part, else no wound
CUT_PREPS = frozenset({"to", "in", "on", "of"})
# what names the kind of a cut ("pay cuts", "job cuts"): none names a wound
CUT_KINDS = frozenset({"compound", "nmod", "poss"})


def carried_harm(verb: Token) -> Measure | None:
    """The harm an active verb's object says its subject suffered, else None."""
    lemma = verb.lemma_.lower()
    if lemma not in word_set("measures", "experiencer_verbs"):
        return None
    idioms = lexicon().idioms
    for obj in _objects(verb):
        measure = idioms.get((lemma, obj.lemma_.lower()))
        if measure in _CASUALTIES:
            return measure
    return "injured" if wound_harm(verb) else None


# "is fighting for his life", "clings to life": the idiom's noun after a preposition
_IDIOM_PREPOSITIONS = frozenset({"for", "to"})
_GOING_ON = "VBG"  # the present participle of "is fighting"
_IDIOM_OBJECTS = frozenset({"dobj", "advmod"})


def _objects(verb: Token) -> list[Token]:
    """The verb's object, and the objects of its "for" and "to" while the fight goes on ("is
    fighting for his life"; one who "fought for his life" has often died since)."""
    # "breathed her last": the parser takes "her" for the object, "last" for an adverb
    objects = [c for c in verb.children if c.dep_ in _IDIOM_OBJECTS]
    if verb.tag_ != _GOING_ON:
        return objects
    return objects + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in _IDIOM_PREPOSITIONS
        for o in p.children if o.dep_ == "pobj"
    ]


def suffered_from(verb: Token) -> list[Token]:
    """ "three men suffering from gunshot wounds": the harm nouns after "from" of a verb of
    'experiencer_verbs' (the dead may be found so too)."""
    if verb.lemma_.lower() not in word_set("measures", "experiencer_verbs"):
        return []
    return [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in lexicon().recipients
    ]


def wound_harm(verb: Token) -> bool:
    """ "suffered a gash to the head", "sustained a broken arm", "received cuts from flying
    glass": a verb of 'wound_verbs' whose object is a wound the idioms do not name, or a body
    part told broken."""
    if verb.lemma_.lower() not in word_set("measures", "wound_verbs"):
        return False
    return any(o.dep_ == "dobj" and _a_wound(o) for o in verb.children)


def _a_wound(obj: Token) -> bool:
    lemma = obj.lemma_.lower()
    if lemma in word_set("measures", "wound_nouns"):
        return lemma != CUT or _cut_on_body(obj)
    broken = word_set("measures", "broken_states")
    return lemma in body_parts() and any(
        c.dep_ == "amod" and c.lower_ in broken for c in obj.children
    )


def _cut_on_body(cut: Token) -> bool:
    """ "cuts to her face", "cuts and bruises": a cut bare or on the body is a wound; "pay
    cuts", "cuts to the budget", "cuts in their pay" (the parser may hang the place of the cut
    on the verb; a possessive says it is the cut's) are not."""
    if any(c.dep_ in CUT_KINDS for c in cut.children):
        return False
    places = [
        o for prep in (*cut.children, *cut.head.children)
        if prep.dep_ == "prep" and prep.lower_ in CUT_PREPS
        for o in prep.children
        if o.dep_ == "pobj" and (prep.head.i == cut.i or any(c.dep_ == "poss" for c in o.children))
    ]
    return all(o.lemma_.lower() in body_parts() for o in places)


@functools.cache
def body_parts() -> frozenset[str]:
    """The parts of a body a wound is told on: limbs, the parts a round strikes, bones."""
    raw = load_rules("measures")
    return frozenset(
        [*raw["limb_words"], *raw["struck"]["body_parts"], *raw["broken_parts"]]
    )
