"""The countries a report speaks of, as hints for every name read in it: the country of the
place its dateline files it from and of the places it names that no other country shares.

"HYDERABAD" alone or "Punjab" hints at nothing (India and Pakistan both have one); "LAHORE:",
"Naples, Fla." and "Khyber Pakhtunkhwa" do, and through them the report's bare "Naples" or
"Punjab" is read where the report is (``core.text.places.report_hints``). Countries only: a
province's hint would carry its towns over the province or country of their name ("Gaza");
a stage that knows the report's province passes it itself. The provinces a report names
(``report_provinces``) only choose between a country's namesakes of one rank.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from core.extract.country_bodies import names_a_body
from core.extract.nlp import Chunk
from core.model import Document
from core.text import places
from core.text.datelines import find_dateline

DATELINE_WEIGHT = 3  # the town a report is filed from outweighs a few names in its text
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def report_country_hints(chunks: Sequence[Chunk], document: Document) -> dict[str, int]:
    """Country codes → weight, from the dateline and the report's place names."""
    hints: Counter[str] = Counter()
    dateline = find_dateline(document.text)
    if dateline is not None and document.in_body(dateline.start):
        _count(hints, places.settled(dateline.place), DATELINE_WEIGHT)
    for chunk in chunks:
        for ent in chunk.doc.ents:
            # "Tehreek-e-Taliban Pakistan" claims attacks on both sides of a border
            if ent.label_ in _PLACE_LABELS and ent.text[:1].isupper() and not names_a_body(ent):
                _count(hints, places.settled(ent.text), 1)
    return dict(hints)


def dateline_town(document: Document) -> str | None:
    """The town the report's dateline files it from ("LONDON:": "London"), settled or not: a
    shared one still tells its largest namesake's country to dates
    (``report_countries.dated_from``)."""
    dateline = find_dateline(document.text)
    if dateline is None or not document.in_body(dateline.start):
        return None
    # a town written with its region ("LONDON, Ont.", "SYDNEY, N.S.") is that region's, which
    # the hints read or leave unread: never the largest namesake's
    return dateline.city if dateline.region is None else None


def report_provinces(chunks: Sequence[Chunk], document: Document) -> frozenset[str]:
    """The provinces the report names as such ("Bihar", "Lanao del Sur province") and the
    province of its dateline's town."""
    found: set[str] = set()
    dateline = find_dateline(document.text)
    if dateline is not None and document.in_body(dateline.start):
        town = places.settled(dateline.place)
        if town is not None and town.admin1:
            found.add(town.admin1)
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ in _PLACE_LABELS and ent.text[:1].isupper():
                place = places.settled(ent.text)
                if place is not None and place.level == "admin1":
                    found.add(place.key)
    return frozenset(found)


def _count(hints: Counter[str], place: places.Place | None, weight: int) -> None:
    if place is not None and place.country:
        hints[place.country] += weight
