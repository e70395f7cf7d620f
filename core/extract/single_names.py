"""A person the report names by one word only ("Tamsin, an official from the county relief
office, told AFP"; many Indonesians use a single name): the word alone names no one a checker
can find, so the source is given with the role the report gave them ("Tamsin, an official from
the county relief office", "Tarn weather office spokesman Belloc"). A one-word name the report gave
no role stays as it is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.model import Claim, Statement

_ONE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# "Mr.", "Ms": a form of address is no role
_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mister", "madam"})
_CLAUSE = re.compile(r"\s+(?:who|whose|which|that)\s")
_ARTICLES = frozenset({"a", "an", "the"})
MAX_ROLE_WORDS = 8  # "an official from the county relief office"


def with_roles(claims: Sequence[Claim], statements: Sequence[Statement]) -> list[Claim]:
    """The claims whose source is one word, a person's name the report gave a role: the name
    with that role (the role the nearest statement before gives, else the first after)."""
    roles: dict[str, list[tuple[int, str]]] = {}
    for s in statements:
        if s.speaker and s.speaker_kind == "person" and _ONE_NAME.fullmatch(s.speaker):
            role = _role(s.speaker_role)
            if role is not None:
                roles.setdefault(s.speaker, []).append((s.start, role))
    if not roles:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        given = roles.get(claim.attribution or "")
        if not given:
            out.append(claim)
            continue
        before = [r for start, r in given if start <= claim.start]
        role = before[-1] if before else given[0][1]
        out.append(dataclasses.replace(claim, attribution=_named(claim.attribution or "", role)))
    return out


def _role(role: str | None) -> str | None:
    """The role as the report wrote it, when it tells what the person is (not "Mr."), up to
    a clause about them ("a woman who claims she saw it" is "a woman")."""
    if not role or role.strip(" .").lower() in _ADDRESS:
        return None
    role = _CLAUSE.split(role, maxsplit=1)[0].strip(" ,")
    return role if role and len(role.split()) <= MAX_ROLE_WORDS else None


def _named(name: str, role: str) -> str:
    """A title before the name ("Tarn weather office spokesman Belloc", "agency official Rani"), a
    description with its article after it ("Tamsin, an official from the county relief
    office")."""
    if role.split(maxsplit=1)[0].lower() in _ARTICLES:
        return f"{name}, {role}"
    return f"{role} {name}"
