"""The country a report speaks of most: where a figure with no place of its own is, when the
report names no town more often; and a language's name, which NER takes for a place."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from core.extract.nlp import Chunk
from core.text import places


@functools.cache
def is_language(name: str) -> bool:
    """ "Urdu", "Pashto": a language, not a country of that name."""
    import pycountry

    try:
        return pycountry.languages.get(name=name) is not None and (
            pycountry.countries.get(name=name) is None
        )
    except LookupError:
        return False


def home_country(chunks: Sequence[Chunk]) -> str | None:
    """The country the document speaks of most: where a figure with no place of its own is."""
    return home_country_times(chunks)[0]


def home_country_times(chunks: Sequence[Chunk]) -> tuple[str | None, int]:
    """The country the document speaks of most, as first written, and how often it does."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ != "GPE":
                continue
            place = places.lookup(ent.text)
            if place is not None and place.level == "country":
                counts[place.key] = counts.get(place.key, 0) + 1
                # "South Sudan's Unity state": the country's name, not its possessive
                names.setdefault(place.key, re.sub(r"\s*['’]s$", "", ent.text))
    if not counts:
        return None, 0
    best = max(counts, key=lambda k: counts[k])
    return names[best], counts[best]
