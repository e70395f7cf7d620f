"""The area a speaker's own government or police answers for ("the Tarn State police
spokesman", "a Wend government official", "police in Tarn"): a figure such a speaker gives
whose sentence names no place of its own ("We lost 90 officers this year," he said) counts
that area's, not the country's of the review or report it stands in. A figure its sentence
sets over the country ("across the country", "nationwide") or in a place of its own keeps
that place; a national body's speaker ("the interior ministry spokesman", "the Tarnland
army") names no area within the country and changes nothing."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from core.extract.cues import cues
from core.extract.recorded_areas import country_wide, named_in
from core.model import Claim
from core.rules import word_set
from core.text import places
from core.text.datelines import find_dateline

# the levels of an area with a government or police of its own below the country's
_AREA_LEVELS = ("admin1", "district", "city")
_WORD = re.compile(r"[\w'’.-]+")
MAX_NAME_WORDS = 3  # "Khyber Pakhtunkhwa", "Cross River", "Dera Ismail Khan"
MIN_NAME_WORDS, MAX_PERSON_WORDS = 2, 4  # a person's bare name: "Ann Ode", "Ann Mary de Ode"
MAX_TITLE_WORDS = 8  # "a senior officer of the Wend State police," before the name
# the unit word a report may write after an area's name ("Tarn State police")
_UNIT_WORDS = frozenset({"state", "province", "district", "city", "county", "governorate"})
_ARTICLES = frozenset({"the", "a", "an"})


def with_spoken_for_areas(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, each figure of an area's own speaker that its sentence does not place
    moved from the wider place it was given (the country, a province, or the town the
    report was filed from, which stands for its country) to the speaker's area within it."""
    dateline = find_dateline(text)
    bureaus = dateline.towns if dateline is not None else frozenset()
    out = []
    for claim in claims:
        area = _spoken_for(claim, bureaus, text)
        out.append(claim if area is None else _moved(claim, area))
    return out


def _moved(claim: Claim, area: places.Place) -> Claim:
    return dataclasses.replace(claim, location=area.name)


def _spoken_for(claim: Claim, bureaus: frozenset[str], text: str) -> places.Place | None:
    """The speaker's area, when the claim's place holds it and the sentence names neither
    that place, nor the country as a whole, nor a place outside the area's own chain."""
    if claim.attribution is None or claim.location is None:
        return None
    wide = _wide(claim.location, bureaus)
    if wide is None:
        return None
    # the speaker's area first: most speakers name none, and the sentence's places cost more
    area = speakers_area(claim.attribution, within=wide) or next(
        (
            found
            for title in titles_of(claim.attribution, text)
            if (found := speakers_area(title, within=wide)) is not None
        ),
        None,
    )
    sentence = claim.sentence
    if area is None or named_in(claim.location, sentence) or country_wide(sentence):
        return None  # no area's speaker, or the sentence places the figure
    town = places.resolve(claim.location.split(",", 1)[0].strip())
    if town is not None and area.key in town.chain:
        return None  # a town of the area (the bureau's, as an incident's scene) says more
    if _titles_another(sentence) and not named_in(area.name, sentence):
        return None  # "The interior ministry spokesman said 75 ...": the speaker it names
    if any(_another_place(p, area) for p in places.mentions(sentence)):
        return None  # "... killed 40 in Tarn and Wend": the sentence's own places
    return area


def titles_of(name: str, text: str) -> list[str]:
    """The titles a report writes before a person's name, each with the name ("the Wend
    police spokesman Ann Ode", "a senior officer of the Wend police, Ann Ode"), within one
    sentence: a figure given later under the bare name is that titled speaker's. None for an
    attribution that is no bare name."""
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_PERSON_WORDS or not all(
        w[:1].isupper() for w in words
    ):
        return []
    before = re.compile(rf"((?:[^\s.!?]+,?\s+){{1,{MAX_TITLE_WORDS}}}){re.escape(name)}\b")
    # The matches ``before.finditer(text)`` gives, tried only at the starts that can reach
    # one of the name's places: the pattern tried at every character of a long report costs
    # more than the rest of the rule.
    out: list[str] = []
    tried = 0  # every start before it tried, or past
    at = text.find(name)
    while at >= 0:
        for start in range(max(tried, _title_reach(text, at)), at):
            if (found := before.match(text, start)) is not None:
                out.append(found.group(0))
                tried = found.end()
                break
        else:
            tried = at
        at = text.find(name, max(tried, at + 1))
    return out


def _title_reach(text: str, at: int) -> int:
    """The first character a title before ``at`` may start at: no title's words run across a
    sentence's end (".", "!", "?") nor hold more than ``MAX_TITLE_WORDS`` gaps of spaces."""
    gaps, start, in_gap = 0, at, False
    while start > 0:
        char = text[start - 1]
        if char in ".!?":
            break
        if char.isspace():
            gaps += not in_gap
            if gaps > MAX_TITLE_WORDS:
                break
        in_gap = char.isspace()
        start -= 1
    return start


def _wide(where: str, bureaus: frozenset[str]) -> places.Place | None:
    """The place a figure was given; the bureau's town ("Kelmor City, Tarnland") read as the
    country it stands for."""
    first = where.split(",", 1)[0].strip()
    found = places.resolve(first)
    if first in bureaus and found is not None and found.country is not None:
        return places.get(found.country)
    return found


@functools.cache
def _person_titles() -> frozenset[str]:
    """A body's words that are also a person's ("spokesman", "official")."""
    return word_set("places", "area_body_words") & cues().person_nouns


def _titles_another(sentence: str) -> bool:
    """The sentence names a speaker by a title ("spokesman", "official", "minister"): the one
    it names, not a speaker carried from before, whose area it does not name."""
    titles = _person_titles()
    return any(
        w.lower() in titles or w.lower().removesuffix("s") in titles
        for w in _WORD.findall(sentence)
    )


def _another_place(place: places.Place, area: places.Place) -> bool:
    """A place the sentence names that is neither the area nor holds it: a country, a
    province or a region anywhere, or a town or district of the area's country (a capitalised
    word read as a small town abroad, "We", is no place named)."""
    if place.key in area.chain:
        return False
    return place.level in places.WIDE_LEVELS or place.country == area.country


def speakers_area(attribution: str, *, within: places.Place) -> places.Place | None:
    """The area below ``within`` whose own government or police the attribution names: its
    name right before a body's word ("the Wend police", "a Tarn State official"), or after
    one and "of"/"in" ("the governor of Wend"); a body's seat ("a Tarn-based group") is
    none."""
    words = [m.group(0) for m in _WORD.finditer(attribution)]
    bodies = word_set("places", "area_body_words")
    for i in range(len(words)):
        for n in range(MAX_NAME_WORDS, 0, -1):
            name = words[i : i + n]
            if len(name) < n or not all(w[:1].isupper() for w in name):
                continue
            written = " ".join(name).removesuffix("'s").removesuffix("’s")
            found = _within(written, within)
            if found is None:
                continue
            after = words[i + n : i + n + 2]
            if after and after[0].lower() in _UNIT_WORDS:
                after = after[1:]
            before = [w.lower() for w in words[max(i - 2, 0) : i] if w.lower() not in _ARTICLES]
            if (after and after[0].lower() in bodies) or _linked(before, found):
                # "KP" written for its province: the gazetteer's name
                return found if written.isupper() else dataclasses.replace(found, name=written)
            break
    return None


def _linked(before: list[str], found: places.Place) -> bool:
    """A body's word and "of" before the name ("the governor of Wend"), or "in" before a
    province's ("police in Tarn State"): an official "in" a town is where the speaker sits
    (``speaker_places.where_a_speaker_is``), no area the figures are of."""
    if len(before) != 2 or before[0] not in word_set("places", "area_body_words"):
        return False
    return before[1] == "of" or (before[1] == "in" and found.level == "admin1")


def _within(name: str, wide: places.Place) -> places.Place | None:
    """The place of the name that lies inside ``wide`` (not ``wide`` itself), the widest
    first ("Tarn" the state over "Tarn" its capital)."""
    inside = [
        p for p in places.candidates(name)
        if p.level in _AREA_LEVELS and p.key != wide.key and wide.key in p.chain
    ]
    return min(inside, key=lambda p: _AREA_LEVELS.index(p.level), default=None)
