"""The unit that holds a place the gazetteer does not know, as the report writes it right after
the place's name ("in Tarn, Wend district, on Monday", "in Tarn village, in Ost province's Wend
district, police said"): a checker files a village or a small town it cannot find under the
unit it can, and the claim's place, written with that unit, still names where it lies.

The last step on a claim's place, whatever stage composed it: only a place that resolves to
nothing is written with its holder, and only with units the gazetteer knows, written in an
unbroken run of names, commas and unit words after the name; a name that heads a phrase
("Tarn, Wend police said") holds nothing."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.model import Claim
from core.rules import load_rules
from core.text import places
from core.text.dates import date_words

# a word (hyphens and inner apostrophes kept: "Khyber-Pakhtunkhwa", "Ma'rib"), a possessive
# "'s" apart ("Ost province's"), or one mark
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’](?!s\b)[^\W\d_]+)*|['’]s\b|\S")
_REACH = 120  # characters after the name in which its holder is written
_LINKS = frozenset({"in", "of", "under", "the"})
_JOINS = frozenset({",", "'s", "’s"})
_ENDS = frozenset({".", ";", ":", ")"})


def with_written_holders(claims: Sequence[Claim], text: str) -> list[Claim]:
    """Each claim whose place the gazetteer cannot resolve, written with the known units the
    report writes right after that place's name; every other claim as it is."""
    held: dict[str, str | None] = {}
    out: list[Claim] = []
    for claim in claims:
        location = claim.location
        if location and places.resolve(location) is None:
            if location not in held:
                held[location] = _with_holder(location, text)
            if (written := held[location]) is not None:
                out.append(dataclasses.replace(claim, location=written))
                continue
        out.append(claim)
    return out


def _with_holder(location: str, text: str) -> str | None:
    """The place with the units the first of its mentions that has any writes after it."""
    pattern = r"(?<![\w'’-])" + re.escape(location) + r"(?![\w'’-])"
    for found in re.finditer(pattern, text):
        tail = text[found.end() : found.end() + _REACH].split("\n", 1)[0]
        holders = holders_after(tail)
        if holders:
            return ", ".join([location, *holders])
    return None


def holders_after(tail: str) -> list[str]:
    """The known units written in the text right after a place's name (``tail``), from the
    most specific: "Wend district" and "Ost province" of ", Wend district, Ost province, on
    Monday"; none when a name, not a comma or a linking word, goes on from the place's
    ("Tarn Wend police"), or when a name after it heads a phrase ("Tarn, Wend police")."""
    tokens = _TOKEN.findall(tail)
    if not tokens or tokens[0][:1].isupper():
        return []  # the place's name goes on: "Tarn" of "Tarn Wend"
    found: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].casefold()
        if word in _JOINS or word in _LINKS or _a_unit(word):
            i += 1
            continue
        if not tokens[i][:1].isupper():
            break
        end = _name_end(tokens, i)
        if end == i + 1 and _calendar_word(word):
            break  # "stabbed on Route 9 in March": a month, no town called March ("May Pen" is)
        unit = end < len(tokens) and _a_unit(tokens[end].casefold())
        after = end + 1 if unit else end
        nxt = tokens[after].casefold() if after < len(tokens) else "."
        if not (nxt in _JOINS or nxt in _LINKS or nxt in _ENDS):
            break  # "Wend police said": a name heading a phrase
        written = " ".join(tokens[i:after])
        # the whole name a place's, or its unit's: "Wend Apartments" is a building in Wend
        name = " ".join(tokens[i:end])
        if places.lookup(name) is not None or (unit and places.resolve(written) is not None):
            found.append(written)
        i = after
    # the widest unit is written last ("Ost province's Wend district" holds Wend in Ost)
    return sorted(found, key=_breadth)


def _calendar_word(word: str) -> bool:
    tables = date_words()
    return word.rstrip(".") in tables.months or word in tables.weekdays


def _name_end(tokens: list[str], start: int) -> int:
    """Where a proper name begun at ``start`` ends: capitalised words and the particles
    between them ("Lanao del Sur")."""
    end = start + 1
    while end < len(tokens):
        word = tokens[end]
        inner = word in places.name_particles() and end + 1 < len(tokens)
        if word[:1].isupper() or (inner and tokens[end + 1][:1].isupper()):
            end += 1
            continue
        break
    return end


_BREADTH = {"city": 0, "district": 1, "admin1": 2, "region": 3, "country": 4}


def _breadth(written: str) -> int:
    place = places.resolve(written)
    return _BREADTH.get(place.level, 0) if place is not None else 0


def _a_unit(word: str) -> bool:
    """A word for a kind of unit or of place written after a name ("district", "village",
    "governorate", "countryside")."""
    return word in _unit_words() or bool(places.unit_levels(word))


@functools.cache
def _unit_words() -> frozenset[str]:
    admin = load_rules("admin_units")
    words = [*admin["units"], *admin["first_units"], *admin["holder_units"]]
    words += [*admin["surrounding_words"], *load_rules("places")["area_nouns"]]
    return frozenset(str(w) for w in words)
