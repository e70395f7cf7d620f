"""A review whose lead only describes its body ("a Tarnbury-based think tank said on Tuesday
...", "the yearly review of a Kessa think tank counts"): the body is the one the
headline names by its initials ("Attacks up 20pc in 2031: KIPD", "..., says KIPD"), or by the
name the text defines them with, or the one the lead names with initials right after
describing it ("The Kessa Institute for Peace Data (KIPD) said ..."), so that a checker finds
every figure under the body.
"""

from __future__ import annotations

import re

from core.extract.cues import cues
from core.extract.defined_initials import defined_name
from core.extract.described_bodies import may_name, observers
from core.ingest.outlets import is_news_outlet
from core.rules import word_set
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


# "the annual report of a Kessa think tank": a document of a body only described
_DOCUMENT_OF = re.compile(r"^(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(\w+)\s+of\s+((?:a|an)\s.+)$")


def named_next(recorder: str, names: list[tuple[str, str]], sources: list[str]) -> str:
    """The body an indefinite description ("a Kessa think tank", or the document of one) is,
    when the lead names a body with initials after it (``names``: name and initials, in
    order) that it may be and that is a source of the report's figures; the recorder as it is
    for any other."""
    found = _DOCUMENT_OF.match(recorder.strip())
    documents = cues().document_nouns | word_set("cues", "recorder_material")  # "review"
    said = found.group(2) if found and found.group(1).lower() in documents else recorder
    words = said.split()
    if not (words and words[0].lower() in ("a", "an") and described_only(
        " ".join(w for w in words if not w[:1].isupper())
    )):
        return recorder
    return next((
        name for name, short in names
        if may_name(said, name) and any(short in s or name in s for s in sources)
    ), recorder)
