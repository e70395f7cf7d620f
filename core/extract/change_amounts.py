"""The amount a count changed by, which counts no one (issue #11, not claims): a statistics
release writes the new total and its change side by side ("71 homicides in 2025, up 12 from
2024", "62 homicides, 19 fewer than in 2024", "88, an increase of 14", "40 killings, a rise of
six on the year before"). The change is no more of the total before it; the earlier total it
implies is not written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

DIRECTIONS = frozenset({"up", "down"})  # "up 12 from 2024"
_COMPARATIVES = frozenset({"fewer", "more", "less"})  # "19 fewer than in 2024"


def a_change_amount(num: Token) -> bool:
    """``num`` is the size of a change: "an increase of 14", "up 12", "19 fewer than"."""
    head = num.head
    if num.dep_ == "pobj" and head.lower_ == "of":
        # "a rise of six": a noun of change (the trends a release reports)
        return head.head.lemma_.lower() in word_set("cues", "recorder_trends")
    if num.dep_ == "npadvmod" and head.lower_ in DIRECTIONS:
        return True
    return num.dep_ == "npadvmod" and any(
        c.lower_ in _COMPARATIVES and any(t.lower_ == "than" for t in c.children)
        for c in num.children
    )
