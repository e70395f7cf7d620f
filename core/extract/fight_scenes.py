"""A figure's sentence that says where the report's fight was: "One soldier was wounded in a
gunfight in the town of X", "two were killed in a clash near X village". The fight the hurt
were hurt in is the report's incident, and the town it names is the scene a lead that gave
only the province ("in a raid in the southern province of Y") leaves open. A fight placed in
a province says nothing narrower."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.nlp import of_part
from core.extract.place_words import lexicon_places
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# how the hurt were hurt in the fight: "wounded in a gunfight", "killed during a clash"
_HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "die"})
_FIGHT_PREPS = frozenset({"in", "during"})
_PLACE_PREPS = frozenset({"in", "at", "near"})
_WIDE_LEVELS = frozenset({"admin1", "country", "region", "district"})
# the area nouns of a town or a village ("the town of X", "X village"); the others name units
# that hold towns ("X district", "the province of Y")
_TOWN_WORDS = frozenset(
    {"city", "town", "village", "township", "municipality", "commune", "hamlet"}
)


def fight_noun(sent: Span) -> Token | None:
    """The fight a harm verb of the sentence took place in, when the fight is placed in a
    town or a village ("wounded in a gunfight in the town of X"); None otherwise."""
    return next((tok for tok in of_part(sent, "NOUN") if _a_placed_fight(tok)), None)


def _a_placed_fight(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _fight_words():
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _FIGHT_PREPS:
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARM_VERBS:
        return False
    where = [
        obj
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
        for obj in p.children
        if obj.dep_ == "pobj"
    ]
    return bool(where) and not any(_wide(obj) for obj in where)


def _wide(obj: Token) -> bool:
    """ "the southern province of Y", "Y state", "X district", "western Niger": a unit that
    holds towns, not a town or a village."""
    if obj.lower_ in lexicon_places().area_nouns - _TOWN_WORDS:
        return True
    named = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if obj.lower_ in _AROUND_WORDS and named:
        # "in the Houston area": around a town the gazetteer knows, no narrower than it
        return places.resolve(obj.doc[named[0].i : obj.i].text) is not None
    first = obj.left_edge.i
    name = obj.doc[first : obj.i + 1].text
    found = places.resolve(name) or places.resolve(obj.text)
    return found is not None and found.level in _WIDE_LEVELS


_AROUND_WORDS = frozenset({"area", "areas", "suburbs", "outskirts"})


@functools.cache
def _fight_words() -> frozenset[str]:
    """Nouns of a fight or an attack one is hurt in (the nouns of ``incident_words`` and
    ``fighting_nouns`` of ``rules/places.json``)."""
    raw = load_rules("places")
    fights = frozenset(str(w) for w in raw["fighting_nouns"])
    return fights | (lexicon_places().incident_words - _HARM_VERBS - _NOT_FIGHTS)


# incident words that are no fight one is hurt in ("killed in the incident" names no scene
# of its own; "died in the fire" may be a house's)
_NOT_FIGHTS = frozenset({"happen", "occur", "find", "fire", "shot", "shoot", "death", "incident"})
