"""Which of a sentence's tokens lies nearest a figure: in the dependency tree first, then in
the text (the date or place a figure takes when its sentence names several)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

_T = TypeVar("_T")


def nearest(anchor: Token, items: Iterable[tuple[Token, _T]]) -> _T | None:
    """The value whose token is closest to the anchor in the tree (then in the text)."""
    best: tuple[int, int, _T] | None = None
    for tok, value in items:
        d = _tree_distance(anchor, tok)
        key = (d, abs(tok.i - anchor.i))
        if best is None or key < best[:2]:
            best = (key[0], key[1], value)
    return best[2] if best is not None else None


def _tree_distance(a: Token, b: Token) -> int:
    def chain(t: Token) -> list[Token]:
        out = [t]
        while t.head.i != t.i:
            t = t.head
            out.append(t)
        return out

    ca, cb = chain(a), chain(b)
    index_b = {t.i: n for n, t in enumerate(cb)}
    for n, t in enumerate(ca):
        if t.i in index_b:
            return n + index_b[t.i]
    return len(ca) + len(cb) + 10  # different sentences
