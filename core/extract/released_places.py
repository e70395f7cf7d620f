"""A statistics release's period figures read with the area the release covers
(``release_areas``), as the sentence reader (``claims``) reads each figure: the place carried
to a figure whose own clause names none, the tally it goes on with, and the lead's area."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from core.extract.recorded_areas import named_in
from core.extract.release_areas import period_figure
from core.text.lines import a_title

if TYPE_CHECKING:
    from core.extract.claim_context import ClaimContext, SentenceReading
    from core.extract.tally_scope import Tally
    from core.model import Claim
    from core.text.dates import Period


def released_place(
    carried: str | None, ctx: ClaimContext, here: SentenceReading, days: int | None, *,
    own: bool,
) -> tuple[str | None, str | None]:
    """The place carried and the report's place for a figure whose own clause names no
    place (``own`` when it names one: both as they are). Of a period figure of a statistics
    release (``ctx.counted_over``) the report's place is the area the release covers, never
    the town it was filed or released from; and a place carried goes on only from the
    figure's own paragraph (a breakdown item's sentences), never from a sentence told on
    its own day (a recalled incident)."""
    if own or not period_figure(days):
        return carried, here.home  # asked first: the release's area is read on demand
    if ctx.counted_over is not None and ctx.located_by_incident:
        carried = None  # "in a single raid in X": that incident's scene, not the review's area
    area = ctx.release.over(here.home)
    # "ABUJA - ... abducted 3,412 in 2030, the national tracker said": the country's
    national = ctx.release.national if area is None else None
    if area is None and national is None:
        # a town named only after the figure (a recalled incident, a meeting's venue)
        country = ctx.release.before_town(here.home, _written_to(here))
        if country is not None:
            return carried, country
    area = area or national
    if area is None or (ctx.counted_over is None and national is None):
        return carried, here.home
    if carried is None or carried == area or named_in(carried, here.text):
        return carried, area  # "the Wend police chief said 90 officers died last year"
    on = ctx.located_on
    told_on_a_day = on is not None and not period_figure((on.end - on.start).days)
    if told_on_a_day or _another_paragraph(here, ctx.location_at):
        return None, area
    return carried, area


def released_tally(
    carried: Tally | None, ctx: ClaimContext, here: SentenceReading, period: Period | None
) -> Tally | None:
    """The tally a period figure of a statistics release goes on with: none counted in an
    earlier paragraph over another area than the release's ("Wend recorded 40. || Overall,
    900 attacks were carried out": the whole release's)."""
    days = (period.end - period.start).days if period is not None else None
    if (
        carried is None
        or ctx.counted_over is None
        or not period_figure(days)
        or ctx.release.over(here.home) in (None, carried.place)
    ):
        return carried
    return None if _another_paragraph(here, carried.at) else carried


def _written_to(here: SentenceReading) -> str:
    """The report's text up to the end of the sentence."""
    return here.document.text[: here.start + len(here.text)]


def _another_paragraph(here: SentenceReading, since: int) -> bool:
    """The sentence lies past a line break after the sentence at ``since``."""
    return since >= 0 and "\n" in here.document.text[since : here.start]


def read_release(
    place: str | None, ctx: ClaimContext, here: SentenceReading, *, own: bool, days: int | None,
    aside: bool = False,
) -> str | None:
    """The figure's place, read into the release's lead (``own``: its own clause named
    it; ``aside``: a clause set against the lead's counted it, whose place is no lead's);
    a period figure of a headline or of a statistics release that has no place at all
    takes the area the release covers ("Over 900 killed in six months" of a release that
    names no country)."""
    title = a_title(here.text)
    ctx.release.read_lead(place, own=own and not aside, days=days, title=title)
    if place is None and not own and period_figure(days) and (
        title or ctx.counted_over is not None
    ):
        return ctx.release.area
    return place


def with_lead_area(claims: list[Claim], ctx: ClaimContext) -> list[Claim]:
    """The period figures of a statistics release that no place reached, read before the
    reader knew the report for a release (its lead's "812 attacks were recorded in 2030",
    whose sentence makes it one), under the area the release covers."""
    if ctx.counted_over is None or not any(c.location is None for c in claims):
        return claims
    area = ctx.release.area
    if area is None:
        return claims
    return [
        dataclasses.replace(c, location=area)
        if c.location is None and period_figure(_days(c)) else c
        for c in claims
    ]


def _days(claim: Claim) -> int | None:
    if claim.date_start is None or claim.date_end is None:
        return None
    return (claim.date_end - claim.date_start).days
