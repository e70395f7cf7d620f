"""A tally a person or an unnamed official gives in their own words ("At least 40 people have
been killed in Tarn this year, a police spokesman said"): the speaker vouches for the figures
of that statement and of the paragraph that tells it, not for the tallies the outlet tells
in its own voice in a later paragraph, as a body's report (a statistics report's recorder)
does. A later paragraph that goes on with the speaker's words (a quote run on) is a statement
of its own, which names the speaker again."""

from __future__ import annotations

from collections.abc import Sequence

from core.model import Claim, Statement

# the statements that vouch for the figures inside them (not a denial or a claim of a deed)
_SPOKEN = frozenset({"quote", "reported"})
# the speakers who say, as against a body whose figures a report restates
_VOICES = frozenset({"person", "anonymous"})


def spoken_ids(claims: Sequence[Claim], statements: Sequence[Statement]) -> frozenset[str]:
    """The claims that lie in the words of a person or an unnamed speaker."""
    voices = sorted(
        (s.start, s.end) for s in statements if s.kind in _SPOKEN and s.speaker_kind in _VOICES
    )
    return frozenset(
        c.id for c in claims if any(a <= c.start and c.end <= b for a, b in voices)
    )


def same_paragraph(text: str, first: int, second: int) -> bool:
    """Both offsets lie in one paragraph (one line of the text, as the claims read it)."""
    return text.rfind("\n", 0, first) == text.rfind("\n", 0, second)
