"""Whether a word names a people: a country's or province's stem with a people's ending
("iranian", "pakistanis", "nigerien"), or a name the table lists ("sudanese"). A people's
word says whose, never where ("a Kenyan police post", "four Pakistani villagers")."""

from __future__ import annotations

from functools import cache

from core.rules import load_rules
from core.text import places

_COARSE = frozenset({"country", "admin1", "region"})


@cache
def _nationality_rules() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    table = load_rules("places")
    return (
        tuple(table["nationality_endings"]),
        tuple(table["stem_endings"]),
        frozenset(table["nationalities"]),
    )


@cache
def nationality(word: str) -> bool:
    """Whether a lower-case word names a people of a country or province ("iranian",
    "pakistanis", "kashmiri", "sudanese"): a country's stem with a people's ending."""
    endings, stem_endings, irregular = _nationality_rules()
    if word in irregular:
        return True
    for ending in endings:
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        for tail in stem_endings:
            if any(p.level in _COARSE for p in places.candidates((stem + tail).title())):
                return True
    return False
