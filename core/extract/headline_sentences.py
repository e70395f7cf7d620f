"""Whether a parsed sentence is the report's headline: the first sentence of its parse,
closed by no sentence mark (a body sentence ends with a full stop or a quote). A test on the
parse alone, for readers that see a region's sentences; ``headline_victims.headline_line``
asks the same of a place in the whole text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span

SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")


def headline_sentence(sent: Span) -> bool:
    """The region's first sentence, closed by no mark: a headline."""
    return sent.start == 0 and not span_text(sent).rstrip().endswith(SENTENCE_ENDS)
