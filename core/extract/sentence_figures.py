"""The figures of one sentence as the claim reader takes them: the numbers found in it, capped
at the per-sentence limit, and the elliptical ones ("rose to 263") that borrow the reading of
the figure before them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.figures import counts_a_word, zero_figures
from core.extract.measures import Reading
from core.extract.readings import elliptical
from core.settings import Settings
from core.text.numbers import Amount, find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk


def sentence_figures(
    sent: Span, chunk: Chunk, settings: Settings, crowded: list[int] | None
) -> list[tuple[Amount, Token, Span]]:
    """The sentence's figures (amount, number token, span), up to the per-sentence limit."""
    doc = chunk.doc
    sent_text = sent.text
    base = sent.start_char
    amounts = list(find_amounts(sent_text, settings=settings))
    limit = settings.max_claims_per_sentence
    if len(amounts) > limit:
        # each figure's reading walks the sentence: thousands of figures in one sentence
        # ("dozens of dozens of ...") would cost their square
        if crowded is not None:
            crowded[0] += 1
            crowded[1] += len(amounts) - limit
        # figures followed by a word ("2 people") before bare runs of numbers ("1 and 1")
        ranked = sorted(
            range(len(amounts)), key=lambda i: (not counts_a_word(sent_text, amounts[i]), i)
        )
        amounts = [amounts[i] for i in sorted(ranked[:limit])]
    figures: list[tuple[Amount, Token, Span]] = []
    for amount in amounts:
        span = doc.char_span(base + amount.start, base + amount.end, alignment_mode="expand")
        num_span = doc.char_span(
            base + amount.number_start, base + amount.number_end, alignment_mode="expand"
        )
        if span is None or num_span is None:
            continue
        figures.append((amount, num_span.root, span))
    if settings.zero_counts:
        figures.extend(zero_figures(sent))
    return figures


def with_ellipsis(
    readings: list[tuple[Amount, Token, Span, Reading]],
) -> list[tuple[Amount, Token, Span, Reading]]:
    """Elliptical figures ("compared with 645", "rose to 263") take the reading of the figure
    before them in the sentence; other figures without a measure are dropped."""
    resolved: list[tuple[Amount, Token, Span, Reading]] = []
    for amount, num, span, own in readings:
        if own.measure is not None:
            resolved.append((amount, num, span, own))
            continue
        prev = resolved[-1][3] if resolved else None
        # Only a counted measure carries over: a stray number after an uncategorised count
        # ("calling 911") is not more of the same.
        if prev is None or prev.measure in (None, "other") or not elliptical(num):
            continue
        if not amount.value.is_integer():
            continue  # "... killed in Zarand in a 6.4 quake": a fraction is no more of them
        borrowed = Reading(
            measure=prev.measure,
            noun=prev.noun,
            anchor=num.head,
            rule=f"ellipsis<{prev.rule}",
        )
        resolved.append((amount, num, span, borrowed))
    return resolved
