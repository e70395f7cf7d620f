"""How places are spelt: the gazetteer's names without the transliteration marks the press
does not write ("Kashmīr", "Ţūlkarm") or as the reports write them ("Patras" for "Pátra"),
and a report's spellings in the gazetteer's form ("D I Khan district", "Tarn-Wend")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from core.text import places
from core.text.place_types import Place


def press_name(name: str) -> str:
    """The gazetteer's name without its transliteration marks ("Kashmīr"), which are not
    how the press writes it, and a country's name without the form of state the register
    puts after it ("Palestine, State of")."""
    head, _, tail = name.partition(", ")
    if tail.split()[-1:] in (["of"], ["the"]):
        name = head  # "Palestine, State of": a register's order, not how anyone writes it
    plain = unicodedata.normalize("NFKD", name)
    # marks, and the modifier letters of an ayn or a hamza ("Saʻdah")
    return "".join(
        ch for ch in plain if not unicodedata.combining(ch) and unicodedata.category(ch) != "Lm"
    )


_WRITTEN_INITIALS = re.compile(r"((?:[A-Z] ){1,2}[A-Z] [A-Z][a-z]+)\b")


def initials_spelled_out(name: str) -> str:
    """A town written by its initials apart, as a checker files it: "D I Khan district" is
    "Dera Ismail Khan district"; any other name as written."""
    found = _WRITTEN_INITIALS.match(name)
    if not found:
        return name
    town = next((p for p in places.candidates(found[1]) if p.level == "city"), None)
    return town.name + name[found.end() :] if town is not None else name


def unhyphenated(name: str) -> str:
    """A name the report hyphenates where the gazetteer writes a space ("Tarn-Wend" of
    "Tarn Wend"), in the gazetteer's form, each part of a written place ("X, Y") apart; any
    other name as written."""
    return ", ".join(_unhyphenated(part) for part in name.split(", "))


def _unhyphenated(part: str) -> str:
    if "-" not in part:
        return part
    spaced = part.replace("-", " ").casefold()
    return next(
        (
            p.name
            for p in places.candidates(part)
            if "-" not in p.name and p.name.casefold() == spaced
        ),
        part,
    )


def written_name(place: Place, texts: Iterable[str | None]) -> str:
    """A town or province as the reports write it: the commonest part of the figures' place
    texts ("Nur Shams camp, Tulkarm") that names it ("Tulkarm" for "Ţūlkarm", "Patras" for
    "Pátra", "Bureij" for "Al Burayj"), its unit word aside ("Lahj province" for "Lahij"),
    else the gazetteer's name without its marks. A country keeps the gazetteer's name, as a
    checker files it ("United States", not the "America" of a quote). A part in capitals (a
    dateline copied as written) or abbreviated ("Ore.") is no spelling to show."""
    plain = press_name(place.name)
    if place.level == "country":
        return plain
    spellings: Counter[str] = Counter()
    for text in texts:
        for written in (text or "").split(","):
            part = _without_unit(written.strip())
            if part and not part.isupper() and not part.endswith(".") and _names(part, place):
                spellings[part] += 1
    if spellings:
        return min(spellings, key=lambda s: (-spellings[s], s))
    return plain


def _without_unit(part: str) -> str:
    """ "Lahj province": the name without the unit word after it."""
    name, _, last = part.rpartition(" ")
    return name if name and places.unit_levels(last) else part


def _names(text: str, place: Place) -> bool:
    return any(p.key == place.key for p in places.candidates(text))


_POSSESSIVE_END = re.compile(r"\s*['’]s$")


def a_possessive_name(name: str) -> bool:
    """ "St. John's", "St. Mary's": a name ending in a possessive that the gazetteer writes
    so, its "'s" a part of the name, not the mark of an owner ("Karachi's")."""
    return _POSSESSIVE_END.search(name) is not None and any(
        _POSSESSIVE_END.search(p.name) is not None for p in places.candidates(name)
    )
