"""Numbers that address something rather than count it: a telephone number, a house number
before its street, a line's list numbering."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.claim_places import lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Span

# Matched at a line start with .match(text, pos): no "^", which would only match at 0.
_LINE_NUMBERING = re.compile(r"\s*\d+\s*[.)]\s")


# The words a street name may run to after its house number ("1249 Bell's Ferry Road").
MAX_STREET_WORDS = 4


# "call 907-555-0143", "(907) 555-0143", "907.555.0143": three groups of digits, the first
# bracketed or all joined by hyphens or dots, are a telephone number (the tagger may call a
# piece of one a quantity), never a count
_PHONE = re.compile(r"(?:\(\d{3}\) ?|(?<![\d.-])\d{3}[-.])\d{3}[-.]\d{4}(?![\d-])")
# "051-9272111", "0300 1234567", "(042) 3576 1234", "+92 300 1234567": a number dialled with
# its trunk "0" or its country's "+" (South Asian, British, African copy); no count is written
# with a leading zero or a plus
_PREFIXED_PHONE = re.compile(
    r"(?<![\w.,/-])(?:\(0\d{1,4}\)|0\d{1,4}|\+\d{1,3}(?:[ -]\(?\d{1,4}\)?)?)"
    r"[ -]?\d{3,10}(?:[ -]\d{3,4})?(?![\d/-])"
)
# "1800-180-1551", "1800-11-4000", "1-800-555-0143": a toll-free line, three or four groups
# of digits joined by hyphens (a range joins two); ten digits at least, as no date holds
_GROUPED_PHONE = re.compile(r"(?<![\w.,/-])\d{1,4}(?:-\d{2,4}){2,3}(?![\w/-])")
_GROUPED_DIGITS = 10
# how far before a number a telephone number it is part of may start: the tokenizer may
# leave the last group alone ("559-621-" before "7000", "(559) 621-" before it)
_PHONE_REACH = 10
# the same for a number in four groups ("+234 803 765 4321": its last group alone)
_PREFIXED_REACH = 20
# a number dialled holds eight digits at least ("0800 1111"); fewer after a zero are a time
# and a count ("At 0600 150 people were arrested") or a range written with zeros ("010-015")
_DIALLED_DIGITS = 8


def phone_number(span: Span, text: str, offset: int) -> bool:
    """Part of a telephone number ("call 907-555-0143", "051-9272111")."""
    start, end = offset + span.start_char, offset + span.end_char
    if any(
        m.start() <= start and end <= m.end()
        and sum(c.isdigit() for c in m.group()) >= _GROUPED_DIGITS
        for m in _GROUPED_PHONE.finditer(
            text, max(0, start - _PREFIXED_REACH), end + _PREFIXED_REACH
        )
    ):
        return True
    return any(
        m.start() <= start and end <= m.end()
        and sum(c.isdigit() for c in m.group()) >= _DIALLED_DIGITS
        for phone, reach in ((_PHONE, _PHONE_REACH), (_PREFIXED_PHONE, _PREFIXED_REACH))
        for m in phone.finditer(text, max(0, start - reach), end + 2 * reach)
    )


def house_number(span: Span) -> bool:
    """ "at 1249 Elm Road", "484 Walnut St.": a number before a capitalised name that ends in
    a street word is an address; "12 Main Street residents" counts the residents."""
    suffixes = lexicon_places().street_suffixes
    doc = span.doc
    names = 0
    for tok in doc[span.end : span.end + MAX_STREET_WORDS + 1]:
        if tok.lower_.rstrip(".") in suffixes and tok.text[:1].isupper():
            return names > 0 and span.root.head.i <= tok.i
        if tok.lower_ in ("'s", "’s") or (tok.text[:1].isupper() and tok.is_alpha):
            names += 1
            continue
        return False
    return False


def list_number(span: Span, text: str, offset: int) -> bool:
    """List numbering at the start of a line ("1. Skip to content")."""
    line_start = text.rfind("\n", 0, offset + span.start_char) + 1
    return bool(
        _LINE_NUMBERING.match(text, line_start) and offset + span.start_char - line_start < 4
    )
