"""The report's own scene: the most specific place its opening puts the incident in.

A wire files from the capital ("NIAMEY (Reuters) -") and its lead gives the incident a region
("an attack on a base in southwestern Niger"); the next paragraph names the spot ("stormed the
base at Makalondi"). A local paper's dateline is the nearest city, and its lead names the
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
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.claim_places import place_mentions
from core.extract.incident_scene import SCENE_MEASURES, a_family_name
from core.extract.place_roles import county_agency_words
from core.extract.place_words import a_scene, custody, lexicon_places
from core.extract.scene_statements import fighting_nouns, happening_subjects
from core.rules import load_rules
from core.text import places
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
# the gazetteer's levels of a unit too wide to be the spot
_WIDE_LEVELS = frozenset({"country", "admin1", "region"})
_TOWN_NOUNS = ("city", "town")
_UNIT_LEVELS = frozenset({"admin1", "district"})  # what a spot the gazetteer lacks is filed with
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# the incident's casualties and custody figures, and what else it counts ("dozens escaped",
# "14 houses burned"); attacks and operations are often counted over a province
_MOVED = SCENE_MEASURES | {"other"}
# the clauses a clause holds: their arrests are not the clause's own
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis"})
_TOLLS = frozenset({"killed", "injured"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of the contexts in which a place named is not where the incident was."""

    not_scene_preps: frozenset[str]
    reference_heads: frozenset[str]
    care_verbs: frozenset[str]
    care_nouns: frozenset[str]
    place_nouns: frozenset[str]
    recalling: frozenset[str]
    recalling_phrases: frozenset[str]
    facility_nouns: frozenset[str]
    wide_units: frozenset[str]
    wide_events: frozenset[str]
    town_parts: frozenset[str]


@functools.cache
def _words() -> _Words:
    raw = load_rules("places")["report_scene"]
    return _Words(*(frozenset(str(w) for w in raw[field.name]) for field in fields(_Words)))


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
    # a local report: its dateline's town, when its lead puts the incident in no country,
    # province or region ("LOUISVILLE, Ky. - A girl shot in the Park DuValle neighborhood")
    local: str | None = None
    dateline_end: int = -1


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
    bureaus = _bureaus(dateline)
    skip_to = dateline.end if dateline is not None else -1
    country = places.resolve(home.rsplit(",", 1)[-1]) if home else None
    town = None
    opening = _opening(chunks, dateline)
    if any(_tells_a_wide_event(sent) for sent, _ in opening[:_LEAD]):
        return None  # a quake or a storm is filed under the area it struck
    reach = max((offset + sent.end_char for sent, offset in opening), default=-1)
    local = _local_town(opening, dateline, skip_to, home)
    for n, (sent, offset) in enumerate(opening):
        found = _mentions(sent, skip_to - offset, home)
        town = town or next((
            _first(name) for tok, name in found
            if _first(name) in bureaus and not _another_role(tok)
        ), None)
        lead = n < _HEADLINE_AND_LEAD
        if _of_another_time(sent, offset, claims, incident, lead=lead) or not _of_the_incident(
            sent, offset, claims, incident
        ):
            continue
        for tok, name in found:
            if _a_spot(tok, name, bureaus, country) and not (
                _where_arrests_were(tok, offset, claims)
                or _written_wide(name, text)
                or _a_persons_name(name, text)
                or _another_town(tok, name, town)
            ):
                logger.debug("the opening's spot: %r in %r", name, sent.text)
                return Opening(name, frozenset(bureaus), town, reach, local, skip_to)
    return None


def with_report_scene(
    claims: Sequence[Claim], incident: Period | None, opening: Opening | None, text: str
) -> list[Claim]:
    """The claims, the incident's figures still under a wider place filed under the spot."""
    if opening is None or incident is None:
        return list(claims)
    own = {
        i for i, c in enumerate(claims)
        if c.measure in _MOVED
        and c.date_start == incident.start
        and c.date_end == incident.end
    }
    scene = _written_with_unit(opening, [claims[i].location for i in sorted(own)], text)
    # the sentences counting the incident's dead and hurt: arrests there were made in it
    tolls = frozenset(claims[i].sentence_start for i in own if claims[i].measure in _TOLLS)
    logger.debug("scene %r over %s", scene, [claims[i].location for i in sorted(own)])
    return [
        dataclasses.replace(c, location=scene)
        if (i in own and _moves(c, opening, text, tolls)) or _a_later_toll(c, incident, opening)
        else c
        for i, c in enumerate(claims)
    ]


def _a_later_toll(claim: Claim, incident: Period, opening: Opening) -> bool:
    """ "The toll rose to 14 on Wednesday": the dead and hurt counted on a later day with no
    place of their own (the bureau's town, the country) are the incident's."""
    later = claim.date_start is not None and incident.end is not None and (
        claim.date_start > incident.end
    )
    where = claim.location
    fallback = where is None or _first(where) in opening.bureaus or (
        (found := places.resolve(where)) is not None and found.level == "country"
    )
    return claim.measure in _TOLLS and later and fallback


def _moves(claim: Claim, opening: Opening, text: str, tolls: frozenset[int]) -> bool:
    """The incident's figure goes under the scene: its place says less than the spot (and is
    no town an arrest was made in, nor a place its own sentence past the opening writes), or
    it is the spot alone, written as the others now are."""
    return claim.location == opening.spot or (
        _wider(
            claim.location,
            opening,
            text,
            claim.sentence,
            claim.sentence[max(0, opening.dateline_end - claim.sentence_start) :],
        )
        and not _held_elsewhere(claim, opening, tolls)
        and not _written_past_opening(claim, opening)
    )


def _written_past_opening(claim: Claim, opening: Opening) -> bool:
    where = claim.location
    if where is None or claim.sentence_start < opening.reach or _first(where) in opening.bureaus:
        return False
    return re.search(rf"\b{re.escape(_first(where))}\b", claim.sentence) is not None


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


def _mentions(sent: Span, skip_to: int, home: str | None) -> list[tuple[Token, str]]:
    """The sentence's places in text order: the sentence reader's, a venue's town ("the
    Tulsa lounge": Tulsa), and a name after a base, post or village NER read as a body's
    ("stormed the base at X"); a district named whole ("Kalat district")."""
    found = [
        (tok, _venue_town(name) if _a_venue(name) and not _a_street(name) else name)
        for tok, name in place_mentions(sent, skip_to=skip_to, home=home)
    ]
    seen = {tok.i for tok, _ in found}
    facility = _words().facility_nouns
    for tok in sent:
        prep = tok.head
        if (
            tok.i not in seen
            and tok.pos_ == "PROPN"
            and tok.dep_ == "pobj"
            and prep.lower_ in ("at", "in", "near")
            and (prep.head.lemma_.lower() in facility or _storms_a_facility(prep.head))
            and tok.ent_type_ not in ("PERSON", "DATE", "NORP")
            and tok.idx >= skip_to
        ):
            first = min((c.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
            found.append((tok, sent.doc[first : tok.i + 1].text))
    return [(tok, _with_unit_word(tok, name)) for tok, name in sorted(found, key=lambda f: f[0].i)]


def _storms_a_facility(verb: Token) -> bool:
    """ "stormed the base at X": the parser hangs the place on the verb, not the base."""
    facility = _words().facility_nouns
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in facility for c in verb.children
    )


def _a_venue(name: str) -> bool:
    """ "the Tulsa lounge", "Raymond Road": a venue or street, not a part of a town ("the
    Englewood neighborhood", "Kili area")."""
    return a_scene(name) and name.rsplit(maxsplit=1)[-1].lower() not in _words().town_parts


def _a_street(name: str) -> bool:
    """ "Raymond Road": a street, named after a person or a town it does not lie in."""
    return name.rsplit(maxsplit=1)[-1].lower().rstrip(".") in lexicon_places().street_suffixes


def _with_unit_word(tok: Token, name: str) -> str:
    """ "Kalat" of "in Kalat district": the district, named whole, not its namesake town."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if "," in name or nxt is None or not an_admin_unit(f"{name} {nxt.text}"):
        return name
    return f"{name} {nxt.text}"


def _venue_town(name: str) -> str:
    """ "Grand Island meatpacking plant": the town a venue is named by, else the venue."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if all(w[:1].isupper() for w in words[:n]) and places.resolve(head) is not None:
            return head
    return name


def _where_arrests_were(tok: Token, offset: int, claims: Sequence[Claim]) -> bool:
    """ "three facilitators held in X": the clause of the place counts an arrest (not a
    clause it holds: "the toll in X rose to 13, and police said they held 21")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    clause = verb.head if verb.dep_ in ("acl", "relcl") else verb  # "three men held in X"
    inner = [
        c for c in clause.children
        if c.dep_ in _CLAUSE_DEPS and tok not in c.subtree and c is not verb
    ]
    outside = {t.i for c in inner for t in c.subtree}
    spans = [
        (offset + t.idx, offset + t.idx + len(t.text)) for t in clause.subtree if t.i not in outside
    ]
    return any(
        c.measure == "arrested" and any(a <= c.start < b for a, b in spans) for c in claims
    )


def _a_persons_name(name: str, text: str) -> bool:
    """ "Corinne Horn" beside "Thomas Horn": a first and a family name NER took for a place;
    a one-word town a man is named after ("Abdullahi Umar Kanoma") is still the town."""
    return (
        len(name.split(",", 1)[0].split()) > 1
        and places.resolve(name) is None
        and a_family_name(name, text)
    )


def _another_town(tok: Token, name: str, town: str | None) -> bool:
    """The opening put the incident in the bureau's town: only a part of it is a spot, one
    the gazetteer puts in it or one written as a part ("the Rahimawa neighbourhood"), not
    another town ("erupted in X, a small market town")."""
    if town is None:
        return False
    parts = _words().town_parts
    described = tok.head if tok.dep_ == "compound" else next(
        (c for c in tok.children if c.dep_ == "appos"), None
    )
    if name.rsplit(maxsplit=1)[-1].lower() in parts or (
        described is not None and described.lemma_.lower() in parts
    ):
        return False  # written as a part, whatever town of its name the gazetteer knows
    spot, held = places.resolve(name), places.resolve(town)
    return spot is None or held is None or places.relation(held, spot) != "contains"


def _local_town(
    opening: list[tuple[Span, int]], dateline: Dateline | None, skip_to: int, home: str | None
) -> str | None:
    """The dateline's town, when it is no national capital and the headline and the lead
    name no country, province or region the incident happened in (a wire's "in southwestern
    Niger" files from afar)."""
    if dateline is None or a_national_capital(dateline.city):
        return None  # a capital's desk files the whole country's news
    for sent, offset in opening[:_HEADLINE_AND_LEAD]:
        for _, name in place_mentions(sent, skip_to=skip_to - offset, home=home):
            found = places.resolve(name)
            if _a_region(name) or (found is not None and found.level in _WIDE_LEVELS):
                return None
    return dateline.city


def _tells_a_wide_event(sent: Span) -> bool:
    """ "A strong earthquake struck ...", "floods swept ...": an event over an area."""
    return any(t.lower_ in _words().wide_events for t in sent)


def _of_another_time(
    sent: Span, offset: int, claims: Sequence[Claim], incident: Period, *, lead: bool
) -> bool:
    """The sentence recalls a year or an earlier time, or (past the lead, which tells the
    incident whatever day its figures count to: "the toll from Tuesday's bomb in X rose to
    14 on Wednesday") counts a figure of another day or names another day."""
    words = _words()
    if _YEAR.search(sent.text) is not None or any(t.lower_ in words.recalling for t in sent):
        return True
    if any(p in sent.text.lower() for p in words.recalling_phrases):
        return True
    if lead:
        return False
    start, end = offset + sent.start_char, offset + sent.end_char
    day = incident.start.strftime("%A").lower() if incident.start else None
    return any(
        start <= c.start < end and c.date_start is not None and c.date_start != incident.start
        for c in claims
    ) or any(  # "died on Friday in X" in a report of Thursday's shooting, not "said on Friday"
        t.lower_ in _WEEKDAYS and t.lower_ != day and not _a_day_said(t) for t in sent
    )


def _a_day_said(day: Token) -> bool:
    """ "said on Friday", "told reporters Friday": the day of the saying."""
    verb = next((a for a in day.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lower_ in _said_verbs()


@functools.cache
def _said_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["said_in_verbs"])


def _of_the_incident(
    sent: Span, offset: int, claims: Sequence[Claim], incident: Period
) -> bool:
    """The sentence counts a figure of the incident's day or names a happening ("a shooting
    at a lounge", "gunmen stormed the base"), not only who governs or speaks."""
    start, end = offset + sent.start_char, offset + sent.end_char
    if any(start <= c.start < end and c.date_start == incident.start for c in claims):
        return True
    words = lexicon_places().incident_words | happening_subjects() | fighting_nouns()
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def _a_spot(
    tok: Token, name: str, bureaus: set[str], country: places.Place | None
) -> bool:
    """The place named is where the incident happened, narrower than a province: a town or
    village, not a venue or street in it, and not the bureau's."""
    if name.split(",", 1)[0] in bureaus or tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # the bureau's town; a capital standing for its government
    if not name[:1].isupper() or _a_venue(name) or _in_custody(tok) or _an_acronym(name):
        return False
    last = name.rsplit(maxsplit=1)[-1].lower()
    if last in lexicon_places().not_places or last in county_agency_words():
        return False  # "the County Coroner", "X County Sheriff": a body
    if " and " in name:  # places joined: no one spot
        return False
    found = places.resolve(name)
    if found is not None and found.level in _WIDE_LEVELS:
        return False
    if found is not None and country is not None and country.country not in found.countries:
        return False  # a place abroad: where someone came from, a border it is near
    return not _another_role(tok)


def _an_acronym(name: str) -> bool:
    """ "CPDRC": a body's or a building's initials, which the gazetteer does not know."""
    return name.isupper() and places.resolve(name) is None


def _in_custody(tok: Token) -> bool:
    """ "was taken into custody at a flat in X", "arrested a man in Y": where someone was
    held after the incident, not where it happened."""
    return any(
        anc.pos_ == "VERB" and (
            custody(anc) == "arrested" or any(c.lemma_.lower() == "custody" for c in anc.subtree)
        )
        for anc in tok.ancestors
    )


def _another_role(tok: Token) -> bool:
    """The place is named as a reference point, an origin, or where the hurt were cared for:
    "300 km northwest of X", "the border with Y", "flown to Z", "a hospital in W"."""
    words = _words()
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    # "the city of Rangpur", "the town of Butig": the preposition before the description
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in words.place_nouns:
        noun = prep.head
        prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ in words.not_scene_preps:
        return True
    held_by = prep.head
    lemma = held_by.lemma_.lower()
    if prep.lower_ == "of" and lemma in words.reference_heads:
        return True
    return lemma in words.care_nouns or (held_by.pos_ == "VERB" and lemma in words.care_verbs)


def _held_elsewhere(claim: Claim, opening: Opening, tolls: frozenset[int]) -> bool:
    """An arrest filed under a place of its own (a town, the districts a sweep went through):
    where the arrested were caught, which may lie away from the scene, unless the place is
    only the bureau's or the country, or the arrests were made in the incident itself ("killed
    five and arrested 11 in a raid in X province")."""
    where = claim.location
    if claim.measure != "arrested" or where is None or _first(where) in opening.bureaus:
        return False
    found = places.resolve(where)
    if found is not None and found.level == "country":
        return False
    return claim.sentence_start not in tolls


def _a_region(where: str) -> bool:
    """ "central Mali", "southwestern Niger": a side of a country or province."""
    side, _, rest = where.partition(" ")
    wide = places.resolve(rest) if rest and side.islower() else None
    sides = places.compass_words()
    return wide is not None and wide.level in _WIDE_LEVELS and (
        side in sides or side.removesuffix("ern") in sides  # "southwestern"
    )


def _written_wide(where: str, text: str, sentence: str = "") -> bool:
    """The report writes the place as a province or state ("the province of X", "X state"):
    the figure's own sentence says which, else the report, when it never writes a town of
    that name ("the city of X"): a province and its capital share many names."""
    words = _words()
    first = _first(where)
    if first.rsplit(maxsplit=1)[-1].lower() in words.wide_units:
        return True
    name, units, towns = re.escape(first), "|".join(words.wide_units), "|".join(_TOWN_NOUNS)
    wide = re.compile(rf"\b(?:{units}) of {name}\b|\b{name},? (?:{units})\b", re.IGNORECASE)
    town = re.compile(rf"\b(?:{towns}) of {name}\b|\b{name} (?:{towns})\b", re.IGNORECASE)
    for said in (sentence, text):
        if wide.search(said) is not None:
            return town.search(said) is None
        if town.search(said) is not None:
            return False
    return False


def _bureaus(dateline: Dateline | None) -> set[str]:
    if dateline is None:
        return set()
    return {dateline.city, dateline.place, *dateline.bureaus}


def _first(where: str) -> str:
    return where.split(",", 1)[0].strip()


def _wider(
    where: str | None,
    opening: Opening,
    text: str,
    sentence: str = "",
    past_opening: str | None = None,
) -> bool:
    """The figure's place says less than the spot: none, the bureau's town (with its
    country), a country, a province or region, or a unit the gazetteer puts the spot in."""
    name = _first(opening.spot)
    if where is not None and re.match(rf"{re.escape(name)}\b", _first(where)) is not None:
        return False  # the spot, written with what holds it or its kind ("X area, Y")
    if where is not None and _first(where) in opening.bureaus:
        # the bureau's town a figure's own sentence writes past the dateline ("a strike left
        # two hurt in X") is where it was
        return past_opening is None or re.search(
            rf"\b{re.escape(_first(where))}\b", past_opening
        ) is None
    if where is None or _written_wide(where, text, sentence):
        return True  # "the southern province of X", "X state", whatever the gazetteer says
    if "," in where and places.resolve(_first(where)) is None:
        return False  # "X village, Y district": a place the gazetteer lacks, written whole
    found = places.resolve(where)
    if found is None:
        return _a_region(where)  # "central Mali"
    if found.level in _WIDE_LEVELS:
        return True
    spot = places.resolve(opening.spot)
    return spot is not None and places.relation(found, spot) == "contains"


def _written_with_unit(
    opening: Opening, wheres: Sequence[str | None], text: str
) -> str:
    """The spot with the district or province the incident's figures were filed under, when
    it holds the spot or the gazetteer cannot tell ("Kanoma, Zamfara"); a part of the
    dateline's town the opening put the incident in, with the town ("Rahimawa, Kirkuk")."""
    spot, bureaus, town = opening.spot, opening.bureaus, opening.town
    if "," in spot:
        return spot
    known = places.resolve(spot)
    town = town or (opening.local if known is None else None)
    if town is not None and not spot.startswith(town):
        return f"{spot}, {town}"  # "Rahimawa, Kirkuk", "Park DuValle, Louisville"
    for where in wheres:
        if where is None or _first(where) in bureaus or _first(where) == spot:
            continue
        unit = places.resolve(where)
        if _written_wide(where, text) or (
            unit is not None
            and unit.level in _UNIT_LEVELS
            and (known is None or places.relation(unit, known) == "contains")
        ):
            return f"{spot}, {where}"  # "the province of X", whatever the gazetteer says
    return spot
