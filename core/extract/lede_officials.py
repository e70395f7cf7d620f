"""An unnamed official named next: "Six militants were killed in a raid, an official said." then
"Provincial police spokesman Ann Roe told reporters the raid ...". Wire copy gives the source
of the lede's figures vaguely and names him in the sentence after; the figures are his, and a
checker filtering on his name should find them.

Run on a document's claims and statements after extraction (``core.pipeline.analyse``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.rank_names import ranked_as
from core.extract.speakers import is_anonymous
from core.model import Claim, Statement
from core.rules import word_set

_INDEFINITE = frozenset({"a", "an"})
_OFFICIAL = "official"
MAX_DESCRIPTION_WORDS = 4  # "a senior police official"
# Where one sentence ends and another begins (in the text between the two)
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def named_next(claims: Sequence[Claim], statements: Sequence[Statement], text: str) -> list[Claim]:
    """The claims whose source is "an official" given the name of the official who speaks in
    the very next sentence ("police spokesman Ann Roe said"), when the sentence does not
    say the source would not be named."""
    people = sorted(
        (s for s in statements if s.speaker_kind == "person" and s.speaker and s.speaker_role),
        key=opening,
    )
    out: list[Claim] = []
    for claim in claims:
        source = claim.attribution
        role = _an_official(source) if source else None
        if role is not None and not _kept_unnamed(claim.sentence):
            named = _next_official(claim, people, text, role)
        elif source and (officer := _an_officer(source)) and not _kept_unnamed(claim.sentence):
            named = _next_ranked(claim, people, text, officer)
        else:
            named = None
        if named is not None:
            claim = dataclasses.replace(claim, attribution=named)  # noqa: PLW2901
        out.append(claim)
    return out


def opening(statement: Statement) -> int:
    """Where the statement's sentence begins to tell it: its speaker or its content."""
    if statement.speaker_start is None:
        return statement.start
    return min(statement.start, statement.speaker_start)


def next_statement(
    claim: Claim, statements: Sequence[Statement], text: str, *, same_paragraph: bool = False
) -> Statement | None:
    """The first of the statements (in the order they open) that opens in the sentence right
    after the claim's (with ``same_paragraph``, in the same paragraph too)."""
    after = next((s for s in statements if opening(s) >= claim.sentence_end), None)
    if after is None or not _runs_on(claim, after, text, same_paragraph=same_paragraph):
        return None
    return after


def _runs_on(claim: Claim, statement: Statement, text: str, *, same_paragraph: bool) -> bool:
    """The statement opens in the sentence right after the claim's: no sentence ends
    between them (nor, with ``same_paragraph``, a paragraph)."""
    between = text[claim.sentence_end : opening(statement)]
    if same_paragraph and _BLANK_LINE.search(between):
        return False
    return _SENTENCE_END.search(between) is None


def _an_official(source: str) -> str | None:
    """ "an official", "a senior police official", "a Taliban police spokesman": one unnamed
    official, the role in lower case; the role noun, or None."""
    words = source.split()
    if not (1 < len(words) <= MAX_DESCRIPTION_WORDS and words[0].lower() in _INDEFINITE):
        return None
    role = words[-1]
    if role == _OFFICIAL and all(w.islower() for w in words[1:]):
        return role
    # "a police spokesman": a rank that makes an official, the one named next holds it too
    # ("said Ann Roe, spokesman for the provincial police")
    ranked = role.islower() and _OFFICIAL in ranked_as(frozenset({role}))
    return role if ranked and role in cues().person_nouns else None


def _an_officer(source: str) -> frozenset[str] | None:
    """ "a military commander", "an army officer": one unnamed officer; the words of his
    description but its head (``officer_descriptions``), or None."""
    words = source.split()
    if not (1 < len(words) <= MAX_DESCRIPTION_WORDS and words[0].lower() in _INDEFINITE):
        return None
    if not all(w.islower() for w in words[1:]) or words[-1] not in word_set(
        "cues", "officer_descriptions"
    ):
        return None
    return frozenset(words[1:-1])


def _next_ranked(
    claim: Claim, people: Sequence[Statement], text: str, description: frozenset[str]
) -> str | None:
    """The speaker of the first statement that opens in the next sentence, when a military
    rank ("Colonel Ann Roe") makes him an officer and all the description says ("military")."""
    after = next_statement(claim, people, text)
    if after is None:
        return None
    called = ranked_as(frozenset(re.findall(r"[\w-]+", (after.speaker_role or "").lower())))
    military = ranked_as(word_set("cues", "military_ranks"))
    return after.speaker if called >= military and description <= called else None


def _kept_unnamed(sentence: str) -> bool:
    """ "an official who spoke on condition of anonymity": not the one named next."""
    return is_anonymous(sentence.lower(), cues())


def _next_official(
    claim: Claim, people: Sequence[Statement], text: str, role: str
) -> str | None:
    """The speaker of the first statement that opens in the next sentence, when his role
    makes him an official ("spokesman", "SSP", "deputy commissioner") and holds the role the
    claim's source gave, unless that was only "official"."""
    after = next_statement(claim, people, text)
    if after is None:
        return None
    words = frozenset(re.findall(r"[\w-]+", (after.speaker_role or "").lower()))
    if role != _OFFICIAL and role not in words:
        return None
    # "a government official said ... Police spokesman Ann Roe said": another service
    described = frozenset((claim.attribution or "").lower().split())
    if not described & word_set("cues", "official_fields") <= words:
        return None
    return after.speaker if _OFFICIAL in ranked_as(words) else None
