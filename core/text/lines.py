"""Lines as spans: plain-text news keeps one paragraph (or headline, or menu item) a line."""

from __future__ import annotations

from collections.abc import Iterator


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding whitespace."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            yield start, start + len(stripped)
        pos += len(line)
