"""How the places a sentence names stand to the unit a report is about (its "home", as its
headline or dateline places it): "Paktika" holds "Barmal district, Paktika province"; a lead's
"Char Sindur union, Palash upazila" says more than the headline's "Narsingdi"; a lead that
counts by several districts of the home tallies over them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit, unit_and_holder_nouns
from core.extract.unit_phrases import without_phrase
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


def _bare(name: str) -> str:
    """A unit's name without its unit nouns ("Paktika province" → "paktika")."""
    kinds = unit_and_holder_nouns()
    words = without_phrase(name).split()
    while len(words) > 1 and words[-1].lower() in kinds:
        words.pop()
    return " ".join(words).casefold()


def holds_home(place: str | None, home: str | None) -> bool:
    """The ``place`` holds the unit the report is about (``home``): "Paktika" of "Barmal
    district, Paktika province", a province the gazetteer says holds "Spin Ghar area, Achin
    district"."""
    # a unit written with what holds it: the report's lead placed it ("Barmal district,
    # Paktika province"), a bare district a report names often may hold one of many stories
    if not place or not home or place == home or ", " not in home:
        return False
    return _holds(place, home)


def _holds(place: str, home: str) -> bool:
    if not (an_admin_unit(home) or an_admin_unit(home.rsplit(", ", 1)[-1])):
        return False
    parts = home.split(", ")
    if any(_bare(place) == _bare(part) for part in parts[1:]):
        return True
    wide = places.resolve(place)
    if wide is None or wide.level not in ("admin1", "region", "country"):
        return False
    inner = (places.resolve(part) for part in parts)
    return any(p is not None and places.relation(wide, p) == "contains" for p in inner)


def lead_unit(found: list[tuple[Token, str]], home: str | None) -> str | None:
    """Of the places a lead sentence names (``found``), the unit within the report's place
    (``home``) that says more: "Char Sindur union, Palash upazila, Narsingdi" in a report
    headed "2 killed in Narsingdi", "the Spin Ghar area of Achin district" in one on
    Nangarhar province."""
    if not home:
        return None
    town = _without_country(home)
    for _, name in found:
        if name == home or not (_holds(home, name) or (town != home and _holds(town, name))):
            continue
        # "Achin district" in a report on Nangarhar: written with it, as the text has it
        return name if ", " in name else f"{name}, {home}"
    return None


def several_inside(found: list[tuple[Token, str]], home: str) -> bool:
    """ "Four died in X district, three in Y and two in Z": a lead sentence that counts
    by several places within the report's place tallies over them, no one unit its
    incident's ("attacks rose across X, with Y and Z districts bearing the brunt" counts
    none: X holds the report's place)."""
    wide = places.resolve(home)
    counts = [t for tok, _ in found[:1] for t in tok.sent if _a_count(t)]
    if wide is None or len(counts) < _TALLY_COUNTS:
        return False
    inside = set()
    for _, name in found:
        where = places.resolve(name.split(", ", 1)[0])
        if where is not None and places.relation(wide, where) == "contains":
            inside.add(where.key)
    return len(inside) > 1


_TALLY_COUNTS = 2  # a tally by place counts two figures at least


def _a_count(tok: Token) -> bool:
    return tok.pos_ == "NUM" and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")


def _without_country(home: str) -> str:
    """ "X" of "X, Mali": the report's town without the country a dateline's town is
    written with when the report names its country (a unit named after the town holds the
    lead's village as it would under the bare town)."""
    if ", " not in home:
        return home
    town, rest = home.rsplit(", ", 1)
    country = places.resolve(rest)
    return town if country is not None and country.level == "country" else home
