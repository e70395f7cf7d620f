"""Invented news reports for the window's benchmarks: incidents in real towns of the gazetteer,
each told by two to four outlets over the following days, in several paragraphs of wire copy
(a dateline, the toll with a qualifier, the wounded, a quoted official, arrests, a claim of
responsibility, a monthly tally). Every name of a person, outlet and group is made up."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from core.text import places

COUNTRIES = ("PK", "IN", "AF", "NG", "IQ", "PH")
NOUNS = ("bombing", "blast", "gun attack", "suicide bombing", "ambush", "rocket attack")
QUALIFIERS = ("", "at least ", "more than ", "nearly ", "about ")
OUTLETS = ("Harlow Ledger", "Eastmarch Wire", "The Corran Post", "Vell Daily", "Norgate News",
           "The Ambry Times", "Saltree Herald", "Kessock Radio")
OFFICIALS = ("Arlo Venn", "Mira Talk", "Odo Frane", "Sela Brack", "Ivo Dunmore", "Tam Orrin")
GROUPS = ("the Grey Hand", "the Ninth Banner", "the Ashen Front", "the Free Vale Brigade")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Incident:
    noun: str
    city: str
    country: str
    day: dt.date
    toll: int
    hurt: int
    group: str


def _cities(rng: random.Random) -> dict[str, list[str]]:
    gaz = places._gazetteer()
    out: dict[str, list[str]] = {c: [] for c in COUNTRIES}
    for place in gaz.places.values():
        if place.level == "city" and place.country in out and place.population >= 200_000:
            out[place.country].append(place.name)
    for names in out.values():
        names.sort()
        rng.shuffle(names)
    return out


def incidents(n: int, rng: random.Random) -> list[Incident]:
    cities = _cities(rng)
    start = dt.date(2031, 1, 1)
    out = []
    for _ in range(n):
        country = rng.choice(COUNTRIES)
        toll = rng.randint(3, 90)
        out.append(Incident(rng.choice(NOUNS), rng.choice(cities[country][:40]), country,
                            start + dt.timedelta(days=rng.randrange(700)), toll,
                            toll * 2 + rng.randint(0, 20), rng.choice(GROUPS)))
    return out


def report(inc: Incident, later: int, rng: random.Random) -> tuple[str, str]:
    """(outlet, text) of one report ``later`` days after the incident."""
    published = inc.day + dt.timedelta(days=later)
    outlet = rng.choice(OUTLETS)
    toll = inc.toll + (rng.randint(0, 6) if later else rng.randint(-2, 0))
    day = "yesterday" if later == 1 else f"on {WEEKDAYS[inc.day.weekday()]}"
    q = rng.choice(QUALIFIERS)
    official = rng.choice(OFFICIALS)
    paragraphs = [
        f"{toll} killed in {inc.noun} in {inc.city}",
        f"{outlet}, {published.day} {published:%B %Y}",
        f"{inc.city.upper()} - {q.capitalize()}{toll} people were killed and {inc.hurt} "
        f"others wounded when a {inc.noun} hit a crowded market in {inc.city} {day}, "
        "police said.",
        f'"We have recovered {toll} bodies so far," district police chief {official} told '
        f"reporters. Another {rng.randint(2, 9)} people were taken to hospitals in "
        f"{inc.city} in critical condition.",
        f"Police arrested {rng.choice(('two', 'three', 'four', 'five'))} suspects near the "
        f"market hours later. {inc.group[0].upper()}{inc.group[1:]} said it carried out "
        "the attack.",
    ]
    if rng.random() < 0.5:
        month = inc.day.replace(day=1) - dt.timedelta(days=1)
        paragraphs.append(f"The province recorded {rng.randint(10, 60)} attacks in "
                          f"{month:%B}, in which {rng.randint(40, 300)} people died, "
                          "according to a monitoring group.")
    return outlet, "\n\n".join(paragraphs) + "\n"


def reports(n_reports: int, seed: int = 11) -> list[tuple[str, str]]:
    """``n_reports`` (name, text) pairs: about one incident per three reports."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for inc in incidents(max(1, n_reports // 3 + 1), rng):
        for later in sorted(rng.sample(range(4), rng.randint(2, 4))):
            if len(out) == n_reports:
                return out
            _outlet, text = report(inc, later, rng)
            out.append((f"report{len(out) + 1:04d}.txt", text))
    return out
