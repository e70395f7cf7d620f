"""Quotations over the raw text: quote marks, paragraphs and the quoted spans statements
start from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


_QUOTE_MARKS = frozenset("\"'“”‘’")
_MARK = re.compile("[" + re.escape("".join(sorted(_QUOTE_MARKS))) + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation: marks at ``open`` and ``close``; ``[start, end)`` its content."""

    open: int
    close: int
    start: int
    end: int


def _is_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "…")


def _is_close_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line blocks when the text has any, else lines."""
    sep = re.compile(r"\n[ \t\r\f\v]*\n\s*" if re.search(r"\n[ \t\r\f\v]*\n", text) else r"\n+")
    spans, pos = [], 0
    for m in sep.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def find_quotes(text: str) -> list[Quote]:
    """Pair quote marks paragraph by paragraph, straight and typographic.

    ’ and ' are apostrophes unless they sit at a word boundary. A double quote left open at the
    end of a paragraph continues when the next paragraph opens with a quote mark (the
    newspaper convention for a quote over several paragraphs), and over lines that go on with
    its sentence in lower case (copy with one sentence a line).
    """
    quotes: list[Quote] = []
    pending: int | None = None  # opening mark of a quote carried over from the last paragraph
    broken: int | None = None  # where the lines that broke an open quote's sentence end
    for p_start, p_end in paragraphs(text):
        if pending is not None and _broken_line(text, p_start, p_end):
            broken = p_end  # "… the whole street is numb" / "and we lost a neighbour": one sentence
            continue
        carried = pending
        pending = _paragraph_quotes(text, p_start, p_end, pending, quotes)
        # (the quotes scanned only for a quote the broken lines left open: rare)
        if carried is not None and pending is None and broken is not None and not any(
            q.open == carried for q in quotes
        ):
            quotes.append(_unclosed(text, carried, broken))
        if pending != carried or pending is None:
            broken = None
    if pending is not None and broken is not None:
        quotes.append(_unclosed(text, pending, broken))
    return sorted(quotes, key=lambda q: q.open)


def _broken_line(text: str, p_start: int, p_end: int) -> bool:
    """A paragraph that goes on with the sentence before it (copy with one sentence a line
    broke it): it starts in lower case and has no quote mark of its own."""
    return text[p_start : p_start + 1].islower() and _MARK.search(text, p_start, p_end) is None


def _unclosed(text: str, o: int, end: int) -> Quote:
    """A quote left open whose sentence runs on over broken lines (copy with one sentence a
    line), and no mark closes: it ends where that sentence does; one left open at the end of a
    paragraph with nothing going on reads as no quote."""
    quote = _trimmed(text, o, end)
    return Quote(o, end, quote.start, quote.end)


def _paragraph_quotes(
    text: str, p_start: int, p_end: int, carried: int | None, quotes: list[Quote]
) -> int | None:
    """Append the quotes the paragraph closes to ``quotes``; return the opening mark of a double
    quote still open at its end (it may go on in the next paragraph), else None."""
    stack: list[tuple[str, int]] = []
    first = True
    for m in _MARK.finditer(text, p_start, p_end):  # the marks, not every character
        i = m.start()
        c = text[i]
        # only the paragraph's first mark, with nothing but spaces before it, opens it
        at_start = first and not text[p_start:i].strip()
        first = False
        if carried is not None and at_start and c in '"“':
            stack.append(("d", carried))  # the continuation mark reopens the same quote
            carried = None
            continue
        if carried is not None and c in '"”':
            # no mark reopens it, and the first double mark closes: a line break inside the
            # quote (copy with one sentence a line), which runs on to this mark
            if c == "”" or not text[i - 1].isspace():
                stack.append(("d", carried))
            carried = None
        _read_mark(text, i, stack, quotes)
    open_doubles = [o for k, o in stack if k == "d"]
    return open_doubles[0] if open_doubles else None


def _read_mark(text: str, i: int, stack: list[tuple[str, int]], quotes: list[Quote]) -> None:
    """The quote mark at ``i`` opens a quote (pushed on ``stack``), closes one (a top-level one
    appended to ``quotes``) or is an apostrophe."""
    c = text[i]
    if c == "“" or (c == '"' and not any(k == "d" for k, _ in stack)):
        stack.append(("d", i))
    elif c in '”"':
        while stack and stack[-1][0] != "d":
            stack.pop()
        if stack:
            _, o = stack.pop()
            if not stack:
                quotes.append(_trimmed(text, o, i))
    elif c in "‘'" and _is_open_single(text, i):
        stack.append(("s", i))
    elif c in "’'" and any(k == "s" for k, _ in stack) and _is_close_single(text, i):
        while stack[-1][0] != "s":
            stack.pop()
        _, o = stack.pop()
        if not stack:
            quotes.append(_trimmed(text, o, i))


def _trimmed(text: str, o: int, c: int) -> Quote:
    start, end = o + 1, c
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Quote(o, c, start, end)
