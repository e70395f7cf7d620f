"""A sentence whose opening tells its time from the time told before: "Later that month",
"By the end of the month", "That same week", "Two weeks later", "The next day". A past
incident's month carried from the paragraph before ("Last August, a teen was wounded.") goes
on into it across a blank line, where a new paragraph would otherwise tell the report's own
incident again (``recalled_days.recall_ends``)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.recalled_days import recall_ends
from core.rules import load_rules
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from core.extract.claim_context import ClaimContext
    from core.text.dates import Period

# the opening a time phrase may stand in: "By the end of the month, ..." is six words
_OPENING_CHARS = 48


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _opening() -> re.Pattern[str]:
    rules = load_rules("dates")
    unit = rf"(?:{_alternation(rules['told_back_units'])})s?"
    pointer = _alternation(rules["told_back_pointers"])
    shift = _alternation(list(rules["story_shifts"]))
    part = _alternation(rules["told_back_parts"])
    order = _alternation(rules["told_back_orders"])
    num = date_words().num.replace("(?P<n>", "(?:")
    phrases = [
        rf"(?:(?:{shift}) )?(?:{pointer}) {unit}",  # "later that month", "that same week"
        rf"(?:\w+ )?the (?:{part}) of (?:the|that) {unit}",  # "by the end of the month"
        rf"the (?:{order}) {unit}",  # "the next day"
        rf"(?:(?:{num}|an?|a few|several) )?{unit} (?:{shift})",  # "two weeks later"
    ]
    filler = _alternation(rules["fillers"])  # "Just two days later"
    return re.compile(rf"\W*(?:(?:{filler}) )?(?:{'|'.join(phrases)})\b", re.IGNORECASE)


def told_back(sent: Span) -> bool:
    """The sentence opens with a time told from the time of the sentences before it."""
    return _opening().match(_opening_text(sent)) is not None


def _opening_text(sent: Span) -> str:
    """The text from the sentence's start, ``_OPENING_CHARS`` long or to the end of its doc:
    joined from the first few tokens, as ``Doc.text`` joins every token of the doc on each
    call (asked once a sentence)."""
    doc, parts, size = sent.doc, [], 0
    for i in range(sent.start, len(doc)):
        word = doc[i].text_with_ws
        parts.append(word)
        size += len(word)
        if size >= _OPENING_CHARS:
            break
    return "".join(parts)[:_OPENING_CHARS]


def recall_carry(
    ctx: ClaimContext, sent: Span, text: str, gap: tuple[int, int], incident: Period | None
) -> None:
    """A past incident's time carried to ``sent`` ends at a blank line (``recall_ends``),
    unless the sentence tells its time from it; one that does after a paragraph with no time
    of its own ("Last July, three were shot. | A boy, 3, was hurt. | By the end of the month,
    ...") takes up the time that blank line ended, the last one the report told besides its
    incident's day."""
    # a time told since, other than the report's own day its figures fell back on: the one
    # ended is no longer the last
    if ctx.period not in (None, ctx.recalled, incident):
        ctx.recalled = None
    if not told_back(sent):
        if ctx.harmed and recall_ends(text, gap, ctx.period, incident):
            ctx.recalled, ctx.period = ctx.period, None
    elif ctx.period in (None, incident) and ctx.recalled is not None:
        ctx.period = ctx.recalled
