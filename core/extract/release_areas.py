"""The area a statistics release covers, for its figures counted over a stretch of time that
name no place of their own.

A reader of an annual or half-year review files a figure counted over a month or longer whose
clause names no place under the area the release covers: the area its lead names (a
province's or a city's own data), else the country of the report, which a national body's
release, a minister's written reply or a national police bureau may never name (the reader
knows it from the provinces and towns the report names). A place carried from an earlier
paragraph (a province a breakdown item named, the town of an incident the report recalls) or
from a sentence told on its own day does not spread to such a figure; the item's own
paragraph goes on with the item (``released_places``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.extract.nlp import Chunk
from core.extract.place_towns import ROUNDUP_DAYS
from core.model import Claim
from core.text import places
from core.text.datelines import Dateline

# the share of the provinces a report names that must lie in one country for it to be the
# report's country when the report names none
UNNAMED_COUNTRY_SHARE = 0.75
# and how many of its provinces at least
UNNAMED_COUNTRY_PLACES = 1
# the body's sentences with figures that make a release's lead
LEAD_FIGURE_SENTENCES = 1
_ENDS = ".!?\"'”’)"
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(slots=True)
class Release:
    """What the reader keeps of a report's release: the area its lead's figures name (the
    body's first sentence with figures, else its headline), and the area the report covers
    when the lead names none (``release_area``)."""

    covers: str | None = None
    lead_area: str | None = None
    headline_area: str | None = None
    sentences: int = 0  # the body's sentences with figures read so far

    def read_lead(self, place: str | None, *, own: bool, days: int | None, title: bool) -> None:
        """A figure with its place: a period figure's place named in its own sentence, the
        headline's or the body's first sentence's, is the area the lead names."""
        if not own or place is None or not period_figure(days):
            return
        if title:
            self.headline_area = self.headline_area or place
        elif self.sentences < LEAD_FIGURE_SENTENCES:
            self.lead_area = self.lead_area or place

    def read_sentence(self, found: Sequence[Claim]) -> None:
        """A sentence has been read, with the claims ``found`` in it."""
        self.sentences += bool(found) and not a_title(found[0].sentence)

    @property
    def named(self) -> str | None:
        return self.lead_area or self.headline_area

    @property
    def area(self) -> str | None:
        return self.named or self.covers

    def over(self, home: str | None) -> str | None:
        """The area a carried place gives way to: the lead's, else, in a report whose place
        is no town of its own (``home``), the area the release covers."""
        return self.named or (self.covers if home is None else None)


def a_title(sentence: str) -> bool:
    """A line with no closing stop: a headline or a subtitle."""
    return not sentence.rstrip().endswith(tuple(_ENDS))


def period_figure(days: int | None) -> bool:
    """A figure counted over more than a round-up's days: a month, a quarter, a year."""
    return days is not None and days > ROUNDUP_DAYS


def unnamed_country(chunks: Sequence[Chunk]) -> str | None:
    """The country holding the provinces a report names, when the report names no country
    as a place (a national body's release read at home: "Tarn State topped the list"); None
    when it names one, or when its provinces do not lie in one country. Provinces only: a
    capitalised word may be some town's name ("Over", "March")."""
    held: Counter[str] = Counter()
    for chunk in chunks:
        for ent in chunk.doc.ents:
            place = places.resolve(ent.text) if ent.label_ in _PLACE_LABELS else None
            if place is not None and place.level == "country":
                return None
        held.update(c for p in places.mentions(chunk.doc.text) if (c := _province_country(p)))
    if not held:
        return None
    key, count = held.most_common(1)[0]
    if count < UNNAMED_COUNTRY_PLACES or count < UNNAMED_COUNTRY_SHARE * sum(held.values()):
        return None
    country = places.get(key)
    return country.name if country is not None and country.level == "country" else None


def _province_country(place: places.Place) -> str | None:
    return place.country if place.level == "admin1" else None


def release_area(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None
) -> str | None:
    """The area a release covers when its lead names none: the report's place, but for the
    town a newsroom filed it from (its country then), else the country the report's places
    lie in."""
    if home is not None and dateline is not None and home.split(",")[0].strip() == dateline.place:
        town = places.resolve(dateline.place)
        country = places.get(town.country) if town is not None and town.country else None
        return country.name if country is not None else None
    return home or unnamed_country(chunks)
