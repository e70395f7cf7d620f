"""The place harm is reported "from": in South Asian copy "two deaths were reported from
Kishtwar", "twelve fatalities were reported from Kupwara" name the scene, as after "in". Only
the passive of a reporting verb with a subject counted reads so; "the correspondent reported
from Peshawar" is where the telling was done (``reported_from_verbs`` in
``rules/places.json``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


def reported_from(tok: Token) -> bool:
    """``tok`` is the place after "from" of a passive reporting verb whose subject is
    counted ("two deaths were reported from X")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _reporting_verbs():
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(
        c.dep_ == "nsubjpass" and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    )


@functools.cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["reported_from_verbs"])
