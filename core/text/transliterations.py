"""A town's name in another transliteration than the gazetteer's: the press writes Arabic,
Urdu and Persian names with other vowels ("Tulkarem" / "Tulkarm", "Peshawer"), letters doubled
or single ("Muzafarabad"). A dateline naming a town the gazetteer lacks by its spelling is
read as the one town a single such change inside the name spells, when no other change
spells another: one real town is never read as another, as the name is looked up this way
only when no place has it, in the region the dateline writes beside it if any
("BRACKTON, Ohio"), its first and last letters never changed ("Nowshehra" is no
"Nowshahr"), a vowel swapped only for one another transliteration writes for it, and the town
read in a country whose names the press transliterates (rules/places.json
transliterated_countries: "SADDA" is no Spanish "Sada", "HAWARA" no New Zealand "Hawera")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from core.rules import load_rules
from core.text import places
from core.text.place_types import Place

_VOWELS = "aeiou"
# The vowels one transliteration writes for another's ("Peshawer", "Tulkarim", "Nablos"); no
# other swap ("Brackton" is no "Brockton").
_SWAPS = {"a": "e", "e": "ai", "i": "e", "o": "u", "u": "o"}
MIN_LETTERS = 5  # shorter names are a change away from too many others
# Places big enough to be a dateline's town: a hamlet a letter away is none.
MIN_PEOPLE = 5_000
_LEVELS = frozenset({"city", "district", "admin1"})


def _respelt(key: str) -> Iterator[str]:
    """The spellings one change inside ``key`` gives: a vowel dropped, added between two
    consonants or swapped for another; a letter doubled or a double made single."""
    for i in range(1, len(key) - 1):
        ch, before, after = key[i], key[:i], key[i + 1 :]
        if ch in _VOWELS:
            yield before + after
            yield from (before + v + after for v in _SWAPS[ch])
        elif ch.isalpha():
            yield before + ch + ch + after
            if ch == key[i - 1]:
                yield before + after
            if key[i - 1].isalpha() and key[i - 1] not in _VOWELS:
                yield from (before + v + ch + after for v in _VOWELS)


def _in(place: Place, within: tuple[Place, ...], region: str | None) -> bool:
    """Whether the place lies in the written region (any place when none is written)."""
    if not region:
        return True
    return any(places.relation(w, place) in ("contains", "same") for w in within)


def _sizeable(place: Place) -> bool:
    return place.level in _LEVELS and place.population >= MIN_PEOPLE


def transliterated(name: str, region: str | None = None) -> str | None:
    """The gazetteer's name (normalised) of the one sizeable town or province ``name``
    spells otherwise, in the ``region`` the dateline writes beside it if any, or None: a
    name the gazetteer knows as it is written, one too short, or one that two changes read
    as two places."""
    key = places.normalise(name)
    if len(key) < MIN_LETTERS or places.candidates(name):
        return None
    within = places.candidates(region) if region else ()
    found = {
        spelling: towns
        for spelling in set(_respelt(key))
        if (towns := [
            p for p in places.candidates(spelling) if _sizeable(p) and _in(p, within, region)
        ])
    }
    if len(found) != 1:
        return None
    ((spelling, towns),) = found.items()
    countries = _transliterated_countries()
    return spelling if any(p.country in countries for p in towns) else None


@cache
def _transliterated_countries() -> frozenset[str]:
    return frozenset(load_rules("places")["transliterated_countries"])
