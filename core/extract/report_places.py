"""The town a report is about: where a figure is when its sentence names only a street, a
block, a venue, a county or nothing, in a report with no dateline.

Local news names its town over and over: in the lead ("a Toledo man was shot"), through the
police force named after it ("Wichita police said") and in the place of the shooting ("in
Waterbury"). The town the report names most (the lead breaking ties) is its incident town;
namesakes are settled by the states and countries the report names ("Englewood" in a report
that speaks of Colorado). Only a town the gazetteer knows counts, so a surname or a
newsroom never becomes one.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from core.extract.area_roles import a_place_near
from core.extract.bombarded_places import a_striker
from core.extract.country_bodies import names_a_body
from core.extract.cues import cues
from core.extract.headline_towns import a_town_name, incident_towns
from core.extract.incident_words import told_apart
from core.extract.nlp import Chunk, sentence_ents, word_ids, words_in
from core.extract.place_initials import initials
from core.extract.place_lists import a_wide_list
from core.extract.place_roles import a_county_office, whole_name
from core.extract.place_words import (
    BIG_TOWN,
    a_persons_town,
    a_residence,
    a_street_named_by_side,
    a_suburb_of,
    lexicon_places,
    places_incident,
)
from core.extract.recall_phrases import recall_phrase
from core.extract.speaker_places import spoken_in, where_a_speaker_is
from core.extract.street_names import a_streets_name
from core.rules import load_rules, word_set
from core.text import places, town_reach
from core.text.datelines import a_national_capital

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Labels under which NER gives a town's name: as a place, or inside the name of its police
# force or court ("the Tulsa Police Department" as an ORG).
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})
_HINT_LEVELS = frozenset({"admin1", "country"})
LEAD_SENTENCES = 3  # a report's lead: its first sentences name its incident
SIDE = "side"  # "the north side of Fresno": a part of the town
LEAD_WEIGHT = 0.5  # a mention in the lead weighs half as much again (it breaks ties)
# where someone lives is the report's town only when it names no other: two such count less
# than one mention of a town
RESIDENCE_SHARE = 0.4
# a town named only as what a spot lies near ("40 km north of X") is no report's town
NEAR_SHARE = 0.0
# a town a locative sets the incident in ("shot in Allentown"), or whose police or fire brigade
# works the case, counts as two mentions: a report's other towns may be a victim's or another
# story's
SCENE_SHARE = 2.0
# a town where an incident before the report's own happened ("In June, a man was shot in X")
# counts no more than where someone lives: the report's scene is named in its lead
RECALLED_SHARE = 0.4
Recall = Callable[["Token"], bool]  # whether a word stands where an earlier incident is told



@functools.cache
def agency_words() -> frozenset[str]:
    """Words after a town that name its police, sheriff or court (one home: event_types)."""
    return frozenset(str(w) for w in load_rules("event_types")["agencies"])


@functools.cache
def _agency_ids() -> frozenset[int]:
    return word_ids(agency_words())


@functools.cache
def _premises_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["premises_nouns"])


def premises_of(name: Token) -> Token | None:
    """The dwelling or venue a name qualifies in lower case ("a Madison apartment", "the
    Cypress home"): a town's name there says where it stands; "Regal Nightclub" is a name."""
    head = name.head
    if name.dep_ == "compound" and head.i > name.i and head.text in _premises_nouns():
        return head
    return None


def _town_name(ent: Span) -> str | None:
    """The town an entity names (``_read_town_name``), read once an entity: the report's
    town and its headline's incident town both ask it of every entity of every sentence."""
    memo: dict[tuple[int, int, str], str | None] = ent.doc.user_data.setdefault(_TOWN_MEMO, {})
    key = (ent.start, ent.end, ent.label_)
    if key not in memo:
        memo[key] = _read_town_name(ent)
    return memo[key]


_TOWN_MEMO = "claimdesk_town_names"


def _read_town_name(ent: Span) -> str | None:
    """The town an entity names: a place entity, or the town that opens the name of a police
    force or court ("Wichita Police Dept." → "Wichita"). A body named otherwise (a hospital,
    a newsroom) names no town."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if not words or (len(words) == 1 and initials(words[0])):
        return None  # "a strike on a UN school": a body's initials, however a town is spelt
    if _named_as_quarter(name := ent.doc[words[0].i : ent.end].text):
        return name  # "the Upper West Side", which NER may take for a building
    # a town NER took for a building stands after "in" ("in Maple Falls"), a building "at"
    in_it = ent.label_ == "FAC" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"
    if ent.label_ in ("GPE", "LOC") or in_it or premises_of(ent.root) is not None:
        # "the Cypress home" too; "Dera" NER cut from "Dera Ismail Khan" whole
        whole = whole_name(ent)  # "Salt Lake City" of "Lake City", "The Hague" whole
        return ent.doc[min(words[0].i, whole.start) : whole.end].text
    if ent.label_ == "NORP":  # a town NER took for a people ("Yonkers"), if a big one
        name = ent.doc[words[0].i : ent.end].text
        big = any(p.level == "city" and p.population >= BIG_TOWN for p in places.candidates(name))
        return name if big else None
    agencies = agency_words()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower_.rstrip(".") in agencies:
        cut -= 1
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if cut == len(words) and after is not None and after.lower_ in agencies:
        return ent.doc[words[0].i : ent.end].text  # "the Kettering police", NER's cut
    if cut == len(words) or (cut == 1 and (
        initials(words[0], may_open_a_name=False)
        or words[0].lower_ in word_set("places", "ministry_words")
    )):
        # "Regions Hospital", "the Tribune": not a police force or a court; "the UN Office":
        # a body's initials before its office; "the Home Office": what it does, not a town
        return None
    return ent.doc[words[0].i : words[cut - 1].i + 1].text


def _named_town(ent: Span, person_town: Callable[[Span], bool]) -> str | None:
    """The town an entity names (``_town_name``), or a town NER took for a person's name
    where a place stands ("in Bandar Abbas": ``person_town``)."""
    if ent.label_ == "PERSON":
        return ent.text if person_town(ent) else None
    return _town_name(ent) if ent.label_ in _TOWN_LABELS else None


def _mentions(
    chunks: Sequence[Chunk],
    keep: Callable[[Span], bool],
    recalled: Recall = lambda _tok: False,
    person_town: Callable[[Span], bool] = lambda _ent: False,
) -> list[tuple[str, float, bool]]:
    """Town-like names in text order (those ``keep`` accepts), each with its weight: more in
    the report's lead, less where someone lives ("Jane Roe, 47, of Xenia"), where an incident
    before the report's own was (``recalled``, and so flagged) or another told apart was."""
    out: list[tuple[str, float, bool]] = []
    seen = 0
    # a surname of someone the report names in full, anywhere in it ("Anthony Mendoza")
    people = {
        t.lower_
        for chunk in chunks
        for ent in chunk.doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for t in ent
    }
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            seen += 1
            ents = sentence_ents(sent)
            for ent in ents:
                # "rallies in X, Y, Z and W" (``a_wide_list``): no town of the report
                if (len(ent) == 1 and ent[0].lower_ in people) or _a_county_office(ent) or (
                    a_wide_list(ent.root) or a_striker(ent.root)  # "Russia attacked Kharkiv"
                ) or names_a_body(ent):
                    continue  # "Tehreek-e-Taliban Pakistan said": whose group, not where
                if _where_words_were_said(ent.root) or _speaks_from_the_capital(ent):
                    continue  # "told parliament in Islamabad that ...": the speaker's town
                name = _named_town(ent, person_town) if keep(ent) else None
                root = ent.root
                if name and not (
                    a_street_named_by_side(root, name) or a_suburb_of(root) or _a_block_of(root)
                    or a_streets_name(root)  # "at Ridge and Elm streets", "fled down Elm"
                ):
                    # "Jane Roe, 47, of Xenia", "a Xenia man": where someone lives
                    # "15 miles north of Dallas": a town that only says where it lies
                    near = a_place_near(root) or _a_seat(root)
                    aside = near or a_residence(root) or a_persons_town(root)
                    share = NEAR_SHARE if near else RESIDENCE_SHARE if aside else 1
                    if not aside and (_a_force(ent) or places_incident(root)):
                        share = SCENE_SHARE  # "Troy police Lt. Jane Roe said"
                    past = recalled(root)
                    if past or told_apart(sent.text):  # "In June, ...", "Separately, ..."
                        share = min(share, RECALLED_SHARE)
                    # "a similar bomb went off in X last year": words telling another incident
                    past = past and (recall_phrase(sent) or told_apart(sent.text))
                    out.append((name, share * _gain(seen), past))
            covered = {i for ent in ents for i in range(ent.start, ent.end)}
            for name, force in force_towns(sent, covered):
                out.append((name, (SCENE_SHARE if force else 1) * _gain(seen), False))
            # "Fatal Burnsville Stabbing": the town a headline names its incident by
            towns = {t.i for ent in ents if a_town_name(_town_name(ent) or "") for t in ent}
            out.extend(
                (name, SCENE_SHARE * _gain(seen), False) for name in incident_towns(sent, towns)
            )
            out.extend((name, _gain(seen), False) for name in _hashtag_towns(sent))
    return out


def _a_county_office(ent: Span) -> bool:
    """ "a Tulare deputy", "the Tulare sheriff's office": a sheriff's or a coroner's
    office is the county's, named like its seat; the town of that name is not the scene."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return any(a_county_office(t) for t in ent) or (after is not None and a_county_office(after))


# A town the tagger read as a verb or an adjective ("Kettering police") is taken for a town
# before its police only when a town this big bears the name ("Local police" is no town).
FORCE_TOWN_SIZE = 20_000


def _a_known_town(name: str) -> bool:
    towns = places.candidates(name)
    return any(p.level == "city" and p.population >= FORCE_TOWN_SIZE for p in towns)


def _a_force(ent: Span) -> bool:
    """ "the Troy Police Department", "Troy police": the town's own police, fire brigade or
    court, which works where it happened."""
    doc = ent.doc
    words = [*ent, *doc[ent.end : ent.end + 1]]
    return any(t.lower_.rstrip(".") in word_set("places", "force_words") for t in words)


def _a_block_of(root: Token) -> bool:
    """ "in the 4100 block of West Lorain": a street, whatever town bears its name;
    "at Comer's Children's Hospital": a hospital's name, whatever town bears it."""
    held = root
    while held.dep_ in ("poss", "compound") and held.head.i > held.i:
        held = held.head
        if held.lower_ in lexicon_places().not_places - agency_words():
            return True  # "a Portland hospital", not "a Vancouver office"
    scene = root.head.head
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and scene.lower_ in lexicon_places().scene_nouns
        and scene.lower_ not in lexicon_places().quarter_nouns
        and not _a_towns_side(scene)
    )


def _a_seat(root: Token) -> bool:
    """ "The company is headquartered in Denver": where a body sits, no scene."""
    seat = root.head.head
    # the verb, not the noun: "an army base in Bannu" is the scene
    return root.dep_ == "pobj" and root.head.lower_ == "in" and seat.pos_ == "VERB" and (
        seat.lemma_.lower() in word_set("places", "seat_verbs")
    )


def _a_towns_side(noun: Token) -> bool:
    """ "the north side of Fresno": a compass side of the town is in it, no street's side."""
    return noun.lower_ == SIDE and any(
        c.dep_ in ("compound", "amod") and c.lower_ in places.compass_words() for c in noun.children
    )


_HASH_IDS = word_ids(("#",))


def _hashtag_towns(sent: Span) -> list[str]:
    """ "#Dayton police", "@ #Dayton": a tag a post files under its town, whatever NER
    took it for (the gazetteer tells whether a town bears the name)."""
    out: list[str] = []
    doc = sent.doc
    # only the hash signs and the word after each: no Token is built for the rest
    for tag in words_in(sent, _HASH_IDS):
        if tag.i + 1 >= sent.end or tag.whitespace_ != "":
            continue
        tok = doc[tag.i + 1]
        if tok.text[:1].isupper() and tok.ent_type_ not in ("GPE", "LOC"):  # not counted yet
            out.append(tok.text)
    return out


def _gain(sentence: int) -> float:
    return 1 + (LEAD_WEIGHT if sentence <= LEAD_SENTENCES else 0)


def force_towns(sent: Span, covered: set[int]) -> list[tuple[str, bool]]:
    """Towns NER left unlabelled before the word for their police ("Lubbock police"), or took
    for a person's name ("Aransas Pass police"); the tagger may read the town as a common
    noun, its capital letter says it is a name."""
    out = []
    # only the words for a police or a court: no Token is built for the rest of the sentence
    for tok in words_in(sent, _agency_ids()):
        names = [
            t
            for t in tok.lefts
            if t.dep_ in ("compound", "amod")
            and (t.pos_ in ("PROPN", "NOUN") or _a_known_town(t.text))
            and t.text[:1].isupper()
            and (t.i not in covered or t.ent_type_ == "PERSON")
        ]
        if not names or names[-1].i != tok.i - 1:
            continue
        first = names[0].i
        while (
            first > sent.start
            and sent.doc[first].ent_iob_ == "I"
            and sent.doc[first - 1].text[:1].isupper()
            and places.no_stray_article(sent.doc[first - 1 : names[-1].i + 1].text)  # The Hague
        ):
            first -= 1  # "Aransas" of "Aransas Pass", parsed apart from its name
        force = tok.lower_ in word_set("places", "force_words")
        out.append((sent.doc[first : names[-1].i + 1].text, force))
    return out


def _hints(names: Sequence[str]) -> dict[str, int]:
    """The states and countries the report names, by how often: they settle namesakes. A
    name that is also a big town ("Toledo", a district of Belize too) hints at nothing."""
    hints: Counter[str] = Counter()
    for name in names:
        place = places.lookup(name)
        if place is None or place.level not in _HINT_LEVELS:
            continue
        if any(p.level == "city" and p.population >= BIG_TOWN for p in places.candidates(name)):
            continue
        hints[place.key] += 1
        if place.country and place.country != place.key:
            hints[place.country] += 1
    return dict(hints)


def town_of(name: str, hints: Mapping[str, int]) -> places.Place | None:
    """The town a name denotes, namesakes settled by the report's states and countries, then
    by size: "Toledo" is the city in Ohio, not the district of Belize nor a village abroad."""
    towns = [p for p in places.candidates(name) if p.level == "city"]
    side, _, rest = name.partition(" ")
    if not towns and rest and side.lower() in places.compass_words():
        # "East Toledo", "north Tulsa": a side of a town the report's state holds, or a big
        # one ("the South Side" is no side of Side, Turkey)
        town = town_of(rest, hints)
        hinted = town is not None and (
            hints.get(town.country or "", 0) or hints.get(town.admin1 or "", 0)
        )
        return town if town is not None and (hinted or town.population >= BIG_TOWN) else None
    named = places.lookup(name, hints=hints) if towns else None
    if named is None or (
        named.level in _HINT_LEVELS and (named.level == "country" or named.country in hints)
    ):
        return None  # "Iowa" in a report on the state, not the village in Louisiana

    def weight(p: places.Place) -> tuple[int, int]:
        hint = hints.get(p.country or "", 0) + hints.get(p.admin1 or "", 0)
        return (hint, p.population)

    return max(towns, key=weight)


def _fold_parts(weight: dict[str, float]) -> None:
    """A neighbourhood of a town the report also names counts for that town ("in Bridgeport"
    in a report on Chicago)."""
    towns = {key: places.get(key) for key in weight}
    near = _Neighbours(towns)
    for key, part in towns.items():
        if part is None:
            continue
        holder = next(
            (
                k
                for k in near.around(part)
                if (t := towns[k]) is not None and k in weight and places.part_of(part, t)
            ),
            None,
        )
        if holder is not None:
            weight[holder] += weight.pop(key)


CELL_MARGIN = 1.01  # cells a little wider than the widest reach, so rounding splits no pair


class _Neighbours:
    """The towns near a place, in the order the report names them: a grid over space with
    cells as wide as the widest town's reach, so a part meets only the towns of the cells
    around it (trying every town for every other grows with the square of their number)."""

    def __init__(self, towns: Mapping[str, places.Place | None]) -> None:
        # only a town holds parts (``places.part_of``); a cell is never empty of width
        reach = max(
            (town_reach.reach_km(t) for t in towns.values() if t and t.level == "city"),
            default=0.0,
        )
        self.size = reach * CELL_MARGIN + 1e-6
        self.order = {key: n for n, key in enumerate(towns)}
        self.cells: dict[tuple[int, int, int], list[str]] = {}
        for key, town in towns.items():
            cell = self._cell(town)
            if cell is not None:
                self.cells.setdefault(cell, []).append(key)

    def _cell(self, place: places.Place | None) -> tuple[int, int, int] | None:
        at = town_reach.position_km(place) if place is not None else None
        if at is None:
            return None
        x, y, z = (math.floor(v / self.size) for v in at)
        return (x, y, z)

    def around(self, place: places.Place) -> list[str]:
        """The towns in the cells around ``place``, in the order they were named."""
        cell = self._cell(place)
        if cell is None:
            return []
        found = [
            key
            for dx, dy, dz in itertools.product((-1, 0, 1), repeat=3)
            for key in self.cells.get((cell[0] + dx, cell[1] + dy, cell[2] + dz), ())
        ]
        return sorted(found, key=self.order.__getitem__)


def report_town(
    chunks: Sequence[Chunk],
    *,
    over: float = 0,
    keep: Callable[[Span], bool] = lambda _ent: True,
    recalled: Recall = lambda _tok: False,
    person_town: Callable[[Span], bool] = lambda _ent: False,
) -> str | None:
    """The town the report names most (as it first writes it), the lead breaking ties; None
    when it names no town the gazetteer knows, or none more often than ``over`` times (how
    often a national report names its country). ``keep`` sets aside entities that are no
    place (a person's name NER took for a town), ``person_town`` takes back a town NER took
    for a person's name; a town ``recalled`` tells an earlier
    incident at weighs little, and a town told only where words tell another incident is
    none of the report ("A similar bomb went off in Salem last year"; a month alone, "in
    September", may be the report's own incident's, told in a follow-up)."""
    mentions = _mentions(chunks, keep, recalled, person_town)
    hints = _hints([name for name, _, _ in mentions])
    weight: dict[str, float] = {}
    written: dict[str, str] = {}
    quarters: dict[str, float] = {}
    told = {name for name, _, past in mentions if not past}
    for name, gain, _ in mentions:
        if name not in told:
            continue
        place = town_of(name, hints)
        if place is None and _a_quarter_name(name):
            quarters[name] = quarters.get(name, 0) + gain
            continue
        if place is None or (hints and place.countries.isdisjoint(hints)):
            continue  # a namesake abroad of a word the report uses ("Police", "Mobile")
        weight[place.key] = weight.get(place.key, 0) + gain
        # "East Toledo" counts for Toledo, and is written so
        written.setdefault(place.key, name if places.candidates(name) else place.name)
    _fold_parts(weight)
    quarter = _quarter_over_towns(quarters, weight)
    if quarter is not None:
        return quarter if quarters[quarter] > over else None
    if not weight:
        return None
    best = max(weight, key=lambda k: weight[k])  # first written wins a tie: dicts keep order
    return written[best] if weight[best] > over else None


def _named_as_quarter(name: str) -> bool:
    """ "Lower East Side", "Upper West Side": named as a part of a big city is."""
    words = name.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in _quarter_names()
    )


def _a_quarter_name(name: str) -> bool:
    """A part of a big city by its name, which the gazetteer does not list."""
    return _named_as_quarter(name) and not places.candidates(name)


def _quarter_over_towns(quarters: Mapping[str, float], weight: Mapping[str, float]) -> str | None:
    """ "shot on the Lower East Side", said three times, in a report that names Coney Island
    once for an old arrest: the part of a big city the report names more than any town,
    when every town it names is small (another part of the city GeoNames lists as a town, a
    namesake of a street); the sides of a big town it names ("the South Side" of a Chicago
    report) stay the town's."""
    if not quarters:
        return None
    name = max(quarters, key=lambda q: quarters[q])
    if quarters[name] <= max(weight.values(), default=0):
        return None
    towns = [places.get(key) for key in weight]
    return None if any(t is not None and t.population >= BIG_TOWN for t in towns) else name


@functools.cache
def _quarter_names() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["quarter_names"])


def _where_words_were_said(root: Token) -> bool:
    """ "the minister told parliament in Islamabad that", "said in Colombo that", "talking to
    reporters in Quetta": the town words were said in, which is never the report's scene; a
    source that sits in a town ("police in Bannu said") speaks for it and stays."""
    return (
        said_in(root)
        or spoken_in(root)
        or (where_a_speaker_is(root) and root.head.head.pos_ in ("VERB", "AUX"))
    )


def _speaks_from_the_capital(ent: Span) -> bool:
    """ "Activists in Islamabad said jails across the province were full": a country's capital
    is where ministries, embassies and campaigners sit and speak from of an incident
    anywhere in it, never a scene by that alone; its own police ("police in Islamabad said")
    work the capital's cases."""
    root = ent.root
    if not where_a_speaker_is(root) or not a_national_capital(ent.text):
        return False
    return root.head.head.lower_ not in word_set("places", "force_words")


def said_in(root: Token) -> bool:
    """ "the army said in Islamabad": where the news was given, not where it happened."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and root.head.head.lemma_.lower() in cues().attributing
    )
