"""A relative clause of people the parser hung on the body they belong to: "three guards of the
convoy who were injured on Sunday", "two members of the crew who died": "who" is said of
people, so a clause it opens on a group that is no people ("the convoy", "the crew" as a body)
tells what befell the counted people before it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import people_noun
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def _personal_relatives() -> frozenset[str]:
    """Relative pronouns said of people ("who", ``rules/measures.json``
    "personal_relatives")."""
    return frozenset(str(w) for w in load_rules("measures")["personal_relatives"])


def stray_relatives(node: Token) -> list[Token]:
    """The relative clauses a personal "who" opens on the "of" group of the counted ``node``
    (not on people of their own: "two sons of the men who died" keeps the clause on the
    men)."""
    clauses: list[Token] = []
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            if body.dep_ != "pobj" or people_noun(body):
                continue
            clauses += [
                c for c in body.children
                if c.dep_ == "relcl" and any(
                    w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in _personal_relatives()
                    for w in c.children
                )
            ]
    return clauses
