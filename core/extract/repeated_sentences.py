"""A sentence a web page prints twice: the lead set again under a photo, a summary box and
then the story, a paragraph the page pasted twice. The second copy, word for word the same,
tells no one new: its figures are the first copy's, no claims of their own (a victim counts
once a report, at the first telling). A headline (or a caption over the story) the body
repeats is no such copy: a checker reads the headline apart, the body's first telling counts
beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.model import Claim

# a sentence this short ("Two were hurt.") may well be written twice of two happenings
MIN_REPEATED_CHARS = 40


def repeated_claims(claims: Sequence[Claim], headline_end: int) -> set[str]:
    """The ids of the claims a sentence of the body gives again word for word after an
    earlier sentence of the body gave them (``headline_end``: where the headline ends, -1
    for none): the same sentence text, figure and measure."""
    first: dict[tuple[str, str, str, float], int] = {}
    out: set[str] = set()
    for claim in claims:
        text = claim.sentence.strip()
        if claim.sentence_start <= headline_end or len(text) < MIN_REPEATED_CHARS:
            continue
        key = (text, claim.number_text, claim.measure, claim.value)
        at = first.setdefault(key, claim.sentence_start)
        if at != claim.sentence_start:
            out.add(claim.id)
    return out
