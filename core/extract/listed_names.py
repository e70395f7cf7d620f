"""A person's name the recogniser took for a place: "Nijia Ward, 24," (a first and last name
with an age set off after it), or a name in a list whose other members it calls persons ("The
other victims were Jo Roe, Nijia Ward and Al Dix"). No place of the sentence's figures
(``named_places.a_named_place``); after "in" or "at" a name stays a place ("in Warren and
Niles")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.person_nouns import one_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions after which a name is where something happened, whatever else it names
_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "from", "to", "of", "across"})
_KIN_POSSESSIVES = frozenset({"his", "her", "their"})  # "their mom": a relative of the list
MAX_MEMBERS = 12  # the names of a list walked; no roll in a report runs longer


def a_persons_name(tok: Token) -> bool:
    """Whether the name whose head is ``tok``, which the recogniser did not call a person's,
    is one, by an age after it or by the persons it is listed with (a name it did call a
    person's that other readers take for a place, "Sitio Lumot", stays theirs)."""
    if tok.ent_type_ == "PERSON" or not _full_name(tok):
        return False
    if any(c.dep_ == "appos" and c.like_num and c.i > tok.i for c in tok.children):
        return True  # "Nijia Ward, 24,"
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVES:
        return False
    members = list_members(head)
    return len(members) > 1 and any(_a_person(m) for m in members if m is not tok)


def _a_person(member: Token) -> bool:
    """A member the list tells as a person: a name the recogniser called a person's, or a
    relative by a possessive pronoun ("Ava and Bo Ruiz and *their mom*")."""
    if member.ent_type_ == "PERSON":
        return True
    return (
        one_person_noun(member)
        and any(c.dep_ == "poss" and c.lower_ in _KIN_POSSESSIVES for c in member.children)
    )


def given_name(tok: Token) -> bool:
    """A lone first name before a full name that shares its family name ("*Ava* and Bo
    Ruiz"): one person, named, not a surname alone."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ != "and":
        return False
    last = next((c for c in tok.children if c.dep_ == "conj"), None)
    return (
        last is not None
        and last.i == tok.i + 3
        and _full_name(last)
        and (last.ent_type_ == "PERSON" or a_persons_name(last))
    )


def _full_name(tok: Token) -> bool:
    """A title-cased proper noun after a first name of its own ("Nijia *Ward*")."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.i == 0:
        return False
    first = tok.doc[tok.i - 1]
    return first.dep_ == "compound" and first.head.i == tok.i and first.pos_ == "PROPN"


def list_members(first: Token, names_apart: bool = False) -> list[Token]:
    """A list's members in text order: ``first`` and its conjuncts and, with ``names_apart``,
    the names the parse hung on one another as appositions ("Daryl Bone, 28, Tony Dane, 27":
    in a roll of victims a name after a name is another person)."""
    out: list[Token] = []
    todo = [first]
    while todo and len(out) < MAX_MEMBERS:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj" or (
            names_apart and t.pos_ == "PROPN" and c.dep_ == "appos" and c.pos_ == "PROPN"
            and c.is_title and c.i > t.i
        ))
    return sorted(out, key=lambda t: t.i)
