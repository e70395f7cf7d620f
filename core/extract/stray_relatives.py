"""A relative clause of people the parser hung on the body they belong to: "three guards of the
convoy who were injured on Sunday", "two members of the crew who died": "who" is said of
people, so a clause it opens on a group that is no people ("the convoy", "the crew" as a body)
tells what befell the counted people before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import people_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSONAL_RELATIVES = frozenset({"who", "whom"})


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
                    w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in PERSONAL_RELATIVES
                    for w in c.children
                )
            ]
    return clauses
