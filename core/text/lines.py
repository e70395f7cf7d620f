"""Lines as spans: plain-text news keeps one paragraph (or headline, or menu item) a line."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

_BLANK_LINE = re.compile(r"\n\s*\n")
# what a sentence of body text closes on; a line without it is a headline or a subtitle
_CLOSING = (".", "!", "?", '"', "'", "”", "’", ")")


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding whitespace."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            yield start, start + len(stripped)
        pos += len(line)


def a_title(line: str) -> bool:
    """A line with no closing stop: a headline or a subtitle."""
    return not line.rstrip().endswith(_CLOSING)


def paragraph_breaks(text: str) -> list[int]:
    """Where each blank-line paragraph break ends: paragraph n > 0 starts at ``breaks[n - 1]``."""
    return [m.end() for m in _BLANK_LINE.finditer(text)]


def paragraph_of(breaks: list[int], pos: int) -> int:
    """Index of the paragraph (blank-line separated block) holding ``pos``."""
    return bisect.bisect_right(breaks, pos)
