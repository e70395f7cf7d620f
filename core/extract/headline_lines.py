"""Whether a sentence is the report's headline: its first line, closed by no sentence mark
(a body sentence ends with a full stop or a quote)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")


def headline_line(sent: Span) -> bool:
    """The report's first line, a headline: the first sentence, closed by no mark."""
    return sent.start == 0 and not sent.text.rstrip().endswith(SENTENCE_ENDS)
