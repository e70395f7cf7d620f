"""People whose saving a report denies: "we took in seven wounded and three of them could not be
saved", "one could not be revived". They died, whatever group they were counted in first; so
did one victim who "did not survive". The verbs live in ``core/rules/measures.json``
("unsaved_verbs", "survival_verbs")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.extract.nlp import negated
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

PAST_ABILITY = ("could",)  # "could not be saved": denied, not foretold


@functools.cache
def _verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["unsaved_verbs"])


def unsaved(node: Token) -> Reading | None:
    """The dead a negated passive of saving counts ("could not be saved"), or None: "two were
    saved" and "saved two" count no dead."""
    verb = node.head
    if node.dep_ != "nsubjpass" or verb.lemma_.lower() not in _verbs() or not negated(verb):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return Reading(measure="killed", anchor=verb, rule=f"unsaved:{verb.lemma_.lower()}")


@functools.cache
def _survival_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["survival_verbs"])


@functools.cache
def _outlived_things() -> frozenset[str]:
    return frozenset(load_rules("measures")["outlived_harms"])


def denied_survival(verb: Token) -> bool:
    """One victim's death a denial tells ("his brother did not survive", "she didn't survive
    her wounds", "the boy could not be saved"): a death reported as done, though negated; not
    one foretold or feared ("may not survive"), nor a thing outlived that is no harm ("did not
    survive the vote"), nor a fate escaped ("could not be saved from defeat")."""
    lemma = verb.lemma_.lower()
    if not negated(verb) or any(c.dep_ == "mark" for c in verb.children):
        return False
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if lemma in _survival_verbs():
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return modal is None and all(o.lemma_.lower() in _outlived_things() for o in objects)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    rescued = any(c.lower_ == "from" for c in verb.children)  # "saved from prosecution"
    return lemma in _verbs() and passive and not rescued and modal in (None, *PAST_ABILITY)
