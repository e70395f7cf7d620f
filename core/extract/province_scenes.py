"""A town told inside the province a lead gives the incident: "Gunmen stormed a village in
Zamfara state ... The gunmen arrived in X, in Y district", "killed four rebels in a raid in the
southern province of Z ... One soldier was wounded in a gunfight in the town of W". A checker
files the incident under the town. The gazetteer often cannot say that a small town or an
unlisted village lies in the province (it knows no province of the town, or the province's
name is also a town's): the town is taken unless the gazetteer puts it in another province
or country. A town that names a province of its own, or one told with a province, is no
narrower scene. Pure functions over place names; the lead's text says how it wrote the
province."""

from __future__ import annotations

import re

from core.extract.admin_units import an_admin_unit
from core.extract.place_roles import locality_nouns
from core.extract.place_words import lexicon_places
from core.text import places

# how a report writes a province it names: "the southern province of X", "X state", "X region"
_PROVINCE_WORDS = ("province", "state", "region")
_WIDE_LEVELS = frozenset({"admin1", "country"})


def inside_told_province(wide: str, told: str, lead_text: str = "") -> str | None:
    """``told`` when ``wide`` is a province (the gazetteer's, or written as one in
    ``lead_text``) and the town ``told`` names ("X" or "X, Y district") may lie in it; None
    otherwise."""
    province = _province(wide, lead_text)
    if province is None:
        return None
    hints = {province.country: 1} if province.country else None
    known = [own for p in told.split(",") if (own := _whole_name(p.strip(), hints))]
    if not known:
        # a village alone, which the lead's province is written with; "X village, Y
        # district", both unknown, put in a unit below a province: told whole
        return told if "," in told and an_admin_unit(told.rsplit(",", 1)[1].strip()) else None
    if any(own.level in _WIDE_LEVELS or not _may_hold(province, own) for own in known):
        return None  # "X, Y province": told with a province of its own; a town elsewhere
    return told


def _whole_name(part: str, hints: dict[str, int] | None) -> places.Place | None:
    """The place a part of a told scene names, when the gazetteer knows its whole name ("Y
    district" is Y), not a word of a village's name that a town abroad bears ("Yar" of "Yar
    Goje")."""
    words = part.split()
    if len(words) > 1 and words[-1].lower() in lexicon_places().area_nouns | locality_nouns():
        words = words[:-1]
    found = places.resolve(part, hints=hints)
    if found is None or len(found.name.split()) < len(words):
        return None
    return found


def _province(wide: str, lead_text: str) -> places.Place | None:
    """The province a scene names: the gazetteer's, the province a town's name is also the
    name of ("Katsina"), or a name the lead writes as a province's ("the southern province
    of Sultan Kudarat") though the gazetteer knows it only as a town; a scene already
    written with its parts ("X, Y") is no bare province."""
    if "," in wide:
        return None
    found = places.resolve(wide)
    if found is None:
        return None
    if found.level == "admin1":
        return found
    if found.level != "city":
        return None
    # "Katsina" of "Katsina state", the state's name the gazetteer reads as its capital
    namesake = next(
        (p for p in places.candidates(wide) if p.level == "admin1" and p.country == found.country),
        None,
    )
    return namesake or (found if _written_as_province(wide, lead_text) else None)


def _written_as_province(name: str, text: str) -> bool:
    words = "|".join(_PROVINCE_WORDS)
    quoted = re.escape(name)
    return (
        re.search(rf"\b(?:{words}) of {quoted}\b|\b{quoted} (?:{words})\b", text, re.IGNORECASE)
        is not None
    )


def _may_hold(province: places.Place, town: places.Place) -> bool:
    """The gazetteer does not put the town in another province or country. A province read
    only from the lead's words is a town in the gazetteer: the country alone can tell."""
    if province.level == "city":
        return province.country is not None and province.country in town.countries
    return places.relation(province, town) in ("contains", "unknown")


def with_told_province(told: str, wide: str) -> str:
    """``told`` lying in the province ``wide`` the lead wrote as one ("a blast at a school in
    northern X province" ... "the school in Y town"), written with it: a checker files the
    town with its province. A scene told with a unit of its own ("Y village, Z district")
    stays as told."""
    if "," in wide or wide.rsplit(maxsplit=1)[-1].lower() not in _PROVINCE_WORDS:
        return told
    province = places.resolve(wide)
    if province is None or province.level != "admin1":
        return told
    for part in told.split(",")[1:]:
        own = places.resolve(part.strip())
        if an_admin_unit(part.strip()) or (own is not None and own.level != "city"):
            return told
    return f"{told}, {wide}"
