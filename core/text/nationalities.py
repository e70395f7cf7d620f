"""Whether a word names a people: a country's or province's stem with a people's ending
("iranian", "pakistanis", "nigerien"), or a name the table lists ("sudanese"). A people's
word says whose, never where ("a Kenyan police post", "four Pakistani villagers")."""

from __future__ import annotations

from collections.abc import Iterator
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
    if word in _nationality_rules()[2]:
        return True
    return any(p.level in _COARSE for p in _stem_places(word))


def listed_people(word: str) -> bool:
    """Whether a lower-case word is one the table lists ("briton", "kurd", "druze"): a
    people's word whatever the recogniser calls it (a name, a group, a language, nothing)."""
    return word in _nationality_rules()[2]


def peoples_country(word: str) -> places.Place | None:
    """The country a lower-case people's word is of ("afghan": Afghanistan, "syrian": Syria),
    by its stem; None for a province's people or a word the stems do not reach."""
    listed = _listed_countries().get(word)
    if listed is not None:
        found = places.lookup(listed)  # "greek": Greece, a word no ending derives
        return found if found is not None and found.level == "country" else None
    # the longest name the word holds: "nigerian" is Nigeria's, not Niger's
    countries = [p for p in _stem_places(word) if p.level == "country"]
    return max(countries, key=lambda p: len(p.name), default=None)


@cache
def _listed_countries() -> dict[str, str | None]:
    listed: dict[str, str | None] = load_rules("places")["nationalities"]
    return listed


@cache
def _stem_places(word: str) -> tuple[places.Place, ...]:
    """The places a people's word may be of by its stem (the gazetteer is read once: cached)."""
    return tuple(_stem_candidates(word))


def _stem_candidates(word: str) -> Iterator[places.Place]:
    endings, stem_endings, _irregular = _nationality_rules()
    for ending in endings:
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        for tail in stem_endings:
            yield from places.candidates((stem + tail).title())
