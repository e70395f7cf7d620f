"""The report's own scene: the most specific place its opening puts the incident in.

A wire files from the capital ("NIAMEY (Reuters) -") and its lead gives the incident a region
("an attack on a base in southwestern Niger"); the next paragraph names the spot ("stormed the
base at Dosan"). A local paper's dateline is the nearest city, and its lead names the
village. A checker files every figure of the incident under that spot, whatever the gazetteer
knows of it. So, after the sentence reader and the incident's scene (``incident_scene``), the
incident's figures still filed under the bureau's town, the country, a province or a region
holding the spot take the spot, written with the province or district the lead gives it.

The spot is the first place the opening names in a clause of the incident: not the bureau,
not a place a speaker is in, where the hurt were taken, where someone came from, a place the
spot is described by ("300 km northwest of X", "near the border with Y"), a capital standing
for its government ("as Tehran blamed ..."), nor a place of a sentence that counts another
day or recalls another year.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.aside_towns import towns_aside
from core.extract.chunk_texts import span_text
from core.extract.gapped_counts import a_conjoined_verbs_place, gapped_count
from core.extract.incident_scene import (
    RUNNING_MEASURES,
    SCENE_MEASURES,
    a_figure_of_the_incident,
    first_part,
)
from core.extract.neighbour_places import told_beside
from core.extract.numbered_quarters import with_town
from core.extract.opening_spots import (
    WIDE_LEVELS,
    a_persons_name,
    a_region,
    a_spot,
    another_role,
    mentions,
    named_place,
    of_the_incident,
    recalls_another_time,
    set_on_the_day,
    tells_the_incident,
    where_arrests_were,
    where_placed,
    written_wide,
)
from core.extract.part_places import anothers_part, in_contrast
from core.extract.prefixed_villages import village_prefixes
from core.extract.scene_words import spot_words, tells_a_wide_event
from core.extract.told_scenes import breakdown_parts
from core.text import longer_names, places
from core.text.datelines import Dateline, a_national_capital

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim
    from core.text.dates import Period

logger = logging.getLogger(__name__)

# the headline, the lead and the paragraphs after it that name the spot
OPENING_SENTENCES = 5
_HEADLINE_AND_LEAD = 2
_LEAD = 3  # the headline, the lead and the sentence after it say what kind of event it was
_UNIT_LEVELS = frozenset({"admin1", "district"})  # what a spot the gazetteer lacks is filed with
# the incident's casualties and custody figures, and what else it counts ("dozens escaped",
# "14 houses burned"); attacks and operations are often counted over a province
_MOVED = SCENE_MEASURES | {"other"}
# the country whose wire style lets its big cities stand alone in a dateline, without a state
_ALONE_IN_DATELINES = "US"
_TOLLS = frozenset({"killed", "injured"})
_RUNNING = RUNNING_MEASURES | _TOLLS  # counts that run on from the incident
_LATER_COUNTS = _TOLLS | {"arrested"}  # counted on a later day, of the incident still
_UNIT_NOUNS = frozenset({"district"})  # a part's noun that names a unit wider than its town
_VILLAGE = frozenset({"village"})
_SPOT_HOLDERS = frozenset({"city", "district"})  # what a village named alone lies in


@dataclass(frozen=True, slots=True)
class Opening:
    """What the report's opening says of where its incident happened."""

    spot: str  # the first place it names in a clause of the incident
    bureaus: frozenset[str]  # the dateline's towns
    # the dateline's town when the opening also puts the incident in it ("KIRKUK (AFP) - a
    # car bomb in the city of Kirkuk"): a spot then lies in it
    town: str | None = None
    # where the opening ends: a figure past it whose own sentence names its wider place
    # ("In neighbouring X district, ten were killed") is counted there
    reach: int = -1
    # a local report: its dateline's place ("Toledo, Ohio"), when its lead puts the incident
    # in no country, province or region ("TOLEDO, Ohio - A girl shot in the X neighborhood")
    local: str | None = None
    dateline_end: int = -1
    # (sentence start, town): a town a figure's sentence names only where words were said
    # or the hurt cared for ("told reporters in X", "hospitalised in Y"), no place it names
    aside: frozenset[tuple[int, str]] = frozenset()


def opening_scene(
    chunks: Sequence[Chunk],
    claims: Sequence[Claim],
    *,
    dateline: Dateline | None,
    home: str | None,
    incident: Period | None,
    text: str,
) -> Opening | None:
    """The spot the report's opening names, if it names one narrower than a province."""
    if incident is None or incident.start != incident.end:
        return None
    bureaus = dateline.towns if dateline is not None else frozenset()
    local_desk = dateline is not None and _local_desk(dateline)
    if not local_desk and not _any_to_move(claims, incident, bureaus, text):
        return None  # every figure of the incident has a town of its own
    skip_to = dateline.end if dateline is not None else -1
    town = None
    opening = _opening(chunks, dateline)
    if any(tells_a_wide_event(sent) for sent, _ in opening[:_LEAD]):
        return None  # a quake or a storm is filed under the area it struck
    reach = max((offset + sent.end_char for sent, offset in opening), default=-1)
    parts = breakdown_parts(claims)
    found_in: list[list[tuple[Token, str]]] = []  # each sentence's places, read once
    for n, (sent, offset) in enumerate(opening):
        lead = n < _HEADLINE_AND_LEAD
        told = tells_the_incident(sent, offset, claims, incident, lead=lead, parts=parts)
        dated = not told and _a_capitals_dated_clause(sent, offset, claims, incident, dateline)
        # a sentence's places are read only where they may give the spot or the town
        found = (
            mentions(sent, skip_to - offset, home, text)
            if told or lead or dated or any(b in span_text(sent) for b in bureaus)
            else []
        )
        if dated:  # "wounded in the attack on Saturday in X, ... died on Sunday"
            found, told = [p for p in found if set_on_the_day(p[0], incident)], True
        found_in.append(found)
        town = town or next((
            first_part(name) for tok, name in found
            if first_part(name) in bureaus and where_placed(tok) and not another_role(tok)
            and not where_arrests_were(tok, offset, claims)  # "three held in X": no scene
        ), None)
        if not told:
            continue
        for tok, name in found:
            if a_spot(tok, name, bureaus) and not (
                where_arrests_were(tok, offset, claims)
                or written_wide(name, text)
                or a_persons_name(name, text)
                or _another_town(tok, name, town)
                or _in_another_province(name, found_in[:_HEADLINE_AND_LEAD])
                or _a_parts_place(tok)
            ):
                logger.debug("the opening's spot: %r in %r", name, span_text(sent))
                lead_places = _lead_places(opening, found_in, skip_to, home)
                local = _local_town(lead_places, dateline)
                return Opening(
                    name, bureaus, town, reach, local, skip_to, towns_aside(chunks, claims)
                )
    return None


def _a_parts_place(tok: Token) -> bool:
    """Where a part of the sentence's count was, not the whole: "..., while a policeman was
    hurt in Y" (Y is its own), "killed 32 across X, including 11 in Y", "... and 2 in Y"."""
    # "killed in X, and 2 in Y": the gapped count's place is no spot of the incident's lead
    return (
        in_contrast(tok) or anothers_part(tok, tok.sent.root) or gapped_count(tok) is not None
        or a_conjoined_verbs_place(tok)  # "killed 12 in X, and wounded 4 in Y": Y is 4's
    )


def _a_capitals_dated_clause(
    sent: Span,
    offset: int,
    claims: Sequence[Claim],
    incident: Period,
    dateline: Dateline | None,
) -> bool:
    """A sentence of a story a desk files from the capital that counts a later day but
    tells the incident in a clause of its day ("One of those wounded in the attack on
    Saturday in X died on Sunday"): its places of that clause may give the spot."""
    return (
        dateline is not None
        and a_national_capital(dateline.city)
        and not recalls_another_time(sent)
        and of_the_incident(sent, offset, claims, incident)
    )


def with_report_scene(
    claims: Sequence[Claim], incident: Period | None, opening: Opening | None, text: str
) -> list[Claim]:
    """The claims, the incident's figures still under a wider place filed under the spot."""
    if opening is None or incident is None:
        return list(claims)
    own = {i for i, c in enumerate(claims) if _of_the_incident(c, incident)}
    scene = _written_with_unit(opening, [claims[i].location for i in sorted(own)], text)
    # the sentences counting the incident's dead and hurt: arrests there were made in it
    tolls = frozenset(claims[i].sentence_start for i in own if claims[i].measure in _TOLLS)
    logger.debug("scene %r over %s", scene, [claims[i].location for i in sorted(own)])
    town_spot = _a_town_spot(first_part(scene), [claims[i].location for i in own])
    return [
        dataclasses.replace(c, location=scene)
        if (i in own and _moves(c, opening, text, tolls))
        or _a_later_toll(c, incident, opening.bureaus, opening.aside)
        else _with_the_spots_unit(c, scene, opening, tolls, town_spot)
        if i in own or _a_later_count(c, incident)
        else c
        for i, c in enumerate(claims)
    ]


def _a_town_spot(spot: str, wheres: Sequence[str | None]) -> bool:
    """The spot is a town or district: one the gazetteer knows, or one a figure writes with
    the province or district that holds it ("X, Maguindanao del Sur")."""
    if _a_village_by_its_kind(spot):
        return False  # "X village": a village holds no other
    known = named_place(spot)
    if known is not None:
        return known.level in _SPOT_HOLDERS
    if longer_names.built_on(spot, places.lookup, places.candidates):
        return True  # "Kot X", "X Khel": a town of its own the gazetteer lacks
    holders = [w.removeprefix(spot + ", ") for w in wheres if w and w.startswith(spot + ", ")]
    return any(
        (unit := places.resolve(h)) is not None and unit.level in _UNIT_LEVELS for h in holders
    )


def _with_the_spots_unit(
    claim: Claim, scene: str, opening: Opening, tolls: frozenset[int], town_spot: bool
) -> Claim:
    """An incident's figure under a village the gazetteer lacks, written alone: the scene's
    own village ("X village" of "X village, Y district") is filed with its unit as the other
    figures are; a village named by its kind ("Barangay X", "X village") in a report whose
    spot is a town or district the gazetteer knows lies in that spot ("Barangay X, Town")."""
    where = claim.location
    if where is None or "," in where or places.resolve(where) is not None:
        return claim
    if where == first_part(scene) and "," in scene:
        return dataclasses.replace(claim, location=scene)
    if (
        town_spot
        and _a_village_by_its_kind(where)
        and first_part(scene) not in where
        and not _held_elsewhere(claim, opening, tolls)
    ):
        return dataclasses.replace(claim, location=f"{where}, {_spot_as_filed(scene)}")
    return claim


def _spot_as_filed(scene: str) -> str:
    """What a village in the spot is written with: the spot's town ("Barangay X, Town"), or
    an area the gazetteer lacks with the unit that holds it ("X village, Y area, Z
    district"): an unknown area alone tells a checker no place."""
    spot = first_part(scene)
    return spot if places.resolve(spot) is not None else scene


def _a_village_by_its_kind(where: str) -> bool:
    """ "Tangur village", "Barangay Malinao": a village written with its kind word."""
    words = where.lower().split()
    return len(words) > 1 and (words[-1] in _VILLAGE or words[0] in village_prefixes())


def _any_to_move(
    claims: Sequence[Claim], incident: Period, bureaus: frozenset[str], text: str
) -> bool:
    """A figure of the incident has no place, the bureau's, or a country's, province's or
    region's: one a spot the opening names may say more than (checked before any parse)."""
    for claim in claims:
        if _a_later_toll(claim, incident, bureaus):
            return True
        if not _of_the_incident(claim, incident):
            continue
        where = claim.location
        if where is None or first_part(where) in bureaus or written_wide(where, text):
            return True
        found = named_place(where)
        if found is None or found.level in WIDE_LEVELS or found.level == "district":
            return True
    return False


def _of_the_incident(claim: Claim, incident: Period) -> bool:
    """A figure of the incident's day, or a toll or custody count running from it to the day
    told ("raising the death toll to seven", "six suspects had now been arrested")."""
    return a_figure_of_the_incident(claim, incident, measures=_MOVED, running=_RUNNING)


def _a_later_toll(
    claim: Claim,
    incident: Period,
    bureaus: frozenset[str],
    aside: frozenset[tuple[int, str]] = frozenset(),
) -> bool:
    """ "The toll rose to 14 on Wednesday", "police on Saturday arrested three in connection
    with the attack": the dead, hurt and arrested counted on a later day with no place of
    their own (the bureau's town, the country) are the incident's; not arrests their own
    sentence says were made in the bureau's town ("three held in X" of an X desk)."""
    later = _a_later_count(claim, incident)
    where = claim.location
    fallback = where is None or first_part(where) in bureaus or (
        (found := places.resolve(where)) is not None and found.level == "country"
    )
    if claim.measure == "arrested" and where is not None and first_part(where) in bureaus:
        # the town as the sentence writes it, not a dateline's capitals ("TANK:"), nor a
        # town it names aside ("a factory on the outskirts of X")
        town = first_part(where)
        fallback = (claim.sentence_start, town) in aside or re.search(
            rf"\b{re.escape(town)}\b", claim.sentence
        ) is None
    return later and fallback


def _a_later_count(claim: Claim, incident: Period) -> bool:
    """The dead, hurt or arrested counted on a day after the incident's."""
    return claim.measure in _LATER_COUNTS and (
        claim.date_start is not None and incident.end is not None
        and claim.date_start > incident.end
    )


def _moves(claim: Claim, opening: Opening, text: str, tolls: frozenset[int]) -> bool:
    """The incident's figure goes under the scene: its place says less than the spot (and is
    no town an arrest was made in, nor a place its own sentence past the opening writes), or
    it is the spot alone or by its kind ("the X area"), written as the others now are."""
    return claim.location == opening.spot or _the_spot_by_its_kind(claim, opening) or (
        _wider(claim, opening, text)
        and not _held_elsewhere(claim, opening, tolls)
        and not _written_past_opening(claim, opening)
        and not told_beside(claim.sentence, claim.location or "")  # "in neighbouring X"
    )


def _the_spot_by_its_kind(claim: Claim, opening: Opening) -> bool:
    """ "in the X area", "X neighborhood, Town": the spot named with a part's or a town's noun
    (not a district's: a unit named after its town is wider than the town)."""
    if claim.location is None:
        return False
    # "Salt Lake City", "Quezon City": a town's own name, not the spot by its kind
    first = first_part(claim.location)
    return _by_its_kind(first_part(opening.spot), first) and not places.candidates(first)


def _by_its_kind(spot: str, name: str) -> bool:
    """ "X area", "X village" of the spot X; not "X district", "X upazila" (a unit named after
    its town is wider than the town)."""
    kind = name.removeprefix(spot + " ").lower() if name.startswith(spot + " ") else ""
    return kind in _spot_kinds()


@functools.cache
def _spot_kinds() -> frozenset[str]:
    words = spot_words()
    return (words.town_parts | words.town_nouns | _VILLAGE) - _UNIT_NOUNS


def _written_past_opening(claim: Claim, opening: Opening) -> bool:
    """A figure past the opening whose own sentence writes its place ("In neighbouring X
    district, ten were killed"): it was counted there, not at the spot."""
    where = claim.location
    if where is None or claim.sentence_start < opening.reach:
        return False
    town = first_part(where)
    return town not in opening.bureaus and _names(claim, town, opening)


def _names(claim: Claim, town: str, opening: Opening) -> bool:
    """The figure's own sentence names the town, not only where words were said or the hurt
    cared for."""
    if (claim.sentence_start, town) in opening.aside:
        return False
    return re.search(rf"\b{re.escape(town)}\b", claim.sentence) is not None


def _opening(chunks: Sequence[Chunk], dateline: Dateline | None) -> list[tuple[Span, int]]:
    """The report's first sentences (the headline, the lead, ...), past the dateline alone."""
    out: list[tuple[Span, int]] = []
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            end = chunk.end_of(sent)
            if dateline is not None and end <= dateline.end and chunk.start_of(sent) >= (
                dateline.start
            ):
                continue
            out.append((sent, chunk.offset))
            if len(out) == OPENING_SENTENCES:
                return out
    return out


def _another_town(tok: Token, name: str, town: str | None) -> bool:
    """The opening put the incident in the bureau's town: only a part of it is a spot, one
    written as a part ("the Sarbana neighbourhood") or not known as another town of its
    country; not another town ("erupted in X, a small market town")."""
    if town is None:
        return False
    parts = spot_words().town_parts
    described = tok.head if tok.dep_ == "compound" else next(
        (c for c in tok.children if c.dep_ == "appos"), None
    )
    kind = described.lemma_.lower() if described is not None else ""
    if name.rsplit(maxsplit=1)[-1].lower() in parts or kind in parts:
        return False  # written as a part, whatever town of its name the gazetteer knows
    if kind in spot_words().town_nouns or kind == "village":
        return True
    spot, held = places.resolve(name), places.resolve(town)
    return (
        spot is not None
        and held is not None
        and spot.country == held.country
        and places.relation(held, spot) != "contains"
    )


def _in_another_province(name: str, lead: list[list[tuple[Token, str]]]) -> bool:
    """ "hurt in the X district of Herat province" below a lead of "an airstrike in Zabul
    province": a unit written with a province the lead's is not."""
    if ", " not in name:
        return False
    holder = places.resolve(name.split(", ", 1)[1])
    if holder is None or holder.level != "admin1":
        return False
    provinces = [p for found in lead for _, n in found if (p := places.resolve(n)) is not None]
    return any(p.level == "admin1" and p.key != holder.key for p in provinces)


def _lead_places(
    opening: list[tuple[Span, int]],
    found_in: list[list[tuple[Token, str]]],
    skip_to: int,
    home: str | None,
) -> list[list[tuple[Token, str]]]:
    """The headline's and the lead's places: those read so far, then the rest."""
    rest = opening[len(found_in) : _HEADLINE_AND_LEAD]
    return found_in[:_HEADLINE_AND_LEAD] + [mentions(s, skip_to - o, home) for s, o in rest]


def _local_town(
    lead_places: list[list[tuple[Token, str]]], dateline: Dateline | None
) -> str | None:
    """The dateline's place, written with its state as a local desk writes it ("TOLEDO,
    Ohio"), when it is no national capital and the headline and the lead (``lead_places``)
    name no country, province or region the incident happened in (a wire's "in southwestern
    Niger" files from afar)."""
    if dateline is None or a_national_capital(dateline.city) or not _local_desk(dateline):
        return None  # "QUETTA:", "ISLAMABAD, Pakistan -": a desk that files a province's news
    for found in lead_places:
        for _, name in found:
            place = named_place(name)
            if a_region(name) or (place is not None and place.level in WIDE_LEVELS):
                return None
    return dateline.place


def _local_desk(dateline: Dateline) -> bool:
    """A dateline written with its state ("TOLEDO, Ohio"), or a US city that stands alone in
    its dateline by the wires' style ("CHICAGO —"): a desk reporting its own town's news."""
    region = places.resolve(dateline.region) if dateline.region else None
    if region is not None:
        return region.level == "admin1"
    town = places.resolve(dateline.city)
    return town is not None and town.level == "city" and town.country == _ALONE_IN_DATELINES


def _held_elsewhere(claim: Claim, opening: Opening, tolls: frozenset[int]) -> bool:
    """An arrest filed under a place of its own (a town, the districts a sweep went through):
    where the arrested were caught, which may lie away from the scene, unless the place is
    only the bureau's or the country, or the arrests were made in the incident itself ("killed
    five and arrested 11 in a raid in X province")."""
    where = claim.location
    if claim.measure != "arrested" or where is None or first_part(where) in opening.bureaus:
        return False
    found = places.resolve(where)
    if found is not None and found.level == "country":
        return False
    return claim.sentence_start not in tolls


def _wider(claim: Claim, opening: Opening, text: str) -> bool:
    """The figure's place says less than the spot: none, the bureau's town (with its
    country), a country, a province or region, or a unit the gazetteer puts the spot in."""
    where, sentence = claim.location, claim.sentence
    name = first_part(opening.spot)
    if where is not None and re.match(rf"{re.escape(name)}\b", first_part(where)) is not None:
        return False  # the spot, written with what holds it or its kind ("X area, Y")
    if where is not None and first_part(where) in opening.bureaus:
        # the bureau's town a figure's own sentence writes past the dateline ("a strike left
        # two hurt in X") is where it was
        past_opening = sentence[max(0, opening.dateline_end - claim.sentence_start) :]
        return (claim.sentence_start, first_part(where)) in opening.aside or re.search(
            rf"\b{re.escape(first_part(where))}\b", past_opening
        ) is None
    if where is None or written_wide(where, text, sentence):
        return True  # "the southern province of X", "X state", whatever the gazetteer says
    if "," in where and places.resolve(first_part(where)) is None:
        return False  # "X village, Y district": a place the gazetteer lacks, written whole
    found = named_place(where)
    if found is None:
        return a_region(where)  # "central Mali"
    spot = named_place(opening.spot)
    if found.level in WIDE_LEVELS:
        # a province or region, a country holding the spot or one the gazetteer cannot tell
        # of; not another country ("30 soldiers hurt in Chile" in a report of a shelling in
        # Jordan)
        return (
            found.level != "country"
            or spot is None
            or places.relation(found, spot) == "contains"
        )
    return spot is not None and places.relation(found, spot) == "contains"


def _a_unit_named(where: str) -> bool:
    """ "Aleppo province", "Kunar district": a unit named with its kind, which no town of
    its name can be taken for."""
    last = first_part(where).rsplit(maxsplit=1)[-1].lower()
    return an_admin_unit(where) or last in spot_words().wide_units


def _not_placed_near(spot: places.Place | None, town: str | None) -> bool:
    """A local desk's spot the gazetteer lacks, or knows only in another state or country
    (a neighbourhood named like a town elsewhere): a part of the desk's town."""
    if spot is None or town is None:
        return True
    held = places.resolve(town)
    return held is not None and (spot.admin1 or spot.country) != (held.admin1 or held.country)


def _a_spot_with_its_unit(where: str, spot: str) -> bool:
    """ "Y area, Z district": a place below a unit, written with the unit that holds it, not
    the spot itself named by its kind ("Kotkai area, Kotkai" of Kotkai)."""
    head = first_part(where)
    return "," in where and not _a_unit_named(head) and spot not in head


def _written_with_unit(
    opening: Opening, wheres: Sequence[str | None], text: str
) -> str:
    """The spot with the district or province the incident's figures were filed under, when
    it holds the spot or the gazetteer cannot tell ("Garimpo, Kebbi"); a part of the
    dateline's town the opening put the incident in, with the town ("Sarbana, Kirkuk")."""
    spot, bureaus = opening.spot, opening.bureaus
    if len(bureaus) == 1 and (numbered := with_town(spot, next(iter(bureaus)))) is not None:
        return numbered  # "Block 7, Gulshan-e-Iqbal" under KARACHI
    return _with_unit(opening, wheres, text)


def _with_unit(opening: Opening, wheres: Sequence[str | None], text: str) -> str:
    """``_written_with_unit`` of a spot that is no numbered part of the bureau's town."""
    spot, bureaus, town = opening.spot, opening.bureaus, opening.town
    if "," in spot:
        return spot
    known = named_place(spot)
    local = opening.local if _not_placed_near(known, opening.local) else None
    town = town or (first_part(local) if local else None)
    if town is not None and not spot.startswith(town):
        return f"{spot}, {town}"  # "Sarbana, Kirkuk", "Old Orchard, Toledo"
    # the figures' places, then a dateline naming a district ("GULMI, Nov 28 -")
    # a unit written as one ("Aleppo province") before its bare name, which may be its town
    written = sorted(dict.fromkeys(w for w in wheres if w), key=lambda w: not _a_unit_named(w))
    for where in [*written, *sorted(bureaus)]:
        if where is None or first_part(where) == spot:
            continue
        # "Sarwan village, X district": the spot as a figure had it; "Y area, X" of the spot
        # X: where in it the figures were
        if where in written and (
            (where.count(spot) == 1 and _by_its_kind(spot, first_part(where)))
            or (_a_spot_with_its_unit(where, spot) and where.split(", ", 1)[1] == spot)
        ):
            return where
        if _a_spot_with_its_unit(where, spot):
            continue  # "Y area, Z district": another spot with its own unit holds no spot
        unit = places.resolve(where)
        if first_part(where) in bureaus and (unit is None or unit.level != "district"):
            continue  # a bureau's town is no unit
        if unit is not None and unit.level in ("region", "country"):
            continue  # "the Sahel region": no unit a spot is filed with
        # "X" under "Y district": a town the gazetteer only knows abroad is the
        # district's, written with it
        abroad = known is not None and unit is not None and known.country != unit.country
        if written_wide(where, text) or (
            unit is not None
            and unit.level in _UNIT_LEVELS
            and (known is None or abroad or places.relation(unit, known) == "contains")
        ):
            return f"{spot}, {where}"  # "the province of X", whatever the gazetteer says
    return spot
