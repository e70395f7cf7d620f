"""A report's material named as if it spoke (issue #11, attribution): "According to the
figures, 402 suspects were arrested", "The data showed that 89 militants were killed". The
figures are no one's voice; they are the material of the body that keeps them, named as the
source of the sentence right before ("..., officials said on Thursday."), which vouches for
them. A witness, a resident, a speaker in another paragraph vouches for no records, and
material an aside says another made ("The statistics, published by the UN agency, show")
is not theirs: then the figure has no source, a bare "the figures" naming no one. A body's
own material ("police figures") stays the body's; a statistics release whose lead names its
recorder is ``report_recorder``'s."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.model import Claim
from core.rules import word_set

# what makes the material another's: an aside naming who made it ("The statistics, published
# by the UN agency, show", "According to the records, seen by Reuters,")
_ASIDE = re.compile(
    r"^\s*,\s*(?:which|that|seen|published|compiled|released|issued|obtained|prepared|"
    r"provided|collected|gathered|shared|made|by)\b",
    re.IGNORECASE,
)


@functools.cache
def _material_phrase() -> re.Pattern[str]:
    """ "the figures", "these statistics": a demonstrative or the article and a material."""
    nouns = "|".join(re.escape(w) for w in sorted(word_set("cues", "official_record_nouns")))
    return re.compile(rf"(?i)^(?:according to )?(?:the|these|those) (?:{nouns})\b")


@functools.cache
def _keepers() -> frozenset[str]:
    """The words of a voice that keeps records: a body ("police", "the ministry") or one who
    speaks for its records ("officials", "a spokesman"), not a witness or a resident."""
    return (
        word_set("cues", "institution_nouns")
        | word_set("cues", "record_keeping_roles")
        | word_set("cues", "recorder_officials")
    )


def _bare_material(source: str | None) -> bool:
    """The source is only the material: "the figures", "the data"."""
    if source is None:
        return False
    match = _material_phrase().match(source.strip())
    return match is not None and match.end() == len(source.strip())


def _told_by_material(claim: Claim) -> bool:
    """The figure has no source of its own, or the bare material, and its sentence opens on
    the material ("According to the data, ...", "The figures showed ..."), with no aside
    naming who made it."""
    if claim.attribution is not None and not _bare_material(claim.attribution):
        return False
    sentence = claim.sentence.lstrip()
    opening = _material_phrase().match(sentence)
    return opening is not None and _ASIDE.match(sentence[opening.end() :]) is None


def _keeps_records(voice: str) -> bool:
    words = re.findall(r"[a-z]+", voice.lower())
    return any(w in _keepers() or w.rstrip("s") in _keepers() for w in words)


def _just_before(before: Claim, claim: Claim, text: str) -> bool:
    """``before``'s sentence is the one right before ``claim``'s, in its paragraph."""
    gap = text[before.sentence_end : claim.sentence_start]
    return before.sentence_end <= claim.sentence_start and not gap.strip() and "\n\n" not in gap


def material_sources(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims told by a report's material given the source that keeps it, named in the
    sentence right before."""
    if not any(_told_by_material(c) for c in claims):
        return list(claims)
    ordered = sorted(claims, key=lambda c: c.start)
    given: dict[str, str | None] = {}
    for n, claim in enumerate(ordered):
        if not _told_by_material(claim):
            continue
        spoke = next(
            (
                c
                for c in reversed(ordered[:n])
                if c.sentence_start < claim.sentence_start and c.attribution is not None
                and not _bare_material(c.attribution)
            ),
            None,
        )
        voice = spoke.attribution if spoke is not None else None
        keeps = (
            spoke is not None and voice is not None and _keeps_records(voice)
            and _just_before(spoke, claim, text)
        )
        given[claim.id] = voice if keeps else None
    return [
        dataclasses.replace(c, attribution=given[c.id]) if c.id in given else c for c in claims
    ]
