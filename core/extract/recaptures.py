"""Escaped people brought back: "12 escapees were brought back to the jail", "Of the
escapees, 22 have been brought under control", "seven escaped prisoners were caught" count
the arrested (``rules/measures.json`` escapee_nouns, recapture_verbs). Only escapees: "the
bodies were brought back" and "the fire was brought under control" count no arrest."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.partitives import of_group
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubjpass", "dobj")  # "were brought back", "police caught five escapees"


@functools.cache
def _escapee_nouns() -> frozenset[str]:
    return frozenset(load_rules("measures")["escapee_nouns"])


@functools.cache
def _recapture_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["recapture_verbs"])


def escapees(noun: Token | None) -> bool:
    """ "escapees", "fugitives", "escaped prisoners", "inmates who escaped"."""
    if noun is None:
        return False
    if noun.lemma_.lower() in _escapee_nouns() or noun.lower_ in _escapee_nouns():
        return True
    return any(
        c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() == "escape"
        for c in noun.children
    )


def recaptured(num: Token, noun: Token | None, node: Token) -> Reading | None:
    """The arrest a recapture verb makes of a count of escapees (``node``: the figure's
    phrase in its clause), or None."""
    if not (escapees(noun) or escapees(of_group(num))):
        return None
    if node.dep_ not in _SUBJECTS:
        return None
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX") or not (_keys(verb) & _recapture_verbs()):
        return None
    return Reading(measure="arrested", noun=noun, anchor=verb, rule=f"recaptured:{verb.lemma_}")


def escaped_subject(num: Token) -> Reading | None:
    """ "Seven escaped prisoners were recaptured": the parser may make "escaped" the verb of
    the sentence, the figure its subject and the people its object; the people are the
    subject of the passive verb whose auxiliary follows them (whatever else the parser made
    its subject: a dateline before the figure)."""
    doc = num.doc
    if num.i + 2 >= len(doc) or num.dep_ != "nsubj":
        return None
    participle, noun = doc[num.i + 1], doc[num.i + 2]
    if (
        participle.lemma_.lower() != "escape"
        or num.head.i != participle.i
        or noun.head.i != participle.i
        or noun.dep_ != "dobj"
        or noun.pos_ != "NOUN"
    ):
        return None
    aux = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if aux is None or aux.dep_ != "auxpass" or aux.head.i <= aux.i:
        return None
    verb = aux.head
    measure = lexicon().verbs.get(verb.lemma_.lower())
    if measure is None and _keys(verb) & _recapture_verbs():
        measure = "arrested"
    if measure is None:
        return None
    return Reading(measure=measure, noun=noun, anchor=verb, rule=f"verb:{verb.lemma_}:passive")


def _keys(verb: Token) -> set[str]:
    """The verb as the table may name it: "catch", "bring back", "bring under control"."""
    lemma = verb.lemma_.lower()
    keys = {lemma}
    for child in verb.children:
        if child.dep_ in ("prt", "advmod"):
            keys.add(f"{lemma} {child.lower_}")
        if child.dep_ == "prep":
            keys.update(
                f"{lemma} {child.lower_} {obj.lemma_.lower()}"
                for obj in child.children
                if obj.dep_ == "pobj"
            )
    return keys
