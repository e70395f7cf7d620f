"""A harm told once within a running week or month: "were killed when a bomb went off this
week", "a man who fatally shot a boy this month while hunting". One happening some days back,
which the report's incident day inside the span dates (``claim_dates.named_within``); not a
count run over the span ("gunmen have killed 40 people this week", told in the perfect), and
for a month, one person only ("police killed 40 militants this month" counts a month's
raids)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.incident_words import _governor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period

_THIS_SPAN = re.compile(r"^(?:(?:in|during|over|on) )?this (week|month)$", re.IGNORECASE)
_ONE = frozenset({"one", "1", "a", "an"})


def once_this_week(period: Period, root: Token, anchor: Token | None) -> bool:
    """The figure's harm happened once this week (or, for one person, this month)."""
    found = _THIS_SPAN.match(period.text.strip()) if anchor is not None else None
    if anchor is None or found is None:
        return False
    if found.group(1).lower() == "month" and _counts_many(anchor):
        return False
    verbs = [_governor(root), *[t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")][:1]]
    return not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for v in verbs for c in v.children
    )


def _counts_many(anchor: Token) -> bool:
    """The figure counts more than one: a numeral other than "one" or a plural noun, on the
    word it is read from or on the verb's people ("killed 40 smugglers")."""
    roles = ("dobj", "nsubj", "nsubjpass")
    counted = [anchor, *(c for c in anchor.children if c.dep_ in roles)]
    return any(_many(t) for t in counted)


def _many(word: Token) -> bool:
    if word.like_num:
        return word.lower_ not in _ONE
    numerals = [c for c in word.children if c.dep_ == "nummod"]
    return any(c.lower_ not in _ONE for c in numerals) or word.tag_ in ("NNS", "NNPS")
