"""How places are spelt: the gazetteer's names without the transliteration marks the press
does not write ("Kashmīr", "Ţūlkarm"), and a report's spellings in the gazetteer's form ("D I
Khan district", "Tarn-Wend")."""

from __future__ import annotations

import re
import unicodedata

from core.text import places


def press_name(name: str) -> str:
    """The gazetteer's name without its transliteration marks ("Kashmīr"), which are not
    how the press writes it."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


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
