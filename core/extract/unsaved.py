"""People whose saving a report denies: "we took in seven wounded and three of them could not be
saved", "one could not be revived". They died, whatever group they were counted in first. The
verbs live in ``core/rules/measures.json`` ("unsaved_verbs")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.extract.nlp import negated
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


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
