"""The named venue a report's opening sets its shooting or attack at: the finest place.

A local report files a school shooting from its town ("MIDVALE, Ore. — ... gunfire broke out
after a game at Larkspur High School"), and the sentence reader, which takes a venue for no
town, leaves its figures under the town. A checker files them under the venue with its town
("Larkspur High School, Midvale"). So a named school, college, mall, church, mosque, market,
base or camp (its name ends with a noun of ``rules/places.json`` "scene_venue_nouns") that the
opening sets the incident at is the scene: the object of a preposition of the scene, or what
owns such an object ("outside Larkspur High School's game"), or what was attacked, in a phrase
that hangs on the incident's words ("shooting", "opened fire", "the shooting happened as fans
were leaving ..."). Not a venue someone belongs to ("a junior at ..."), went to or came from,
was treated or held at, nor one of a sentence that recalls another time; a place of care is
never one (``care_names``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_scene import first_part
from core.extract.lead_scene_towns import lead_end, text_of
from core.extract.measures import people_noun
from core.extract.opening_spots import recalls_another_time
from core.extract.place_holders import venues_town
from core.extract.place_words import custody, lexicon_places
from core.extract.scene_words import spot_words
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim
    from core.text.dates import Period

# the sentences after the lead that may name the venue
VENUE_SENTENCES = 2
# the words between a venue and the incident's word its phrase hangs on
_CLIMB = 6
# the prepositions of a venue where the incident was ("at", "outside", "following its game")
_SCENE_PREPS = frozenset({"at", "in", "inside", "outside", "on", "following", "after"})
_OWNED_DEPS = frozenset({"poss"})  # "Larkspur High School's game"
# the people of a town a venue is named after, for the name to say where the venue stands
# ("Chittagong University"; not "Larkspur Ridge High School" of a town of 12,000)
VENUE_TOWN_POPULATION = 100_000


@functools.cache
def _venue_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns ending a venue's name, nouns of those who belong to a venue, verbs of an
    attack: "opened fire at X", "stormed X")."""
    raw = load_rules("places")
    nouns, members, attacks = (
        frozenset(str(w) for w in raw[key])
        for key in ("scene_venue_nouns", "venue_member_nouns", "attack_verbs")
    )
    return nouns, members, attacks


def venue_scene(chunks: Sequence[Chunk], *, skip_to: int = -1) -> str | None:
    """The named venue the report's opening (the headline, the lead and the
    ``VENUE_SENTENCES`` after it; not a byline's lines) sets its incident at, if any."""
    ordered = sorted(chunks, key=lambda c: c.offset)
    end = lead_end(text_of(ordered))
    after = 0
    for chunk in ordered:
        for sent in chunk.doc.sents:
            if chunk.end_of(sent) <= skip_to:
                continue  # a dateline parsed alone
            if chunk.start_of(sent) >= end:
                if after == VENUE_SENTENCES:
                    return None
                after += 1
            if recalls_another_time(sent):
                continue
            venue = next((v for v in _named_venues(sent) if _where_it_happened(v[0])), None)
            if venue is not None:
                return venue[1]
    return None


def _named_venues(sent: Span) -> list[tuple[Token, str]]:
    """ "Larkspur High School": a venue noun written as part of a name, with the proper
    nouns before it (not a town's "Midvale market", written in lower case)."""
    nouns = _venue_words()[0]
    found = []
    for tok in sent:
        if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
            continue
        if not tok.text[:1].isupper() or tok.i == sent.start:
            continue
        first = tok.i
        while first > sent.start and sent.doc[first - 1].pos_ == "PROPN" and (
            sent.doc[first - 1].head.i in range(first, tok.i + 1)
        ):
            first -= 1
        if first == tok.i:
            continue
        name = sent.doc[first : tok.i + 1].text
        if places.lookup(name) is None:  # "Camp X" the gazetteer knows is a town
            town = venues_town(tok, name, labelled=False)  # "X High School in Tacoma"
            found.append((tok, f"{name}, {town}" if town else name))
    return found


def _where_it_happened(venue: Token) -> bool:
    """The venue's phrase hangs on the incident's words, through places and events, not
    through someone who belongs to it, a custody or care verb or a preposition of elsewhere."""
    incident = lexicon_places().incident_words
    _, members, attacks = _venue_words()
    away = spot_words().not_scene_preps | {"near"}
    care = spot_words().care_verbs
    tok = venue.head if venue.dep_ in _OWNED_DEPS else venue
    if tok.dep_ == "pobj" and tok.head.lower_ not in _SCENE_PREPS:
        return False
    if venue.dep_ in ("nsubj", "nsubjpass"):
        return False  # "X School said", "X School was locked down"
    for _ in range(_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ == "ADP" and head.lower_ in away:
            return False
        if head.pos_ in ("NOUN", "PROPN") and (lemma in members or people_noun(head)):
            return False  # "a junior at X", "fans of X"
        if head.pos_ in ("VERB", "AUX") and (lemma in care or custody(head) is not None):
            return False
        if lemma in incident or head.lower_ in incident or lemma in attacks:
            return True
        tok = head
    return False


def with_venue_scene(
    claims: Sequence[Claim], venue: str | None, incident: Period | None
) -> list[Claim]:
    """The incident's figures (of its day, or counted after it) still under the venue's
    town alone, filed under the venue with its town."""
    if venue is None or incident is None:
        return list(claims)
    return [
        dataclasses.replace(c, location=_with_its_town(venue, first_part(c.location)))
        if c.location is not None and _a_town(c.location) and _of_the_incident(c, incident)
        else c
        for c in claims
    ]


def _with_its_town(venue: str, town: str) -> str:
    """The venue with the town it stands in: the report's, unless the venue's own name holds
    another town ("Chittagong University" in a report filed from Dhaka), which says it: a
    large one (a small town's name is as often a word of the venue's, "Larkspur Ridge")."""
    named = [
        p for p in places.mentions(venue)
        if p.level == "city" and p.population >= VENUE_TOWN_POPULATION
    ]
    where = places.resolve(town)
    if named and where is not None and all(p.key != where.key for p in named):
        return venue
    if ", " in venue:
        return venue  # its sentence told its town ("Lincoln High School in Tacoma")
    return f"{venue}, {town}"


def _a_town(where: str) -> bool:
    """ "Midvale", "Midvale, Ore.": a town the gazetteer knows, written alone or with the
    state that holds it (not a part of a town, "North End, Midvale")."""
    first, *rest = where.split(", ")
    town = places.resolve(first)
    whole = places.resolve(where)  # "Paris, Punjab": the province, not a namesake town
    return (
        town is not None
        and town.level == "city"
        and whole is not None
        and whole.level == "city"
        and not any((held := places.resolve(r)) and held.level == "city" for r in rest)
    )


def _of_the_incident(claim: Claim, incident: Period) -> bool:
    """A figure of the incident's day, or counted on a day after it ("a second victim died
    on Sunday", "police arrested two on Saturday")."""
    start = claim.date_start
    return start is not None and start >= incident.start
