"""The side of its own town a lead places its story on ("a drive-by shooting south of Los
Angeles", "a crash near Dallas", "on the outskirts of Chicago", "in suburban Dallas"): a wire
story filed from a metropolis about one of its suburbs, which another outlet names ("COMPTON,
Calif. —"). The gazetteer's distance and bearing say whether the suburb lies there
(``report_evidence``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from core.group.report_incident import ReportIncident
from core.group.vocabulary import rules
from core.rules import load_rules
from core.text import town_reach
from core.text.places import Place

SUBURB_KM = 40.0  # a town this close to a metropolis lies "near" or "south of" it
# A suburb is small beside its metropolis: a town a third of the size a few kilometres
# away ("near Nablus" beside a report datelined Tulkarm) is a town of its own, and "near"
# it is one of its villages.
SUBURB_RATIO = 4.0
# A town this close to the other is one built-up area with it, whatever their sizes ("Holon"
# beside "near Tel Aviv", "Giza" beside "near Cairo"); a town at least the size of the one
# it is told near is told by its better-known neighbour ("Rawalpindi" beside "near
# Islamabad"), never as one of that town's villages.
CONTIGUOUS_KM = 12.5
SUBURB_DAYS = 3  # a suburb's report this close to the metropolis's is compared with it

# the compass points, by the bearing each asks of the other town: (north-south, east-west)
_BEARINGS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}


@cache
def _sides() -> re.Pattern[str]:
    """"south of", "near", "outside", "the outskirts of", "a suburb of", "suburban"
    (``rules/places.json``: compass points, nearby prepositions, edge and suburb nouns, suburb
    words) before a town's name."""
    table = load_rules("places")
    points = sorted(
        w for w in table["compass_words"] if all(p in _BEARINGS for p in _points(w)) and w
    )
    words = [f"{w} of" for w in points] + list(table["nearby_prepositions"])
    words += [f"(?:the |an? )?{w} of" for w in (*table["edge_nouns"], *table["suburb_nouns"])]
    words += table["suburb_words"]
    return re.compile(r"\b(" + "|".join(words) + r") (?:the (?:city|town) of )?")


def _points(word: str) -> list[str]:
    """The compass points a direction word is made of ("southwest": south, west)."""
    found, rest = [], word
    for point in ("north", "south"):
        if rest.startswith(point):
            found.append(point)
            rest = rest[len(point):]
    if rest in ("east", "west"):
        found.append(rest)
    elif rest:
        return [rest]  # not a compass point ("central", "downtown"): no side
    return found


@cache
def _after_words() -> frozenset[str]:
    """Words that may follow the town's name when it is where the story is ("south of Dallas
    on Monday", "near Dallas late Sunday"): function words and the words of a day or a time
    of it (``rules/dates.json``)."""
    dates = load_rules("dates")
    return rules().stopwords | frozenset(
        w for key in ("day_words_before", "day_adverbs", "parts_of_day") for w in dates[key]
    )


def side_of_town(lead: str, place: Place | None) -> str:
    """The words by which ``lead`` places its story beside ``place`` rather than in it ("south
    of", "near"), or "" when it does not. A name qualifying a noun is no side ("outside
    Flint gas station": at a gas station of Flint's)."""
    if place is None or place.level != "city":
        return ""
    name, text = re.escape(_folded(place.name)), _folded(lead)
    for m in re.finditer(_sides().pattern + name + r"\b", text):
        after = _NEXT_WORD.match(text, m.end())
        if after is None or after.group(1) in _after_words():
            return m.group(1)
    return ""


def _folded(text: str) -> str:
    """Lower case, accents dropped ("Los Ángeles" as the press writes it), spaces single."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


_NEXT_WORD = re.compile(r" ([a-z]+)")  # a word right after the name, no punctuation between


def lies_on(side: str, town: Place, metro: Place) -> bool:
    """Whether ``town`` lies on the ``side`` (``side_of_town``) of ``metro``: within
    ``SUBURB_KM``, ``SUBURB_RATIO`` times smaller (unless within ``CONTIGUOUS_KM`` or the
    bigger of the two), and, for a compass point, in that direction."""
    if town.level != "city" or town.key == metro.key or town.country != metro.country:
        return False
    if None in (town.lat, town.lon, metro.lat, metro.lon):
        return False
    km = town_reach.surface_km(town, metro)
    if km > SUBURB_KM:
        return False
    if km > CONTIGUOUS_KM and town.population < metro.population < SUBURB_RATIO * town.population:
        return False
    north = (town.lat or 0.0) - (metro.lat or 0.0)
    east = (town.lon or 0.0) - (metro.lon or 0.0)
    for point in _points(side.split(maxsplit=1)[0]):
        if point in _BEARINGS:
            ns, ew = _BEARINGS[point]
            if ns * north < 0 or ew * east < 0:
                return False
    return True


def suburb_pairs(reports: Sequence[ReportIncident], limit: int) -> set[tuple[int, int]]:
    """Pairs of a report placing its story beside its town and, at most ``limit`` of them,
    the reports of the towns lying there published within ``SUBURB_DAYS``: they share no
    name or place for the inverted index to find them by (``incidents._candidates``)."""
    pairs: set[tuple[int, int]] = set()
    for i, metro in enumerate(reports):
        if not metro.side or metro.place is None or metro.published is None:
            continue
        near = [
            (abs(r.published - metro.published), j)
            for j, r in enumerate(reports)
            if r.place is not None and r.published is not None
            and abs(r.published - metro.published) <= SUBURB_DAYS
            and lies_on(metro.side, r.place, metro.place)
        ]
        pairs.update((min(i, j), max(i, j)) for _, j in sorted(near)[:limit])
    return pairs
