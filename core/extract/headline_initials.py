"""The initials a headline closes on as its source ("Attacks up 20pc in 2031: KIPD", "...,
says KIPD") over a lead that only describes the body ("a Tarnbury-based think tank said on
Tuesday ..."): the body the review is by is the one the headline names, by its initials, or
by the name the text defines them with, so that a checker finds every figure under the body.
"""

from __future__ import annotations

import re

from core.extract.cues import cues
from core.extract.defined_initials import defined_name
from core.extract.described_bodies import observers
from core.ingest.outlets import is_news_outlet
from core.text import places

MIN_CAPITALS = 2  # "KIPD", "NatSec"; "Velmar" is a name, no initials
# "...: KIPD", "... — KIPD", "..., says KIPD", "..., according to KIPD": a headline's source
_CLOSING = re.compile(
    r"(?:[:—–]|\s-|,\s+(?:says|said|reports|according\s+to))\s+(?:the\s+)?"
    r"([A-Z][A-Za-z-]*)\s*$"
)
_ARTICLE = re.compile(r"^(?:the|a|an|its)\s+", re.IGNORECASE)
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\s+")  # "a Tarnbury-based think tank"


def headline_initials(text: str) -> str | None:
    """The initials the text's headline (its first line) closes on as its source; None for
    none, a place ("..., says UK"), or a news outlet."""
    first = text.lstrip().split("\n", 1)[0]
    found = _CLOSING.search(first.strip().rstrip("."))
    if found is None:
        return None
    short = found.group(1)
    if sum(ch.isupper() for ch in short) < MIN_CAPITALS or places.candidates(short):
        return None
    return None if is_news_outlet(short) else short


def described_only(source: str) -> bool:
    """ "a Tarnbury-based think tank", "the monitor", "the rights group": a body described in
    lower case, with no name of its own."""
    words = _SEAT.sub("", _ARTICLE.sub("", source.strip())).split()
    bare = " ".join(words)
    return bool(words) and all(w.isalpha() and w.islower() for w in words) and (
        bare.endswith(observers()) or words[-1] in cues().institution_nouns
    )


def headline_body(recorder: str, text: str) -> str:
    """The body the headline names by initials for a recorder the lead only describes: the
    name the text defines the initials with ("the Kelmor Institute for Peace Data (KIPD)"),
    else the initials; the recorder as it is for any other."""
    if not described_only(recorder):
        return recorder
    short = headline_initials(text)
    if short is None:
        return recorder
    return defined_name(short, text, len(text)) or short
