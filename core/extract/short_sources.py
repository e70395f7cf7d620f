"""A source called again by a shorter name than the one the report gave it first: its initials
("OHP said" after "the Oklahoma Highway Patrol said", "the FGE" after "the state Attorney
General's Office (FGE)"), its role with "the" ("said the official" after "a health official
in the province told reporters"), or its kind ("the division" after "the Army's 3rd Infantry
Division", named by a statement the claims do not carry). A checker filtering on the source
finds every figure of it under the name the report introduced."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.model import Claim, Statement
from core.rules import load_rules

# "OHP", "the FGE": a body's initials, with "the" or without
_INITIALS = re.compile(r"(?:[Tt]he )?([A-Z]{2,6})")
_THE = re.compile(r"^[Tt]he\s+")
# "EastKelCom", "WestMinCom": a body's name cut to the heads of its words, run together
_CLIPPED = re.compile(r"(?:[Tt]he )?((?:[A-Z][a-z]{1,4}){2,5})")
# "the official", "The officer": one role noun after "the"
_THE_ROLE = re.compile(r"[Tt]he ([a-z]+)")
# "the Observatory", "The Commission": a body's kind, capitalised as its name's own head
_THE_KIND = re.compile(r"[Tt]he ([A-Z][a-z]+)")
# the words that open what follows a body's head ("... Observatory for Human Rights")
_NAME_TAIL = re.compile(r"\s+(?:for|of|on|in)\s.*$")
_ROLE_WORDS = 3  # words before the role in the first mention ("a senior police official")


def short_names_again(claims: Sequence[Claim], statements: Sequence[Statement]) -> list[Claim]:
    """The claims whose source is a short name of a source named before, given that name."""
    told = sorted(
        [(c.start, c.attribution) for c in claims if c.attribution]
        + [(_speaker_start(s), s.speaker) for s in statements if s.speaker],
        key=lambda t: t[0],
    )
    out: list[Claim] = []
    for claim in claims:
        source = claim.attribution
        before = [name for start, name in told if start < claim.start and name != source]
        full = _fuller_name(source, before) if source else None
        out.append(dataclasses.replace(claim, attribution=full) if full else claim)
    return out


def _speaker_start(statement: Statement) -> int:
    return statement.speaker_start if statement.speaker_start is not None else statement.start


def _fuller_name(source: str, before: Sequence[str]) -> str | None:
    initials = _INITIALS.fullmatch(source.strip())
    if initials is not None:
        found = next((b for b in reversed(before) if _spelt_by(initials.group(1), b)), None)
        if found:
            return _with_short(found, initials.group(1))
        # "the UN" after "the United Nations Mission in Tarvos (UNMT)": the body it heads
        return next((b for b in reversed(before) if _heads(initials.group(1), b)), None)
    clipped = _CLIPPED.fullmatch(source.strip())
    if clipped is not None:
        found = next((b for b in reversed(before) if _clipped_from(clipped.group(1), b)), None)
        return _with_short(found, clipped.group(1)) if found else None
    kind = _THE_KIND.fullmatch(source.strip())
    if kind is not None and kind.group(1).lower() in cues().institution_nouns:
        return next((b for b in reversed(before) if _headed_by(kind.group(1), b)), None)
    role = _THE_ROLE.fullmatch(source.strip())
    if role is None:
        return None
    noun = role.group(1)
    if noun in cues().person_nouns:
        return next((b for b in reversed(before) if _first_mention(noun, b)), None)
    if noun in _named_kinds():
        return next((b for b in reversed(before) if _body_named(noun, b)), None)
    return None


@functools.cache
def _named_kinds() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("cues")["named_anaphors"])


def _body_named(kind: str, name: str) -> bool:
    """ "the Army's 3rd Infantry Division" for "the division": a name of more words than
    "the" and the kind, ending on the kind."""
    words = name.split()
    return len(words) > 2 and words[-1].lower().strip("(),") == kind


def _headed_by(kind: str, name: str) -> bool:
    """ "the Kelmor Observatory for Civil Liberties" for "the Observatory": a longer name whose
    capitalised head, before the field or place after it, is the kind (not a person of the
    body, "the Kelmor Army spokesman")."""
    own = [w.strip("(),") for w in _NAME_TAIL.sub("", name).split()]
    return len(own) > 1 and own[-1] == kind and any(
        w[:1].isupper() for w in own[:-1] if w.lower() != "the"
    )


def _spelt_by(initials: str, name: str) -> bool:
    """The name gives the initials in brackets ("the state Attorney General's Office (FGE)")
    or spells them with the first letters of its capitalised words in a row, small words
    skipped ("the Oklahoma Highway Patrol" for "OHP"); a name of initials alone is none."""
    if f"({initials})" in name:
        return True
    if _INITIALS.fullmatch(name.strip()) is not None:
        return False
    minor = cues().title_minor_words
    return _in_a_row(initials, [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in minor])


def _heads(initials: str, name: str) -> bool:
    """ "UN" for "the United Nations Mission in Tarvos (UNMT)": the initials spell the first
    capitalised words of a body's name, one the report gives its own initials in brackets."""
    if not re.search(r"\([A-Z]{2,8}\)$", name.strip()):
        return False
    words = re.findall(r"[\w'’-]+", _THE.sub("", name.strip()))[: len(initials)]
    return len(words) == len(initials) and all(w[:1].isupper() for w in words) and (
        "".join(w[0] for w in words) == initials
    )


def _with_short(name: str, short: str) -> str:
    """The full name with the short one the report also uses beside it ("the Kelmor Highway
    Patrol (KHP)"), as a checker searching either finds it."""
    return name if f"({short})" in name else f"{name} ({short})"


def _clipped_from(clipped: str, name: str) -> bool:
    """ "EastKelCom" for "the Eastern Kelmor Command": the capitalised words that end the name
    each begin with one piece of the clipped name, in a row."""
    if f"({clipped})" in name:
        return True
    pieces = re.findall(r"[A-Z][a-z]*", clipped)
    minor = cues().title_minor_words
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in minor]
    tail = words[-len(pieces) :]
    return len(tail) == len(pieces) and all(
        w[:1].isupper() and w.startswith(p) for w, p in zip(tail, pieces, strict=True)
    )


def _in_a_row(initials: str, words: list[str]) -> bool:
    """The capitalised words that spell the initials end the name: the body itself, not a
    person of it ("a United Nations official" is no "UN")."""
    tail = words[-len(initials) :]
    return len(tail) == len(initials) and all(w[:1].isupper() for w in tail) and (
        "".join(w[0] for w in tail) == initials
    )


def _first_mention(role: str, name: str) -> bool:
    """ "a health official in Deir Ezzor", "an officer": the indefinite first mention of one
    person of the role, a few words at most before it."""
    words = name.lower().split()
    if not words or words[0] not in ("a", "an"):
        return False
    return role in [w.strip(",") for w in words[1 : 2 + _ROLE_WORDS]]
