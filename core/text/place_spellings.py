"""How the press spells a gazetteer place: without the transliteration marks of its name
("Kashmīr", "Ţūlkarm")."""

from __future__ import annotations

import unicodedata


def press_name(name: str) -> str:
    """The gazetteer's name without its transliteration marks ("Kashmīr"), which are not
    how the press writes it."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
