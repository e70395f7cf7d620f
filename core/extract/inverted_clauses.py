"""Clauses that put their subject after the verb: "Killed in the attack were two soldiers",
"Among the dead were a driver and two guards of the convoy". The parser makes such a subject
an attribute of the auxiliary, or hangs a later conjunct of it on the verb itself; either way
the people are the ones the fronted words say were harmed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

NOUN_POS = frozenset({"NOUN", "PROPN"})


def fronted_participle(be: Token) -> Reading | None:
    """ "Killed in the attack were two soldiers", "Wounded were three bystanders": a measure
    participle before the "were" its subject follows says what befell the subject; a
    participle after it ("two were killed") is the ordinary passive, read elsewhere."""
    verb = be.head
    if be.dep_ != "auxpass" or be.lemma_ != "be" or verb.tag_ != "VBN" or verb.i >= be.i:
        return None
    measure = lexicon().verbs.get(verb.lemma_.lower())
    if measure is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"fronted:{verb.lemma_.lower()}")


def fronted_verb(verb: Token) -> bool:
    """ "Killed were Ana Ruiz, 34, and Tom Bell, 29": a measure participle opening its clause,
    "were" or "was" right after it, its subject named after both."""
    doc = verb.doc
    return (
        verb.tag_ == "VBN"
        and verb.left_edge.i == verb.i
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].dep_ == "auxpass"
        and doc[verb.i + 1].lemma_ == "be"
        and verb.lemma_.lower() in lexicon().verbs
    )


def conjunct_on_the_verb(
    node: Token, among: Callable[[Token], Reading | None]
) -> Reading | None:
    """ "Among the dead were a driver and two guards": a later conjunct of the inverted
    subject the parser hung on "were" shares what the clause says of the first (``among``
    reads "were" by its "among" phrase; else a fronted participle)."""
    be = node.head
    if node.dep_ != "conj" or be.lemma_ != "be" or node.pos_ not in NOUN_POS or node.i < be.i:
        return None
    if not any(c.dep_ in ("attr", "nsubj") and be.i < c.i < node.i for c in be.children):
        return None  # no first conjunct after the verb: no inverted list
    found = among(be) or fronted_participle(be)
    if found is None:
        return None
    return Reading(measure=found.measure, anchor=found.anchor, rule=f"{found.rule}+verb_conj")
