"""The country a report is filed from, as its hints weigh it (``places.report_hints``: its
dateline, the places it names): what a reading that depends on the country goes by, the order
of a numeric date ("12/11/2031") and the day of a national holiday ("Independence Day").
A dateline whose town countries share ("LONDON:", "COLOMBO:") gives no hint, as places must
not be guessed, but for these readings the town's overwhelmingly largest namesake
(``dating_country``) stands in when the hints settle no country."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from core.text import places

# the country of a shared dateline town's largest namesake, for dates only (``dated_from``)
_DATING_COUNTRY: ContextVar[str | None] = ContextVar("dating_country", default=None)
# every country a namesake of the dateline town lies in, for dates only (``dated_from``)
_NAMESAKE_COUNTRIES: ContextVar[frozenset[str]] = ContextVar(
    "namesake_countries", default=frozenset()
)
# a sentence placing its happening in another country's town ("on Independence Day in
# Chicago" in a Karachi report): its national days are not the report's (``told_abroad``)
_ABROAD: ContextVar[bool] = ContextVar("told_abroad", default=False)
# how many times the next largest namesake of another country the largest must hold: London
# (8.9 million) over London, Ontario (0.4 million), Colombo over Colombo, Brazil
_OUTWEIGHS = 5

# a country's least weight to set the order: its dateline (3) or two of its places named
_LEAST_WEIGHT = 2


def report_country() -> str | None:
    """The country (ISO code) the report's hints weigh most; a tie or no hint is none, and so
    is one named once: the town a man came from in a report whose dateline ("DALLAS -",
    "WASHINGTON (AP) -") no gazetteer settles."""
    hints, _ = places.report_context()
    ranked = sorted(hints, key=lambda h: h[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return _DATING_COUNTRY.get()
    if ranked[0][1] < _LEAST_WEIGHT:
        return _DATING_COUNTRY.get()
    return ranked[0][0]


def holiday_country() -> str | None:
    """The country whose national days a holiday's name reads as: the report's, unless the
    sentence told happens abroad (``told_abroad``), when the general tables hold."""
    return None if _ABROAD.get() else report_country()


@contextmanager
def told_abroad(towns: Iterable[str]) -> Iterator[None]:
    """Within the block, ``holiday_country`` is none when one of the sentence's ``towns`` is
    another country's than the report's ("Independence Day in Houston" in a Lagos report:
    the Fourth of July, as before), by its largest namesake (``largest_country``)."""
    home = report_country()
    abroad = home is not None and any(
        (country := largest_country(town)) is not None and country != home for town in towns
    )
    token = _ABROAD.set(abroad)
    try:
        yield
    finally:
        _ABROAD.reset(token)


@contextmanager
def dated_from(town: str | None) -> Iterator[None]:
    """Within the block, ``report_country`` falls back on the country of the dateline
    ``town``'s largest namesake, when it outweighs every other country's (``largest_country``);
    ``namesake_countries`` gives every country one of its namesakes lies in."""
    token = _DATING_COUNTRY.set(largest_country(town) if town else None)
    shared = _NAMESAKE_COUNTRIES.set(frozenset(_sizes(town)) if town else frozenset())
    try:
        yield
    finally:
        _NAMESAKE_COUNTRIES.reset(shared)
        _DATING_COUNTRY.reset(token)


def namesake_countries() -> frozenset[str]:
    """The countries the dateline town's namesakes lie in ("HYDERABAD": India and Pakistan),
    for a reading every one of them makes alike (the order of a numeric date), as the town
    itself is left unplaced."""
    return _NAMESAKE_COUNTRIES.get()


def largest_country(town: str) -> str | None:
    """The country of the town's largest namesake, town or district, when it holds
    ``_OUTWEIGHS`` times the people of any other country's ("London": GB; "Hyderabad", whose
    Indian and Pakistani namesakes are of one order: none)."""
    sizes = _sizes(town)
    ranked = sorted(sizes.items(), key=lambda s: s[1], reverse=True)
    if not ranked or not ranked[0][1]:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= _OUTWEIGHS * runner_up else None


def _sizes(town: str) -> dict[str, int]:
    """The people of the town's largest namesake, town or district, in each country."""
    sizes: dict[str, int] = {}
    for place in places.candidates(town):
        if place.level in ("city", "district") and place.country:
            sizes[place.country] = max(sizes.get(place.country, 0), place.population or 0)
    return sizes
