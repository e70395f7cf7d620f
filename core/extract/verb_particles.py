"""A verb's particle before a number is no qualifier: "militants turned over 41 firearms",
"police handed over 12 suspects" count 41 and 12, where "over 30 people were killed" counts
more than 30. The text's pattern reads "over 41" whatever the word does; the parse tells a
particle of the verb (``prt``) from a modifier of the number."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from core.text.qualifiers import interval

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.settings import Settings
    from core.text.numbers import Amount

PARTICLE = "prt"


def without_particle(
    amount: Amount, num: Token, span: Span, settings: Settings
) -> tuple[Amount, Span]:
    """The figure and its span, less a verb's particle read as its qualifier."""
    first = span[0]
    if first.dep_ != PARTICLE or first.i >= num.i or amount.qualifier == "exact":
        return amount, span
    cut = first.idx + len(first.text_with_ws) - span.start_char
    low, high = interval(amount.value, "exact", settings=settings)
    amount = dataclasses.replace(
        amount, start=amount.start + cut, text=amount.text[cut:], qualifier="exact", low=low,
        high=high,
    )
    return amount, span.doc[first.i + 1 : span.end]
