"""A parsed chunk's text, joined once a chunk: ``Doc.text`` builds a Token for every word on
each call, and several parse repairs look at the text before their token walk. Its own module:
the repairs are components ``nlp.load_nlp`` builds its pipeline from."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT = "claimdesk_text"


def chunk_text(doc: Doc) -> str:
    """The chunk's text, read once and kept on its ``user_data`` (a merge or a split of words
    keeps a Doc's text the same)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
