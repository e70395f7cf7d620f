"""Figures that are amounts, not counts of people: money ("$150,000 bail", "Rs 500") and
shares ("homicides fell 6% in May", "a 12 per cent rise"), whatever the verb or the noun
around them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def money(num: Token) -> bool:
    """A figure the recogniser tags as money that names a currency ("$150,000", "5 million
    naira", "Rs 500"); "at no fewer than 12" it may tag so with no currency named is a count."""
    if num.ent_type_ != "MONEY":
        return False
    ent = next((e for e in num.doc.ents if e.start <= num.i < e.end), None)
    return ent is None or any(
        t.tag_ == "$" or (t.pos_ in ("NOUN", "PROPN", "SYM", "X") and not t.like_num) for t in ent
    )


def after_currency(span: Span) -> bool:
    """A currency sign or code right before the figure ("$150,000", "Rs 500")."""
    if span.start == 0:
        return False
    left = span.doc[span.start - 1]
    return left.tag_ == "$" or left.text in ("$", "€", "£", "¥", "₹", "Rs", "Rs.", "USD", "PKR")


def a_share(span: Span) -> bool:
    """The figure's words are followed by a percent sign or word ("6%", "12 percent",
    "nine per cent"), or it is a rate over a number of people ("7 deaths per 100,000
    people", "3 per 1,000 births")."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    marks = word_set("measures", "share_marks")
    if after and (after[0] in marks or " ".join(after) in marks):
        return True
    # "per 100,000" or "for every 100,000" right after the figure, or after its counted noun
    return _rate_base_before(span) or any(
        _rate_base_at(doc, span.end + k) and (k == 0 or doc[span.end].is_alpha) for k in (0, 1)
    )


_RATE_LINKS = (("per",), ("for", "every"))


def _rate_base_at(doc: Doc, at: int) -> bool:
    """ "per 100,000", "for every 100,000" opens at ``at``."""
    for link in _RATE_LINKS:
        end = at + len(link)
        if end < len(doc) and [t.lower_ for t in doc[at:end]] == list(link):
            return doc[end].like_num
    return False


def _rate_base_before(span: Span) -> bool:
    """The figure is a rate's base: "46 for every 100,000 residents", "7 per 1,000 births"
    (not "as per 2 officials", a source)."""
    doc, start = span.doc, span.start
    return any(
        start - len(link) > 0
        and [t.lower_ for t in doc[start - len(link) : start]] == list(link)
        and doc[start - len(link) - 1].lower_ != "as"
        for link in _RATE_LINKS
    )
