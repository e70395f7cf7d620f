"""Where a figure happened, as the grouping reads it: its location resolved (a county never
as its namesake town), whether its sentence names the place or carries it from a dateline or a
resident's home town, and when two figures' places keep them apart."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import cache

from core.group.vocabulary import find_phrases, rules, tokens
from core.model import Claim
from core.rules import load_rules
from core.text import places, town_reach
from core.text.places import Place

AREA_WORDS = frozenset(
    {
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "downtown",
        "the",
        "city",
        "town",
        "village",
        "district",
        "province",
        "region",
        "of",
    }
)
# and the words of an area's kind: "Maru Local Government Area", "Bannu District"
AREA_KINDS = AREA_WORDS | {"district", "town", "city", "local", "government", "area", "state"}


# A US county, Louisiana parish or borough: the gazetteer lists none, and the town that shares
# its name ("Pierce County" / Pierce) usually lies elsewhere.
_COUNTY_WORDS = frozenset({"county", "parish", "borough"})


_STREET_WORDS = frozenset(load_rules("places")["street_suffixes"])


def names_street(text: str) -> bool:
    """Whether a place text names a street ("Saint John St.", "Stadiou Street"): a street word
    after the first word ("St. Louis" is a town)."""
    words = places.normalise(text).replace(".", " ").split()
    return any(w in _STREET_WORDS for w in words[1:])


def resolve_place(location: str | None, hints: Mapping[str, int] | None) -> Place | None:
    """The place a claim's location names; a county is never read as its namesake town, and a
    street never as the town or province its name recalls ("Saint John St." is not Saint
    John): only the parts of the text that name no street are resolved."""
    if location:
        parts = [part for part in location.split(",") if part.strip()]
        towns = [part for part in parts if not names_street(part)]
        if len(towns) < len(parts):
            location = ",".join(towns)
    place = places.resolve(location, hints=hints) if location else None
    if place is not None and location and place.level == "city":
        last = places.normalise(location).rsplit(" ", 1)[-1]
        if last in _COUNTY_WORDS and last not in places.normalise(place.name):
            return None
        if last in _province_words() and not _told_with_its_holder(location, place, hints):
            # "Chittagong division" read as the town: the division that holds it; a state the
            # gazetteer knows by a longer name than its capital's ("X state" for "X de Y"),
            # whose town it cannot place in it: the country, never the namesake town
            held_in = place.admin1 or place.country
            return (places.get(held_in) if held_in else None) or place
    return place


def _told_with_its_holder(location: str, town: Place, hints: Mapping[str, int] | None) -> bool:
    """ "X village, Y LGA, Z State": the town read from a part before the province it is
    written with, which holds it (the province word ends the holder, not the town's name)."""
    head, _, holder = location.rpartition(",")
    outer = places.resolve(holder, hints=hints) if head.strip() else None
    if outer is None or outer.key == town.key:
        return False
    return places.relation(outer, town) == "contains"


@cache
def _province_words() -> frozenset[str]:
    return frozenset(load_rules("places")["province_words"])


def stated_in(location: str | None, sentence: str) -> bool:
    """Whether the sentence names the place as where it happened: not only in a dateline
    ("VISTA - ..."), written in capitals, nor only as a resident's home town ("a Vista boy")."""
    if not location:
        return False
    # "Orvale, Dunmore state" for "the bombing of Orvale in Dunmore state": the sentence
    # names the place by its first (most specific) part
    head = location.split(",")[0].strip()
    if head != location and len(head) > 2 and stated_in(head, sentence):
        return True
    residents = rules().residents
    low = sentence.casefold()
    needle = location.casefold()
    at = low.find(needle)
    while at >= 0:
        end = at + len(needle)
        written = sentence[at:end]
        following = tokens(sentence[end : end + 20])
        home = bool(following) and following[0][0] in residents
        elsewhere = spoken_in(sentence, at, end) or treated_in(sentence, at)
        if not home and not (written.isupper() and len(written) > 1) and not elsewhere:
            return True
        at = low.find(needle, end)
    return False


def spoken_only(location: str | None, sentence: str) -> bool:
    """Whether the sentence names the place only as where words were said ("the minister said
    in Islamabad that eight workers were killed"): the speaker's place, never the scene, so it
    ties the figure to no place (and keeps it apart from none)."""
    if not location:
        return False
    low, needle = sentence.casefold(), location.casefold()
    spans = [  # a dateline's name in capitals ("ISLAMABAD:") is no mention either way
        (m.start(), m.end()) for m in re.finditer(re.escape(needle), low)
        if not sentence[m.start() : m.end()].isupper()
    ]
    return bool(spans) and all(_spoken_there(sentence, at, end) for at, end in spans)


def _spoken_there(sentence: str, at: int, end: int) -> bool:
    """Words said at the place (``spoken_in``, or "said in X"), by someone other than an
    official of the place ("doctors in Ormara said": they speak for the scene)."""
    before = [t for t, _, _ in tokens(sentence[:at])]
    if _a_speaker_there(before, sentence[end:]):
        return False
    return spoken_in(sentence, at, end) or _said_in(sentence, at)


@cache
def _said_in_verbs() -> frozenset[str]:
    return frozenset(load_rules("places")["said_in_verbs"])


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
PASSIVE_REACH = 2  # words before a reporting verb that may make it passive ("was also reported")


def _said_in(sentence: str, at: int) -> bool:
    """ "the minister said in Islamabad": a reporting verb in the active voice right before
    the preposition of the place at ``at`` ("violence was reported in X" tells the scene)."""
    before = [t for t, _, _ in tokens(sentence[:at])]
    return (
        len(before) >= 2
        and before[-1] in _SPEECH_PREPOSITIONS
        and before[-2] in _said_in_verbs()
        and _PASSIVE.isdisjoint(before[-2 - PASSIVE_REACH : -2])  # "was (also) reported"
    )


SPEECH_REACH = 4  # "told a news conference in X": a speech word this many words before "in"
_SPEECH_PREPOSITIONS = frozenset({"in", "at", "from"})


@cache
def _speech_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of speech in every form (``rules/places.json`` speech_verbs: the forms
    ``rules/cues.json`` reporting_verbs lists, else the regular ones) and the settings of
    speech (speech_settings)."""
    table = load_rules("places")
    forms: dict[str, list[str]] = load_rules("cues")["reporting_verbs"]
    verbs: set[str] = set()
    for verb in table["speech_verbs"]:
        stem = verb[:-1] if verb.endswith("e") else verb
        verbs.update(forms.get(verb, ()))
        verbs.update({verb, verb + "s", stem + "ed", stem + "ing"})
    return frozenset(verbs), frozenset(table["speech_settings"])


def spoken_in(sentence: str, at: int, end: int) -> bool:
    """Whether the place written at ``sentence[at:end]`` is where words were said ("told
    reporters in Quetta", "addressing a press conference at the Peshawar Press Club", "a
    hospital official in Bannu said"): the speaker's place, not the scene. A setting with no
    verb of speech is the scene when a word of an incident comes before it ("a bomber struck
    a gathering in Bajaur")."""
    before = [t for t, _, _ in tokens(sentence[:at])]
    while before and before[-1] == "the":
        before.pop()
    if not before or before[-1] not in _SPEECH_PREPOSITIONS:
        return False
    if _a_speaker_there(before, sentence[end:]):
        return True
    verbs, settings = _speech_words()
    window = before[-1 - SPEECH_REACH : -1]
    if not verbs.isdisjoint(window):
        return True
    found = [i for i, t in enumerate(window) if t in settings]
    if not found:
        return False
    lead_in = before[: len(before) - 1 - len(window) + found[0]][-SPEECH_REACH:]
    if not verbs.isdisjoint(lead_in):
        return True  # "addressing a crowded gathering in Bajaur"
    return not find_phrases([(t, i, i) for i, t in enumerate(lead_in)], rules().trigger_set)


# the Persian "of" inside a name, written "-e-", "-i-", "-e " or " i ": one spelling of it
_IZAFE = re.compile(r"(?<=\w)[- ]+[ei][- ]+(?=\w)")


def place_name(location: str | None) -> str | None:
    """An unresolved place text reduced to its name: "central Eldmere" → "eldmere"; the
    spellings of one name alike ("Jani-Khel" and "Jani Khel", "Kala-i-Shahr" and "Kala-e
    Shahr")."""
    if not location:
        return None
    folded = _IZAFE.sub(" e ", places.normalise(location)).replace("-", " ")
    words = [w for w in folded.split() if w not in AREA_WORDS]
    return " ".join(words) or None


def place_parts(location: str | None) -> tuple[str, ...]:
    """The names of a place text written as a list ("Eldmere, Saltgate market" → "eldmere",
    "saltgate market"): the place lies within each, so a figure placed "Eldmere" is in the
    same place. Empty for a single name."""
    if not location or "," not in location:
        return ()
    return tuple(name for part in location.split(",") if (name := place_name(part)))


# A place text no other country shares, or written with its state ("Naples, Fla."), outvotes
# the guesses of names countries share: a report's bare "Naples" is then its Naples.
SETTLED_WEIGHT = 100


def country_hints(claims: Sequence[Claim]) -> dict[str, dict[str, int]]:
    """Per document, the countries its place texts name: they settle ambiguous names."""
    hints: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if not c.location:
            continue
        sure = places.settled(c.location)
        if sure is not None and sure.country:
            hints[c.document_id][sure.country] += SETTLED_WEIGHT
        elif (found := places.resolve(c.location)) is not None:
            hints[c.document_id].update(found.countries)
    return {doc: dict(counter) for doc, counter in hints.items()}


PlaceSource = tuple[str, bool, str | None]  # document, stated in the sentence, frame group


# Towns whose centres lie this close are neighbours: reports of one incident name either (the
# village where it happened, the town nearby an outlet knows, the next town's police).
NEIGHBOUR_KM = 25.0


def neighbours(a: Place, b: Place) -> bool:
    """Two towns of one country, a short drive apart (``NEIGHBOUR_KM``)."""
    return (
        a.level == b.level == "city"
        and a.key != b.key
        and a.country == b.country
        and None not in (a.lat, a.lon, b.lat, b.lon)
        and town_reach.surface_km(a, b) <= NEIGHBOUR_KM
    )


def places_apart(a: PlaceSource, b: PlaceSource, *, near: bool = False) -> bool:
    """Whether two disjoint places keep two figures apart: always across unrelated reports;
    within one report, or across reports of one incident (both figures in its frame), only
    when both sentences name their place and the places are not ``near`` (neighbouring
    towns: the reports disagree on the place, which the checker is shown)."""
    one_incident = a[0] == b[0] or (a[2] is not None and a[2] == b[2])
    return not one_incident or (a[1] and b[1] and not near)


SAID_REACH = 2  # "officials in Quetta said", "a source in Bannu told AFP"


@cache
def _speakers() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of a speaker (``rules/event_types.json`` partial_speakers) and every form of a
    reporting verb (``rules/cues.json`` reporting_verbs)."""
    forms: dict[str, list[str]] = load_rules("cues")["reporting_verbs"]
    nouns = frozenset(load_rules("event_types")["partial_speakers"])
    return nouns, frozenset(f for verb in forms.values() for f in verb)


def _a_speaker_there(before: list[str], after: str) -> bool:
    """ "a hospital official in Bannu said": a speaker noun before the preposition, a reporting
    verb right after the place."""
    nouns, verbs = _speakers()
    if len(before) < 2 or before[-2] not in nouns:
        return False
    return not verbs.isdisjoint(t for t, _, _ in tokens(after)[:SAID_REACH])


@cache
def _care_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Words of a place of care (``rules/event_types.json`` partial_sources: "hospital",
    "trauma centre") and of dying there (died_of_wounds)."""
    table = load_rules("event_types")
    care = frozenset(tuple(w.split()) for w in table["partial_sources"])
    return care, frozenset(table["died_of_wounds"])


FACILITY_WORDS = 4  # a place of care's own name ends within this many words ("Lady Hope Hospital")


def treated_in(sentence: str, at: int) -> bool:
    """Whether the place written at ``at`` is the hospital where the hurt died of their wounds
    ("succumbed at the Al-Noor Medical Centre"), or its town ("succumbed at the Combined
    Military Hospital in Peshawar, raising the toll to six"): not the scene. Those taken to a
    hospital in a town, or its staff there, tell nothing against it being the scene's."""
    before = [t for t, _, _ in tokens(sentence[:at])]
    while before and before[-1] == "the":
        before.pop()
    care, dying = _care_words()
    if len(before) < 2 or before[-1] not in _SPEECH_PREPOSITIONS:
        return False
    name = [t for t, _, _ in tokens(sentence[at:])][:FACILITY_WORDS]
    town = any(tuple(before[-1 - len(w) : -1]) == w for w in care)
    own = any(tuple(name[i : i + len(w)]) == w for w in care for i in range(len(name)))
    return (town or own) and not dying.isdisjoint(t for t, _, _ in tokens(sentence))
