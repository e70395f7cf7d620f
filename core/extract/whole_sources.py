"""A claim's source as a whole person or body, never a stray phrase the parse left: the
outlet a speaker told ("said doctor Ann Roe to Reuters") is cut off, as the speaker is the
doctor; a subject that names no one (a figure, a statute, a poll's share of respondents, a
lone article where the writer dropped the noun) is no source; a speaker cut at a title
abbreviation the sentence split took for a full stop ("said Army Commander Col." then
"Bram Tola.") gets the name after it. Only claims with a source are read, and only their
source string and the few words after their sentence."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.ingest.outlets import is_news_outlet
from core.model import Claim

# "doctor Ann Roe to Reuters": a named speaker, then the outlet told; after a role alone the
# "to" may tie it to the outlet ("an adviser to the Kelmor Times")
_TOLD_OUTLET = re.compile(
    r"^(?P<speaker>(?:.*?\s)?[A-Z][\w.'’-]*)\s+to\s+(?P<outlet>(?:the\s+)?[A-Z].*)$"
)
# "412 ILCS 3/7", "2,000 residents": a figure opens it, no one's name does
_FIGURE_FIRST = re.compile(r"^\W*\d")
# "some 40 percent of voters", "55% of those asked": a share of people, not a speaker
_SHARE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
# a title of four letters or less that is no whole word (cue table "word_titles") is an
# abbreviation the sentence split may cut ("Col", "Sgt")
_ABBREVIATION_LETTERS = 4
# "Bram Tola", "Inf. Bram Tola": the capitalised words opening the text after a cut title
_NAME_AFTER = re.compile(r"[ \t]*((?:[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][\w'’-]+)")


def whole_sources(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims with each source cut to the speaker, or none where it names no one."""
    out: list[Claim] = []
    for claim in claims:
        source = claim.attribution
        whole = whole_source(_titled_name(source, claim, text)) if source else source
        out.append(claim if whole == source else dataclasses.replace(claim, attribution=whole))
    return out


def whole_source(source: str) -> str | None:
    """The speaker the source string names, or None for a string that names no one."""
    if names_no_one(source):
        return None
    told = _TOLD_OUTLET.match(source)
    if told is not None and is_news_outlet(told.group("outlet")):
        return told.group("speaker")
    return source


def names_no_one(source: str) -> bool:
    """A figure first ("412 ILCS 3/7"), a share ("some 40 percent of voters") or only small
    words ("The" of "The also said"): the parse took for a speaker what is none."""
    words = source.split()
    minor = cues().title_minor_words
    return (
        not words
        or all(w.lower() in minor for w in words)
        or _FIGURE_FIRST.match(source) is not None
        or _SHARE.search(source) is not None
    )


def _titled_name(source: str, claim: Claim, text: str) -> str:
    """ "Army Commander Col" whose sentence ends on "Col." and the next text opens with
    "Bram Tola": the speaker with the name the split cut off."""
    words = source.split()
    title = words[-1] if words else ""
    end = claim.sentence_end
    if (
        not title.istitle()
        or len(title) > _ABBREVIATION_LETTERS
        or title.lower() not in cues().titles - cues().word_titles
        or not text[:end].endswith(f" {title}.")
    ):
        return source
    name = _NAME_AFTER.match(text, end)
    if name is None or name.group(1).split()[0].lower() in cues().title_minor_words:
        return source
    return f"{source}. {name.group(1)}"
