"""Parts of a town named by a kind that is a word of their proper name ("Qissa Khwani Bazaar",
"Ghanta Ghar Chowk", "Shah Alam Union Council"): South Asian copy names a town's bazaars,
squares and union councils as it names its areas, and a checker files the incident there, with
the town ("Qissa Khwani Bazaar, Peshawar"), as a locality (``locality_nouns``) is. In lower
case after a town ("the Hangu bazaar") the noun is the town's venue, a scene that gives way to
the town."""

from __future__ import annotations

import functools

from core.rules import load_rules
from core.text import places


@functools.cache
def named_quarter_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["named_quarter_nouns"])


def a_named_quarter(name: str) -> bool:
    """ "Qissa Khwani Bazaar", "the Shah Alam Union Council": capitalised words ending in a
    capitalised kind of ``named_quarter_nouns``, a name the gazetteer does not know; not
    "Hangu bazaar" (the town's venue) nor "Bazaar" alone."""
    words = name.split(",", 1)[0].removeprefix("the ").split()
    kinds = [k for k in named_quarter_nouns() if _ends_with(words, k.split())]
    return (
        bool(kinds)
        and all(w[:1].isupper() for w in words)
        and places.lookup(name) is None  # not resolve: "Moti" of "Moti Bazaar" is a town abroad
    )


def _ends_with(words: list[str], kind: list[str]) -> bool:
    """The name's last words are the kind's ("Shah Alam Union Council"), after a name."""
    return len(words) > len(kind) and [w.lower() for w in words[-len(kind) :]] == kind
