"""A relative clause of people the parser hung on the body they belong to: "three guards of the
convoy who were injured on Sunday", "two members of the crew who died": "who" is said of
people, so a clause it opens on a group that is no people ("the convoy", "the crew" as a body)
tells what befell the counted people before it; and a clause set off by a comma on the people
a bare count is a part of ("police shot one of the robbers, who later died") tells what befell
the part, as it would hung on "one"."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.titled_pairs import PLURAL_VERBS
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
            people = people_noun(body)
            if body.dep_ != "pobj" or (people and not _a_part(node, body)):
                continue
            clauses += [
                c for c in body.children
                if c.dep_ == "relcl" and any(
                    w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in _personal_relatives()
                    for w in c.children
                ) and not (people and _of_the_group(node, c))
            ]
    return clauses


def _a_part(node: Token, group: Token) -> bool:
    """ "one of the robbers": a bare count (no noun of its own, unlike "two sons of the men")
    of a group with no number of its own ("one of the five robbers" parts a counted group),
    not named by it (``_named_as``)."""
    return (
        node.pos_ == "NUM"
        and node.dep_ != "nummod"
        and not any(c.dep_ == "nummod" for c in group.children)
        and not _named_as(node)
    )


def _named_as(node: Token) -> bool:
    """ "Police identified one of the gunmen, who was killed, as <Name>", "one of the
    soldiers, who died, was named as <Name>": the part named, one a toll counts (as "one of
    the dead was identified as <Name>" is); the clause tells who, no death of its own."""
    verb = node.head
    return (
        node.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in lexicon().naming_verbs
        and any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children)
    )


def _of_the_group(node: Token, clause: Token) -> bool:
    """Whether a clause on the people a bare count is part of is the group's own: restrictive
    ("one of the men who died": the dead, of whom one) or, after "one", plural ("one of the
    robbers, who were later caught": all of them)."""
    who = next(w for w in clause.children if w.dep_ in ("nsubj", "nsubjpass"))
    set_off = who.i > 0 and who.doc[who.i - 1].lower_ == ","
    plural = any(c.lower_ in PLURAL_VERBS for c in clause.children if c.dep_.startswith("aux"))
    return not set_off or (node.lower_ == "one" and plural)
