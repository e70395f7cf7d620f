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

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.extract.national_releases import national_area
from core.extract.nlp import Chunk
from core.extract.place_towns import ROUNDUP_DAYS
from core.extract.whole_names import national_bodies
from core.model import Claim
from core.text import places
from core.text.datelines import Dateline
from core.text.lines import a_title

# the share of the provinces a report names that must lie in one country for it to be the
# report's country when the report names none
UNNAMED_COUNTRY_SHARE = 0.75
# and how many of its provinces at least
UNNAMED_COUNTRY_PLACES = 1
# the body's sentences with figures that make a release's lead
LEAD_FIGURE_SENTENCES = 1
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_TOWN_LEVELS = frozenset({"city", "district"})
_PROVINCE_LEVELS = frozenset({"admin1", "district"})


@dataclass(slots=True)
class Release:
    """What the reader keeps of a report's release: the area its lead's figures name (the
    body's first sentence with figures, else its headline), and the area the report covers
    when the lead names none (``release_area``)."""

    # what ``read_release_of`` reads the report's area from: read on the first question
    # (most reports are no release, and reading every place of a report is not free)
    source: tuple[Sequence[Chunk], str | None, Dateline | None] | None = None
    _read: tuple[str | None, bool, str | None] | None = None
    lead_area: str | None = None
    headline_area: str | None = None
    sentences: int = 0  # the body's sentences with figures read so far
    _national: tuple[str | None] | None = None

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

    def _facts(self) -> tuple[str | None, bool, str | None]:
        if self._read is None:
            self._read = _read_release(*self.source) if self.source else (None, False, None)
        return self._read

    @property
    def covers(self) -> str | None:
        """The area the report covers when its lead names none (``release_area``)."""
        return self._facts()[0]

    @property
    def national(self) -> str | None:
        """The country of a national release filed from a town of it (``national_area``)."""
        if self._national is None:
            chunks, home, dateline = self.source or ((), None, None)
            self._national = (national_area(chunks, home, dateline, self.covers),)
        return self._national[0]

    @property
    def abroad(self) -> bool:
        """The report was filed from a bureau in a country its body never names."""
        return self._facts()[1]

    @property
    def country(self) -> str | None:
        """The country the report's places lie in when it never names one (``places_country``)."""
        return self._facts()[2]

    @property
    def named(self) -> str | None:
        return self.lead_area or self.headline_area

    @property
    def area(self) -> str | None:
        return self.named or self.covers

    def before_town(self, home: str | None, written: str) -> str | None:
        """The report's country (``country``), for a figure of a report whose place is a
        town it names only after the figure (``written``: the text up to the figure's
        sentence): the town of an incident recalled at the end, where a meeting was held, is
        no area of the period figures before it."""
        town = places.resolve(home) if self.country is not None and home else None
        if town is None or town.level not in _TOWN_LEVELS or home is None:
            return None
        name = home.split(",")[0].strip()
        named = re.search(rf"(?i)\b{re.escape(name)}\b", written) is not None
        return None if named else self.country

    def over(self, home: str | None) -> str | None:
        """The area a carried place gives way to: the lead's, else, in a report whose place
        is no town of its own (``home``), the area the release covers."""
        return self.named or (self.covers if home is None or self.abroad else None)



def period_figure(days: int | None) -> bool:
    """A figure counted over more than a round-up's days: a month, a quarter, a year."""
    return days is not None and days > ROUNDUP_DAYS


def unnamed_country(chunks: Sequence[Chunk]) -> str | None:
    """The country holding the provinces a report names, when the report names no country
    as a place (a national body's release read at home: "Tarn State topped the list"); None
    when it names one, or when its provinces do not lie in one country. Provinces only: a
    capitalised word may be some town's name ("Over", "March")."""
    held: Counter[str] = Counter()
    outside: Counter[str] = Counter()  # less the names within a body's ("Centre for X")
    for chunk in chunks:
        for ent in chunk.doc.ents:
            place = places.resolve(ent.text) if ent.label_ in _PLACE_LABELS else None
            if place is not None and place.level == "country":
                return None
        held.update(c for p in places.mentions(chunk.text) if (c := _province_country(p)))
        outside.update(
            c for p in places.mentions(_without_bodies(chunk)) if (c := _province_country(p))
        )
    # a body named for its province ("the Wend State Command") when no other names one
    return _one_country(outside or held)


def _without_bodies(chunk: Chunk) -> str:
    """The chunk's text with the names of bodies blanked: a word of a body's name is no
    place the report names ("the Centre for Conflict Studies")."""
    text = chunk.text
    for ent in chunk.doc.ents:
        if ent.label_ == "ORG":
            text = text[: ent.start_char] + " " * len(ent.text) + text[ent.end_char :]
    return text


def places_country(chunks: Sequence[Chunk], aside: frozenset[str] = frozenset()) -> str | None:
    """The country a report that never names one is on: the one its provinces, its towns
    (the capital too) and its national bodies ("a written reply to the Lok Sabha",
    ``national_bodies``) lie in, as ``unnamed_country`` weighs them; towns as NER marks
    them, a capitalised word being some town's name now and then, less the towns
    ``aside`` (a dateline's: where the reporter is)."""
    held: Counter[str] = Counter()
    bodies = national_bodies()
    for chunk in chunks:
        text = chunk.text
        for ent in chunk.doc.ents:
            place = places.resolve(ent.text) if ent.label_ in _PLACE_LABELS else None
            if place is not None and place.level == "country":
                return None
            if ent.text.casefold() in aside:
                continue
            if place is not None and place.level in _TOWN_LEVELS and place.country:
                held[place.country] += 1
        held.update(c for p in places.mentions(text) if (c := _province_country(p)))
        held.update(bodies[m.group(0).casefold()] for m in _bodies_pattern().finditer(text))
    return _one_country(held)


def _one_country(held: Counter[str]) -> str | None:
    """The country holding the share of the places counted, if one does."""
    if not held:
        return None
    key, count = held.most_common(1)[0]
    if count < UNNAMED_COUNTRY_PLACES or count < UNNAMED_COUNTRY_SHARE * sum(held.values()):
        return None
    country = places.get(key)
    return country.name if country is not None and country.level == "country" else None


@functools.cache
def _bodies_pattern() -> re.Pattern[str]:
    names = sorted(national_bodies(), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _province_country(place: places.Place) -> str | None:
    return place.country if place.level == "admin1" else None


def read_release_of(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None
) -> Release:
    """What the reader knows of a report's release before its sentences: the area it covers
    and, for a report with no dateline whose place is a town, the country of its places
    (both read when first asked)."""
    return Release(source=(chunks, home, dateline))


def _read_release(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None
) -> tuple[str | None, bool, str | None]:
    """(covers, abroad, country) of ``Release``."""
    town = places.resolve(home) if home is not None and dateline is None else None
    country = (
        places_country(chunks)
        if town is not None and town.level in _TOWN_LEVELS and not _names_a_province(chunks)
        else None
    )
    covers = release_area(chunks, home, dateline)
    abroad = (
        dateline is not None
        and covers is not None
        and _filed_from_bureau(home, dateline)
        and covers != _dateline_country(dateline)
    )
    return covers, abroad, country


# the most countries a bureau-abroad release's area names ("Burkina Faso, Mali and Niger")
MAX_JOINED_COUNTRIES = 3


def _dateline_country(dateline: Dateline) -> str | None:
    town = places.resolve(dateline.place)
    country = places.get(town.country) if town is not None and town.country else None
    return country.name if country is not None else None


def _body_countries(chunks: Sequence[Chunk], dateline: Dateline) -> list[str]:
    """The countries the report names after its dateline, in the order it names them."""
    named: list[str] = []
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ not in _PLACE_LABELS or chunk.offset + ent.start_char < dateline.end:
                continue
            place = places.resolve(ent.text)
            if place is not None and place.level == "country" and place.name not in named:
                named.append(place.name)
    return named


def _names_a_province(chunks: Sequence[Chunk]) -> bool:
    """The report names a province (a state, a county): its towns then lie in an area it
    names, which a town named later may stand for better than the country."""
    return any(
        p.level in _PROVINCE_LEVELS for chunk in chunks for p in places.mentions(chunk.text)
    )


def release_area(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None
) -> str | None:
    """The area a release covers when its lead names none: the report's place, but for the
    town a newsroom filed it from (its country then), else the country the report's places
    lie in."""
    if dateline is not None and _filed_from_bureau(home, dateline):
        country = _dateline_country(dateline)
        # a bureau abroad ("DAKAR -" of a release on another country's provinces): the
        # dateline is where the reporter is, not the area the figures count
        theirs = places_country(chunks, frozenset(t.casefold() for t in dateline.towns))
        if country is not None and theirs is not None and theirs != country:
            return theirs
        named = _body_countries(chunks, dateline)
        if country is not None and named and country not in named:
            # "NAIROBI (Reuters) - ... Most of the violence was in Burkina Faso and Mali"
            return " and ".join(named[:MAX_JOINED_COUNTRIES])
        return country
    return home or unnamed_country(chunks)


def _filed_from_bureau(home: str | None, dateline: Dateline) -> bool:
    """The report's place is the town of its dateline: where the newsroom filed it from."""
    return home is not None and home.split(",")[0].strip() in (dateline.place, dateline.city)
