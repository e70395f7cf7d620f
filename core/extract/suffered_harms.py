"""A person named without a numeral who carried a harm as the object of a verb: "a man
suffered a gunshot wound to the leg", "a woman sustained minor injuries", "a teen lost his
life". The idiom of the verb and its object (measures.json 'idioms') names the harm; only
verbs whose subject is the one harmed count ('experiencer_verbs'), never an agent's ("the
gunman took the lives of two", "claimed a life")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

_CASUALTIES = ("killed", "injured")


def carried_harm(verb: Token) -> Measure | None:
    """The harm an active verb's object says its subject suffered, else None."""
    lemma = verb.lemma_.lower()
    if lemma not in word_set("measures", "experiencer_verbs"):
        return None
    idioms = lexicon().idioms
    for obj in verb.children:
        measure = idioms.get((lemma, obj.lemma_.lower())) if obj.dep_ == "dobj" else None
        if measure in _CASUALTIES:
            return measure
    return None
