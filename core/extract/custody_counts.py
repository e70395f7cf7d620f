"""Counts of people in custody that count no arrest: "27 detainees fled during the riot"
(the escaped), "a jail designed to hold 800 detainees" (its capacity). The words are in
measures.json ("escape_verbs", "capacity_verbs")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# How a verb of holding says a capacity, not the people held: "designed to hold 800"
PURPOSE_LINKS = frozenset({"xcomp", "acl", "advcl", "relcl", "ccomp"})


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("measures")
    return frozenset(rules["escape_verbs"]), frozenset(rules["capacity_verbs"])


def out_of_custody(noun: Token) -> bool:
    """ "Some 27 detainees fled", "40 detainees broke out": the subject of a verb of escape;
    "a jail built to hold 800 detainees": the object of an infinitive of holding, a capacity.
    "Police detained 27 people" and "27 detainees were freed" stay counts of the held."""
    verb = noun.head
    escape, capacity = _words()
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma in escape:
        return True
    return (
        noun.dep_ == "dobj"
        and lemma in capacity
        and verb.dep_ in PURPOSE_LINKS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )
