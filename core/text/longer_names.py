"""A known place name that only begins a longer name the gazetteer lacks.

Settlements are named on a head: a word that opens a village's name in South Asian, Afghan
and Hausa copy ("Kot X", "Chak 45", "Dera X", "Gidan X"), a clan's or a quarter's word after a
town's name ("X Khel", "X Kalay", "X Abad"), or any proper name run on after a town's ("X
Sabzi"). The gazetteer knows the head alone as some town, often one abroad; the whole name
is a place it cannot tell, and a caller that gets no place falls back to the report's own,
where a namesake abroad would set the figure in another country.

The name goes on with the next word, a space apart, when that word is capitalised (not an
acronym), no unit, institution or facility word runs on after it ("the Quetta Civil
Hospital" is in Quetta, "Kandahar province" the province) and it is no other name the
gazetteer knows ("Jammu Kashmir"); a settlement's suffix goes on the name whatever the
gazetteer knows of it. A compass word before a small town opens a street's or another
place's name ("the 1300 block of North Erie"), a side only of a big town ("North
Philadelphia"). Read by ``core.text.places``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from core.rules import load_rules
from core.text.place_types import Place

Word = tuple[str, int, int]

# A town this big has sides the news names by a compass word ("North Philadelphia").
SIDED_TOWN = 100_000
# Levels of a place a settlement's name is built on: a town's or a district's, never a
# country's or a province's ("Pakistan Army", "Punjab Assembly" are bodies).
_HEAD_LEVELS = frozenset({"city", "district"})


@cache
def _table() -> dict[str, frozenset[str]]:
    rules = load_rules("places")
    own = rules["longer_names"]
    units = load_rules("admin_units")
    dates = load_rules("dates")
    kinds = (
        "not_places",
        "facility_nouns",
        "premises_nouns",
        "post_nouns",
        "force_words",
        "organisation_nouns",
        "side_nouns",
        "crew_nouns",
        "area_nouns",
        "quarter_nouns",
        "scene_nouns",
        "locality_nouns",
        "speech_events",
        "office_titles",
        "matter_nouns",
        "vehicle_nouns",
        "water_nouns",
        "landform_nouns",
        "border_nouns",
        "county_agency_words",
        "holder_kinds",
        "newsroom_words",
        "compass_words",
        "county_words",
        "place_kind_nouns",
    )
    stops = {str(w).casefold() for kind in kinds for w in rules[kind]}
    stops |= {str(w).casefold() for w in own["institution_words"]}
    stops |= {str(w) for w in (*units["units"], *units["holder_units"])}
    stops |= {str(w) for w in (*dates["months"], *dates["weekdays"])}
    return {
        "prefixes": frozenset(str(w) for w in own["settlement_prefixes"]),
        "suffixes": frozenset(str(w) for w in own["settlement_suffixes"]),
        "stops": frozenset(stops),
    }


def _stop(word: str) -> bool:
    key = word.casefold().rstrip(".")
    stops = _table()["stops"]
    return key in stops or (key.endswith("s") and key[:-1] in stops)


def _proper(word: str) -> bool:
    """A capitalised word, not an acronym ("DHQ", "SP") nor a possessive's owner."""
    return word[:1].isupper() and any(c.islower() for c in word) and not word.endswith(("'s", "’s"))


def _run(text: str, words: list[Word], start: int) -> list[str]:
    """The capitalised words from ``start`` on, each a single space after the one before."""
    run: list[str] = []
    j = start
    while 0 < j < len(words) and text[words[j - 1][2] : words[j][1]] == " ":
        word = words[j][0]
        if not (_proper(word) or (not run and word.isdigit())):
            break
        run.append(word)
        j += 1
    return run


def taken(
    text: str,
    words: list[Word],
    head: tuple[int, int],
    place: Place,
    *,
    side: bool,
    known: Callable[[str], tuple[Place, ...]],
) -> int:
    """How many words from the first of the name ``words[i:i + n]`` (``head``, the gazetteer's
    ``place``) make a longer name the gazetteer lacks: 0 when the name ends there. ``side``:
    a compass word opens it ("North Erie", read whole only before a small town); ``known``:
    the places the gazetteer knows by a word."""
    i, n = head
    if side:
        return n if place.level == "city" and place.population < SIDED_TOWN else 0
    last = words[i + n - 1][0]
    if place.level not in _HEAD_LEVELS or last.endswith(("'s", "’s")):
        return 0
    run = _run(text, words, i + n)
    if not run:
        return 0
    table = _table()
    if run[0].casefold() in table["suffixes"]:
        return n + len(run)
    if any(_stop(word) for word in run):
        return 0
    prefixed = n == 1 and last.casefold() in table["prefixes"]
    if prefixed or (not run[0].isdigit() and not known(run[0])):
        return n + len(run)
    return 0


_NAME_WORD = re.compile(r"[^\W_]+(?:[-'’&.][^\W_]+)*\.?")


def built_on(
    name: str,
    lookup: Callable[[str], Place | None],
    known: Callable[[str], tuple[Place, ...]],
) -> bool:
    """A whole name the gazetteer lacks built on a town's name it knows ("Kot X", "X Khel"):
    a settlement of its own, a town as much as one the gazetteer lists."""
    words = [(m.group(0), m.start(), m.end()) for m in _NAME_WORD.finditer(name)]
    for n in range(len(words) - 1, 0, -1):
        head = lookup(name[: words[n - 1][2]])
        if head is not None:
            whole = taken(name, words, (0, n), head, side=False, known=known)
            return whole == len(words)
    return False
