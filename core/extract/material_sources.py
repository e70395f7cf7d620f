"""A report's material named as if it spoke (issue #11, attribution): "According to the
figures, 402 suspects were arrested", "The data showed that 89 militants were killed". The
figures are no one's voice; they are the material of the source the report named just before
("..., officials said on Thursday."), which vouches for them. With no such source before them
in the paragraph or the one before, the figure has no source: a bare "the figures" names no
one. A body's own material ("police figures", "the ministry's data") stays the body's; a
statistics release whose lead names its recorder is ``report_recorder``'s."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.model import Claim
from core.rules import word_set
from core.text.lines import paragraph_breaks, paragraph_of

# the source vouching for the material is named in its paragraph or the one before it
MAX_PARAGRAPHS_BACK = 1


@functools.cache
def _material_phrase() -> re.Pattern[str]:
    """ "the figures", "these statistics": a demonstrative or the article and a material."""
    nouns = "|".join(re.escape(w) for w in sorted(word_set("cues", "official_record_nouns")))
    return re.compile(rf"(?i)^(?:according to )?(?:the|these|those) (?:{nouns})\b")


def _bare_material(source: str | None) -> bool:
    """The source is only the material: "the figures", "the data"."""
    if source is None:
        return False
    match = _material_phrase().match(source.strip())
    return match is not None and match.end() == len(source.strip())


def _told_by_material(claim: Claim) -> bool:
    """The figure has no source of its own and its sentence opens on the material ("According
    to the data, ...", "The figures showed ...")."""
    opening = _material_phrase().match(claim.sentence.lstrip())
    return claim.attribution is None and opening is not None


def material_sources(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims told by a report's material given the source named before them."""
    if not any(_bare_material(c.attribution) or _told_by_material(c) for c in claims):
        return list(claims)
    breaks = paragraph_breaks(text)
    ordered = sorted(claims, key=lambda c: c.start)
    given: dict[str, str | None] = {}
    for n, claim in enumerate(ordered):
        if not (_bare_material(claim.attribution) or _told_by_material(claim)):
            continue
        here = paragraph_of(breaks, claim.start)
        voice = next(
            (
                c.attribution
                for c in reversed(ordered[:n])
                if c.sentence_end <= claim.sentence_start
                and here - paragraph_of(breaks, c.start) <= MAX_PARAGRAPHS_BACK
                and c.attribution is not None
                and not _bare_material(c.attribution)
            ),
            None,
        )
        given[claim.id] = voice
    return [
        dataclasses.replace(c, attribution=given[c.id]) if c.id in given else c for c in claims
    ]
