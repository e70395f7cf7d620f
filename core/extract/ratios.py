"""A ratio is no count (issue #11, not claims): "One in five homicide victims were under 25",
"Two out of three victims were shot", "Four in 10 homicides were gang-related", "one in
every four victims" tell a share; neither number counts anyone. "Gunmen killed 12 in three
attacks" is a count and its occasions: a ratio's first number is at most its second, and
never a verb's object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.counted_sources import told_harmed
from core.text.numbers import find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Token

_LINKS = (("in",), ("in", "every"), ("out", "of"))  # "one in five", "two out of three"
_FIRST_DEPS = frozenset({"nsubj", "nsubjpass", "quantmod", "nummod"})


def in_a_ratio(num: Token) -> bool:
    """``num`` is either number of "N in M", "N out of M", "N in every M"."""
    return any(_ratio(num, num.doc[num.i + 1 + len(link)] if _links_after(num, link) else None)
               for link in _LINKS) or any(
        _ratio(num.doc[num.i - 1 - len(link)], num) for link in _LINKS if _links_before(num, link)
    )


def _links_after(num: Token, link: tuple[str, ...]) -> bool:
    end = num.i + 1 + len(link)
    return end < len(num.doc) and tuple(t.lower_ for t in num.doc[num.i + 1 : end]) == link


def _links_before(num: Token, link: tuple[str, ...]) -> bool:
    start = num.i - len(link)
    return start > 0 and tuple(t.lower_ for t in num.doc[start : num.i]) == link


def _ratio(first: Token, second: Token | None) -> bool:
    if second is None or not (first.like_num and second.like_num):
        return False
    if first.dep_ not in _FIRST_DEPS:
        return False  # "killed one in two attacks": a count and its occasions
    if second.dep_ == "nummod" and told_harmed(second.head, by_noun=False):
        return False  # "Four out of seven people injured in the blast died": a part of them
    low, high = _value(first), _value(second)
    if low is None or high is None or not 0 < low <= high:
        return False
    # "Two out of three victims", "four out of 10"; "Five out of 20 miners at the pit were
    # killed" counts a part of a group
    out_of = first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ == "out"
    return not out_of or high <= _SMALL_BASE or _round(high)


_SMALL_BASE = 10


def _round(value: float) -> bool:
    """A power of ten: "one out of 100", "three out of 1,000"."""
    while value >= 10 and value % 10 == 0:
        value /= 10
    return value == 1


def _value(tok: Token) -> float | None:
    found = find_amounts(tok.text)
    return found[0].value if len(found) == 1 else None
