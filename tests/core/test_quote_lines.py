"""A quote left open whose sentence the copy broke over lines (one sentence a line, the next
line going on in lower case) runs over those lines; one left open with nothing going on is
still no quote. Texts invented."""

from __future__ import annotations

import pytest

from core.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ('Roe said it.\n"The whole street is grieving tonight...\n'
         "and my brother lost two of his workmates...\nWe will gather at the hall.\n",
         ["The whole street is grieving tonight...\n"
          "and my brother lost two of his workmates..."]),
        ('"We are in shock\nand lost two friends\nand more," he said.',
         ["We are in shock\nand lost two friends\nand more"]),
        # nothing goes on in lower case: an open mark alone makes no quote
        ('He said "we are in shock.\nThe fire killed 2 people.', []),
        ("He is 5'10\" tall.\nThe fire killed 2 people.", []),
    ],
)
def test_a_quote_over_broken_lines(text: str, contents: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == contents
