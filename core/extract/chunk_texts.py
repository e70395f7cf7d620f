"""A parsed chunk's text, joined once a chunk: ``Doc.text`` builds a Token for every word on
each call, and several parse repairs look at the text before their token walk. Its own module:
the repairs are components ``nlp.load_nlp`` builds its pipeline from. A sentence's text is
cut from the chunk's the same way (``span_text``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXT = "claimdesk_text"


def chunk_text(doc: Doc) -> str:
    """The chunk's text, read once and kept on its ``user_data`` (a merge or a split of words
    keeps a Doc's text the same)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """The span's text (a sentence's), cut from its chunk's: ``Span.text`` builds a Token for
    every word on each call, and a sentence's text is read by many readers of it."""
    return chunk_text(span.doc)[span.start_char : span.end_char]
