"""A figure whose own noun names who gives it ("more than the 11 deaths confirmed by the prison
agency", "eight deaths reported by the hospital") keeps that source inside another's words:
"Police said 14 prisoners died, more than the 11 deaths confirmed by the agency" gives the 11
to the agency, not to the police whose statement holds it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.toll_givers import RECORDING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.nlp import Chunk
    from core.model import Claim


def names_own_source(chunks: Sequence[Chunk], claim: Claim) -> bool:
    """The claim's figure counts a noun a recording participle with its agent modifies
    ("the 11 deaths confirmed by X"), as ``attribution.recorder`` reads it."""
    noun = _counted_noun(chunks, claim)
    return noun is not None and any(
        c.dep_ == "acl"
        and c.lemma_.lower() in RECORDING_VERBS
        and any(a.dep_ == "agent" for a in c.children)
        for c in noun.children
    )


def _counted_noun(chunks: Sequence[Chunk], claim: Claim) -> Token | None:
    """The noun the claim's number counts ("deaths" of "the 11 deaths"), or the number."""
    for chunk in chunks:
        if chunk.offset <= claim.start and claim.end <= chunk.offset + len(chunk.text):
            span = chunk.doc.char_span(
                claim.start - chunk.offset, claim.end - chunk.offset, alignment_mode="expand"
            )
            if span is None:
                return None
            num = span.root
            return num.head if num.dep_ == "nummod" else num
    return None
