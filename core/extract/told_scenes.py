"""Where a sentence after the lead says the report's incident happened ("The incident took
place in X village when ..."), narrowing the scene the lead told."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.area_holders import with_area_holders
from core.extract.camp_spots import told_camp
from core.extract.chunk_texts import span_text
from core.extract.claim_places import place_mentions
from core.extract.fight_scenes import fight_noun
from core.extract.incident_scene import narrower_scene
from core.extract.incident_words import told_apart
from core.extract.partitives import counts_a_part
from core.extract.scene_statements import scene_noun, scene_verb, told_place
from core.extract.victim_names import CASUALTY_MEASURES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from core.extract.nlp import Chunk
    from core.model import Claim
    from core.text.dates import Period


def tells_no_other_day(found: list[Claim], incident: Period | None) -> bool:
    """A sentence may tell where the report's incident happened when it counts nothing of
    another day ("The incident took place in X village when two groups exchanged fire")."""
    # a figure from the incident on ("left more than 40 injured", to the report's day) is its own
    if incident is None:
        # a report with no day of its incident (no publication date, no date in its lead):
        # a sentence of undated figures tells of no other day
        return all(c.date_start is None for c in found)
    return all(
        c.date_start in (None, incident.start)
        and (c.date_end in (None, incident.end) or c.date_start == incident.start)
        for c in found
    )


def breakdown_parts(claims: Sequence[Claim]) -> list[Claim]:
    """The figures of a breakdown by place: "A flood killed 31 in X province ...
    Fourteen died in Y district ... In Z district, 11 died". Each counts fewer of
    its harm than a figure before it (the whole), and another such figure of that harm is
    told under another place; a lone smaller count may be another source's count of the
    whole ("the ministry said eight were killed when gunmen stormed the post at X")."""
    smaller: list[Claim] = []
    most: dict[str, float] = {}
    for claim in claims:
        if claim.measure not in CASUALTY_MEASURES:  # the harms a report breaks down by place
            continue
        if claim.location and claim.value < most.get(claim.measure, 0.0):
            smaller.append(claim)
        most[claim.measure] = max(most.get(claim.measure, 0.0), claim.value)
    return [
        c for c in smaller
        if any(o.measure == c.measure and o.location != c.location for o in smaller)
    ]


def a_breakdowns_part(place: str | None, claims: Sequence[Claim]) -> bool:
    """The place is where a part of a breakdown by place was (``breakdown_parts``), no scene
    of the whole incident."""
    if place is None:
        return False
    first = place.split(", ", maxsplit=1)[0]  # "Y district, X province": Y district
    return any(c.location in (place, first) for c in breakdown_parts(claims))


def scene_told(
    sent: Span,
    chunk: Chunk,
    home: str | None,
    skip_to: int,
    before: str | None,
    *,
    lead: str | None = None,
    areas: dict[str, str] | None = None,
) -> str | None:
    """The place a sentence says the incident happened at, if it says so, when it lies within
    the province ``before`` told ("... exploded in Balochistan" ... "went off in Mastung").
    A told place that is only the one the report's first figures were already given
    (``lead``: "militants attacked a post in Bannu, killing four") leaves the scene open: a
    later sentence naming the village ("took place in X village") tells it; a chain of units
    "of the state" is told with the ``areas`` the report named."""
    if told_apart(span_text(sent)) or counts_a_part(sent):
        # "three were hurt in a separate attack in X": another incident's scene; "nine of
        # them were killed in X camp": where a part of the count before was, not the whole
        return before
    # "wounded in a gunfight in the town of X"
    verb = scene_verb(sent) or scene_noun(sent) or fight_noun(sent)
    if verb is None:
        return before
    found = with_area_holders(
        sent, place_mentions(sent, skip_to=skip_to - chunk.offset, home=home), areas
    )
    # a named camp before the town or village it is named after ("at Block D of X camp")
    new = told_camp(verb) or told_place(verb, found)
    if before is not None and before == lead:
        return new or before
    return narrower_scene(before, new)
