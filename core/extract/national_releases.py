"""A release of national figures filed from the country's capital: "ABUJA - Armed gangs
abducted 3,412 people in 2030, the national tracker said ... Wend recorded the most, followed
by Ost": the newsroom files from the capital, the figures are the country's. A reader knows
the release is national when it ranks or names several provinces of that country, when a
body named for the country releases it ("the Armed Forces of Tarnland"), or when a body whose
reviews count over the country does ("a think tank's annual report"); a city's own tally
("Eldmere recorded 300 murders in 2030, city police said") names neither, and keeps its town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.extract.nlp import Chunk
from core.rules import word_set
from core.text import places
from core.text.datelines import Dateline, a_national_capital

# the provinces of the country, besides the bureau's own, a release names at least
NATIONAL_PROVINCES = 2
_BODY_LABELS = frozenset({"ORG", "NORP"})
# the headline and the lead's first sentences: where a national review names its country
LEAD_CHARACTERS = 400
_PLACE_LABEL = "GPE"


def national_area(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None, covers: str | None
) -> str | None:
    """The country the release covers (``covers``), when the report's place is the town of
    its dateline, that country's capital, and the release reads national; None otherwise."""
    if dateline is None or home is None or covers is None:
        return None
    if home.split(",")[0].strip() not in (dateline.place, dateline.city):
        return None
    country = places.resolve(covers)
    if country is None or country.level != "country":
        return None
    town = places.resolve(dateline.city or dateline.place, hints={country.key: 1})
    if town is None or town.level == "country" or town.country != country.key:
        return None
    if not a_national_capital(dateline.city or dateline.place):
        # a regional command's or a city's release filed from its own seat, unless a national
        # body's review whose lead names the country ("HYDERABAD: Maoist violence in India
        # fell in 2031, the home ministry said")
        named = _named_in_lead(chunks, country.name)
        national = _a_body_of(chunks, country.name) or _a_national_reviewer(chunks)
        return covers if named and national else None
    if _provinces_of(chunks, country.key, town.admin1) >= NATIONAL_PROVINCES:
        return covers
    if _a_body_of(chunks, country.name) or _a_national_reviewer(chunks):
        return covers
    return None


def _provinces_of(chunks: Sequence[Chunk], code: str, own: str | None) -> int:
    """How many provinces of the country, other than ``own``, the report names."""
    held: set[str] = set()
    for chunk in chunks:
        for place in places.mentions(chunk.text):
            held.update(
                c.key for c in places.candidates(place.name)
                if c.level == "admin1" and c.country == code and c.key != own
            )
    return len(held)


def _a_body_of(chunks: Sequence[Chunk], country: str) -> bool:
    """A body the report names is named for the country ("the Tarnland Security Tracker")."""
    return any(
        ent.label_ in _BODY_LABELS and country.casefold() in ent.text.casefold()
        and ent.text.casefold() != country.casefold()
        for chunk in chunks for ent in chunk.doc.ents
    )


def _a_national_reviewer(chunks: Sequence[Chunk]) -> bool:
    """A kind of body whose yearly review counts over the country releases it ("an
    Eldmere-based think tank said"), and no word makes the review the city's own ("the city
    police", "crime in the capital")."""
    text = " ".join(chunk.text for chunk in chunks).casefold()
    if not any(_a_phrase_in(kind, text) for kind in word_set("places", "national_review_sources")):
        return False
    city = word_set("places", "city_scope_words")
    return not any(tok.lower_ in city for chunk in chunks for tok in chunk.doc)


def _a_phrase_in(phrase: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def _named_in_lead(chunks: Sequence[Chunk], country: str) -> bool:
    """The headline or the lead names the country as a place ("Maoist violence in India
    fell"), not only in a body's name ("the Armed Forces of Tarnland")."""
    first = min(chunks, key=lambda c: c.offset, default=None)
    return first is not None and any(
        ent.label_ == _PLACE_LABEL and ent.start_char < LEAD_CHARACTERS
        and ent.text.casefold() == country.casefold()
        for ent in first.doc.ents
    )
