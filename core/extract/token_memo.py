"""A reading of one token that depends on the parse alone, remembered on its parsed document:
several readers ask the same of the same token (``place_words.locative`` thrice a token)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def by_token(tok: Token, key: str, read: Callable[[Token], bool]) -> bool:
    """``read(tok)``, read once a token of a document (``key`` names the reading)."""
    memo: dict[int, bool] = tok.doc.user_data.setdefault(key, {})
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = read(tok)
    return found
