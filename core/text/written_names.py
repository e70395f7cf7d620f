"""Where a name is written in a text, for rules that read the words around it ("the province
of X", "X state", "neighbouring X"). Each rule compiles the words once, and the name is found
by itself: a pattern of the words with the name inside costs a new compile for every name a
report asks about (hundreds a report, each new pattern over a long alternation), and crowds
the other rules' patterns out of the ``re`` module's cache.

``name_spans`` finds what ``re.escape(name)`` matches, case-folded as ``re.IGNORECASE`` does
when ``fold``; ``boundary`` is ``\\b``. Together with a pattern that ends with ``\\Z``
searched up to a span's start, or one matched from its end, they answer as the one pattern
with the name inside.
"""

from __future__ import annotations

import functools
import re

_NAME_PATTERNS = 1024  # distinct names of a batch, as the per-name patterns were cached


def name_spans(text: str, name: str, *, fold: bool) -> list[tuple[int, int]]:
    """The (start, end) of every place ``name`` is written in ``text``, overlapping ones
    too (``re.escape(name)`` searched from each position)."""
    if not name:
        return [(at, at) for at in range(len(text) + 1)]
    if name.isascii() and text.isascii():  # ASCII: lower case is the pattern's case folding
        hay, key = (text.lower(), name.lower()) if fold else (text, name)
        spans = []
        at = hay.find(key)
        while at >= 0:
            spans.append((at, at + len(key)))
            at = hay.find(key, at + 1)
        return spans
    pattern = _literal(name, fold)
    spans = []
    found = pattern.search(text)
    while found is not None:
        spans.append(found.span())
        found = pattern.search(text, found.start() + 1)
    return spans


@functools.lru_cache(maxsize=_NAME_PATTERNS)
def _literal(name: str, fold: bool) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.IGNORECASE if fold else 0)


def boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character on one side only (a letter, digit or "_")."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < len(text) and _word_char(text[at])
    return before != after


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def written_with(
    text: str,
    spans: list[tuple[int, int]],
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
) -> bool:
    """Whether a span of the name has ``before`` (a pattern ending ``\\Z``) written up to it,
    the name ending on a word boundary (``\\b(?:units) of X\\b``), or ``after`` (matched
    from its end) with the name starting on one (``\\bX,? (?:units)\\b``)."""
    return any(
        (before is not None and boundary(text, end) and before.search(text, 0, start))
        or (after is not None and boundary(text, start) and after.match(text, end))
        for start, end in spans
    )
