"""The names of a report that say only where and what: a place, a people, the vocabulary of
a kind of incident. Two reports of different quakes a year apart in one area share them ("a
5.2 quake near Kharan injured four Pakistani villagers"; "a 6.3 quake centred near Kharan,
the U.S. Geological Survey said"); reports of one incident share more: the people who speak or died,
the village, the street. Where one report is dated and the other is not, nothing in their
days tells the two apart, so only names beyond these may tie them (``incidents.compare``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from core.group.lead_places import RUN
from core.rules import load_rules
from core.text import places
from core.text.nationalities import nationality

_COARSE = frozenset({"country", "admin1", "region"})


def town_words(text: str) -> frozenset[str]:
    """Words of the towns of several words a report names ("Bandar Abbas", "Dera Ismail
    Khan"): two incidents in one town share them, and the place comparison weighs the town
    already. A town of one word stays a name: it is often a person's or a street's too."""
    out: set[str] = set()
    for m in RUN.finditer(text):
        run = m.group(0).replace("’", "'").split("'s ")[-1]
        if " " in run and any(p.level == "city" for p in places.candidates(run)):
            out.update(w.casefold() for w in run.split())
    return frozenset(out)


def coarse_place(name: str) -> bool:
    """Whether a word names a country, a province or a region."""
    return any(p.level in _COARSE for p in places.candidates(name))


@cache
def _topic_names() -> frozenset[str]:
    return frozenset(load_rules("event_types")["topic_names"])


def place_words(text: str, surnames: Iterable[str]) -> frozenset[str]:
    """Lower-case words of the capitalised runs the gazetteer knows as a whole, by their own
    name ("Kharan", "United Arab Emirates"), but not a person's surname the report writes
    after a first name ("Nadir Jogezai ... Jogezai said")."""
    persons = {s.casefold() for s in surnames}
    out: set[str] = set()
    for m in RUN.finditer(text):
        for run in m.group(0).replace("’", "'").split("'s "):
            words = run.split()
            if not words or (len(words) == 1 and words[0].casefold() in persons):
                continue
            name = places.normalise(run)
            # by its own name, not a former one ("Molotov" was a city's name once), or a
            # state's abbreviation a dateline writes ("FRESNO, Calif.")
            if any(places.normalise(p.name) == name for p in places.candidates(run)) or (
                len(words) == 1 and _a_state_abbreviation(run)
            ):
                out.update(w.casefold() for w in words)
    return frozenset(out)


def _a_state_abbreviation(word: str) -> bool:
    """ "Calif", "Okla": a province's abbreviation (the gazetteer's aliases end it in a dot)."""
    return any(p.level == "admin1" for p in places.candidates(f"{word}."))


def topic_words(text: str) -> frozenset[str]:
    """Lower-case words of the capitalised runs that end in a kind's vocabulary ("Red
    Crescent", "Geological Survey"): the society or agency at every such incident."""
    topic = _topic_names()
    out: set[str] = set()
    for m in RUN.finditer(text):
        words = m.group(0).casefold().split()
        if words[-1] in topic:
            out.update(words)
    return frozenset(out)


def region_names(names: Mapping[str, float], text: str, surnames: Iterable[str]) -> frozenset[str]:
    """The report's ``names`` that say only where the incident was or what kind it was."""
    where = place_words(text, surnames) | topic_words(text) | _topic_names()
    return frozenset(n for n in names if n in where or nationality(n))
