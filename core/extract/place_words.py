"""The word tables of place reading (``rules/places.json``) and the tests every place reader
shares: a locative ("in", "near"), a scene's name ("Elm Street", "the 500 block")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.extract.bombarded_places import bombarded
from core.extract.measures import lexicon
from core.extract.named_quarters import a_named_quarter
from core.extract.reported_places import reported_from
from core.extract.sky_places import downed_over
from core.extract.token_memo import by_token
from core.rules import load_rules
from core.text import places
from core.text.nationalities import nationality
from core.text.place_relations import contains
from core.text.place_spellings import press_name

BIG_TOWN = 100_000  # a name this big a town is read as the town, never as a hint

if TYPE_CHECKING:
    from spacy.tokens import Token


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # the recogniser's labels of a place

# "@" is "at" in a post ("shot 2 people @ #Dayton")
LOCATIVE_PREPS = frozenset({
    "in", "inside", "at", "near", "outside", "off", "across", "around", "throughout", "within", "@",
})


# A ward's or sector's number glued to its name by a hyphen ("Jugal Rural Municipality-3",
# "Sector-15"): no count and no part of the place's name; a word in lower case before it,
# not a code ("F-16", "G-9") nor a headline in capitals ("BLAST-3 DEAD").
WARD_NUMBER = re.compile(r"(?<=[a-z]{2})-\d+$")

@dataclass(frozen=True, slots=True)
class PlaceWords:
    scene_nouns: frozenset[str]
    quarter_nouns: frozenset[str]
    street_part_nouns: frozenset[str]
    area_nouns: frozenset[str]
    not_places: frozenset[str]
    street_suffixes: frozenset[str]
    incident_words: frozenset[str]
    matter_nouns: frozenset[str]
    suburb_words: frozenset[str]
    suburb_nouns: frozenset[str]
    resident_nouns: frozenset[str]
    newsroom_words: frozenset[str]
    seat_words: frozenset[str]
    vehicle_nouns: frozenset[str]


@functools.cache
def lexicon_places() -> PlaceWords:
    raw: dict[str, Any] = load_rules("places")
    return PlaceWords(
        scene_nouns=frozenset(raw["scene_nouns"]),
        quarter_nouns=frozenset(raw["quarter_nouns"]),
        street_part_nouns=frozenset(raw["street_part_nouns"]),
        area_nouns=frozenset(raw["area_nouns"]),
        not_places=frozenset(raw["not_places"]),
        street_suffixes=frozenset(raw["street_suffixes"]),
        incident_words=frozenset(raw["incident_words"]),
        matter_nouns=frozenset(raw["matter_nouns"]),
        suburb_words=frozenset(raw["suburb_words"]),
        suburb_nouns=frozenset(raw["suburb_nouns"]),
        resident_nouns=frozenset(raw["resident_nouns"]),
        newsroom_words=frozenset(raw["newsroom_words"]),
        seat_words=frozenset(raw["seat_words"]),
        vehicle_nouns=frozenset(raw["vehicle_nouns"]),
    )


def a_scene(name: str) -> bool:
    """A street, block, venue or neighbourhood ("Arlington Avenue", "Rio Vista Dr.", "the 500
    block", "Regal Nightclub"): its last word says so; not "Moti Bazaar" (a part of a town)."""
    words = name.split()
    last = words[-1].lower().rstrip(".") if words else ""
    lexicon = lexicon_places()
    scenes = set() if a_named_quarter(name) else lexicon.scene_nouns | lexicon.street_suffixes
    if len(words) > 1 and (last.isdigit() or (len(last) == 1 and last.isalpha())):
        last = words[-2].lower().rstrip(".")  # "Avenue A", "Highway 249": the suffix first
    return last in scenes or (last.endswith("s") and last[:-1] in scenes)  # "Elm and Oak streets"


def locative(tok: Token) -> bool:
    return by_token(tok, "claimdesk_locative", _locative)


def _locative(tok: Token) -> bool:
    placed = tok.dep_ == "pobj" and not _in_hyphenated(tok.head) and (
        tok.head.lower_ in LOCATIVE_PREPS
        or (tok.head.lower_ in ("on", "along") and tok.lower_ in border_nouns())
        or taken_from(tok) or _attacked_on(tok)
        or reported_from(tok)  # "two deaths were reported from X"
        or attacked_name(tok) or downed_over(tok)  # "12 drones downed over X"
    )
    return placed or besieged(tok) or stormed(tok) or bombarded(tok)


def besieged(tok: Token) -> bool:
    """ "troops cordoned off Tarnak village", "soldiers stormed Bandi village": a village, town
    or area a siege verb (``siege_verbs``) takes as its object is the operation's scene."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and tok.lower_ in lexicon_places().area_nouns
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _siege_verbs()
    )


def _attacked_on(tok: Token) -> bool:
    """ "a drone strike on the al-Mahrouq camp", "an attack on Tarnak village": a camp or
    village an attack is made on is its scene."""
    held = tok.head.head
    return (
        tok.head.lower_ == "on"
        and tok.lower_ in lexicon_places().area_nouns | settlement_nouns()
        and held.pos_ == "NOUN"
        and held.lemma_.lower() in lexicon_places().incident_words
    )


def attacked_name(tok: Token, town: places.Place | None = None) -> bool:
    """ "an attack on Gidan Bawa", "the raid on Maru": the place an attack is made on, named
    (a person's name is whom it was made on, unless the name is one word of a big ``town``
    the gazetteer knows: "a missile strike on Kharkiv", NER reading a person's name)."""
    held = tok.head.head
    big = town is not None and town.population >= BIG_TOWN and not any(
        c.dep_ == "compound" for c in tok.children
    ) and _a_bombardment(held)
    return (
        tok.head.lower_ == "on"
        and tok.pos_ == "PROPN"
        and (tok.ent_type_ != "PERSON" or big)
        and held.pos_ == "NOUN"
        and held.lemma_.lower() in lexicon_places().incident_words
    )


def _a_bombardment(held: Token) -> bool:
    """ "a missile strike", "the shelling", "a drone attack": an attack from afar."""
    nouns, weapons = _bombardment_words()
    return held.lemma_.lower() in nouns or any(
        c.dep_ in ("compound", "amod") and c.lower_ in weapons for c in held.children
    )


@functools.cache
def _bombardment_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("places")
    return frozenset(rules["bombardment_nouns"]), frozenset(rules["bombardment_weapons"])


def bombardment_weapons() -> frozenset[str]:
    """ "missile", "drone", "rocket": the weapons that make an attack one from afar."""
    return _bombardment_words()[1]


@functools.cache
def settlement_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["settlement_nouns"])


def stormed(tok: Token) -> bool:
    """ "gunmen stormed Maru", "troops raided Gidan Bawa": a name a siege verb takes as its
    object is the scene it besieged."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and tok.pos_ == "PROPN"
        and tok.ent_type_ != "PERSON"  # "police raided Ali Khan's house"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _siege_verbs()
    )


@functools.cache
def _siege_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["siege_verbs"])


def an_arrest_place(tok: Token) -> bool:
    """The name (or a word of it, "Khyber" of "from Khyber district") is where a custody
    verb took people from."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return taken_from(tok)


def taken_from(tok: Token) -> bool:
    """ "arrested three suspects from Mardan", "picked up two men from Khyber district": in
    South Asian copy the place a custody verb takes people "from" is where the arrest was."""
    return custody_verb(tok) is not None and not _a_country(tok)


def _a_country(tok: Token) -> bool:
    """ "took into custody 12 pilgrims from Pakistan": a country after "from" is where the
    people came from, not where they were held."""
    found = places.resolve(tok.text) if tok.ent_type_ == "GPE" else None
    return found is not None and found.level == "country"


def custody_verb(tok: Token) -> Token | None:
    """The custody verb that took people "from" the place ``tok`` names, if any."""
    prep = tok.head
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    held = prep.head
    if held.dep_ == "pobj" and _custody_noun(held):
        return held.head.head  # "taken into custody from Mardan"
    verb = _taking_verb(held)
    if verb is None:
        return None
    # "arrested three from X"; "taken into custody from X", the parser's "from" on the verb
    idiom = any(
        _custody_noun(n) for p in verb.children if p.dep_ == "prep"
        for n in p.children if n.dep_ == "pobj"
    )
    return verb if idiom or custody(verb) == "arrested" else None


def abducted_from(tok: Token) -> bool:
    """ "Nine tribesmen were kidnapped from Kurram", "abducted 6 students from Kankara": the
    place people were abducted "from" is where the abduction was."""
    taking = _abduction_from(tok)
    return taking is not None and not _scene_told_apart(*taking, tok)


def taken_from_elsewhere(tok: Token) -> bool:
    """ "abducted 4 labourers from Multan in Turbat", "kidnapped 2 students from Zaria at a
    checkpoint in Katsina": the "from" town of an abduction whose own phrase names the
    scene apart is where the people came from, no place of the figure."""
    taking = _abduction_from(tok)
    return taking is not None and _scene_told_apart(*taking, tok)


def _abduction_from(tok: Token) -> tuple[Token, Token] | None:
    """The abduction's verb and its "from" when ``tok`` is the object of that "from"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    verb = _taking_verb(prep.head)
    return (verb, prep) if verb is not None and custody(verb) == "kidnapped" else None


def _scene_told_apart(verb: Token, prep: Token, town: Token) -> bool:
    """ "kidnapped 2 students from Zaria at a checkpoint in Katsina state": the abduction's
    own locative phrase names a place, which is the scene, and the "from" town where the
    people came from; not a place holding the town ("from Kagara in Niger State")."""
    taken = places.lookup(town.doc[town.left_edge.i : town.i + 1].text)
    for t in verb.subtree:
        if (
            t.dep_ != "pobj"
            or t.head.lower_ not in LOCATIVE_PREPS
            or (prep.left_edge.i <= t.i <= prep.right_edge.i and not _a_town_in_a_town(t, town))
            or not any(w.ent_type_ in ("GPE", "LOC") or w.pos_ == "PROPN" for w in t.subtree)
        ):
            continue
        other = places.lookup(t.doc[t.left_edge.i : t.i + 1].text)
        if not (taken is not None and other is not None and contains(other, taken)):
            return True
    return False


def _a_town_in_a_town(other: Token, town: Token) -> bool:
    """ "abducted 4 labourers from Multan in Turbat": the parser hangs the scene's phrase on
    the "from" town, but a town the gazetteer knows lies in no other town, so the phrase is
    the abduction's (NER reads such a town as a day now and then)."""
    if other.head.head.i != town.i:
        return False
    taken, where = places.lookup(town.text), places.lookup(other.text)
    return (
        taken is not None and where is not None
        and taken.level == where.level == "city" and taken.key != where.key
    )


def _taking_verb(held: Token) -> Token | None:
    """The verb a "from" phrase hangs on, through the people it took ("arrested three men
    from X": the parser hangs it on the men)."""
    while held.pos_ in ("NOUN", "PROPN") and held.dep_ in ("dobj", "pobj"):
        if held.dep_ == "dobj":
            held = held.head  # "arrested three men from X": the parser hangs it on the men
        elif held.head.lower_ == "of":
            held = held.head.head  # "three facilitators of the attackers from X"
        else:
            break
    return held if held.pos_ == "VERB" else None


def _custody_noun(noun: Token) -> bool:
    """The noun of an idiom of arrest under its verb's preposition ("taken into custody",
    "placed under arrest")."""
    verb = noun.head.head
    return verb.pos_ == "VERB" and (
        lexicon().idioms.get((verb.lemma_.lower(), noun.lemma_.lower())) == "arrested"
    )


def custody(verb: Token) -> str | None:
    """The measure of a verb, phrasal ones by their particle ("picked up", "rounded up")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    words = lexicon()
    return words.phrasal.get((lemma, particle)) if particle else words.verbs.get(lemma)


def _in_hyphenated(prep: Token) -> bool:
    """ "Officer-in-Charge (OC)", "commander-in-chief": a preposition inside a hyphenated
    title places nothing."""
    doc = prep.doc
    return 0 < prep.i < len(doc) - 1 and (
        doc[prep.i - 1].text == "-" and not doc[prep.i - 1].whitespace_
    ) and (doc[prep.i + 1].text == "-" and not prep.whitespace_)


def a_street_named_by_side(root: Token, name: str) -> bool:
    """ "a home on West Maple near Avenue B": a street named by a side and a town's name, one
    lives on; a side of a town is where one lives in ("in East Toledo")."""
    side = name.split(" ", 1)[0].lower()
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "on"
        and side in places.compass_words()
        and " " in name
        and not places.candidates(name)
    )



def a_suburb_of(tok: Token) -> bool:
    """ "in suburban Dayton", "a suburban Dayton office", "a Dayton suburb", "a suburb of
    Dayton": a town that only says where the suburb lies; the suburb is named by its own
    police or elsewhere in the report."""
    words = lexicon_places()
    if tok.lower_ in words.suburb_nouns:
        return True  # "in a Dallas suburb": the noun read as the place
    held = tok
    while held.dep_ == "compound" and held.head.i > held.i:
        held = held.head  # "a suburban Dayton office building": up to the building
    of = held.head if held.dep_ == "pobj" and held.head.lower_ == "of" else None
    if held.lower_ in words.suburb_nouns or (of and of.head.lower_ in words.suburb_nouns):
        return True
    # "Suburban" of a headline is parsed as a part of the name
    return any(
        c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in words.suburb_words
        for c in (*held.children, *tok.children)
    )


def a_persons_town(tok: Token) -> bool:
    """ "a Dayton man", "Corpus Christi firefighter Jane Roe": the town a person lives or works
    in, written before the word for the person, or the body the person works with ("a
    firefighter with the Dayton Fire Department"); the scene only when the report names none."""
    if tok.lower_.rstrip(".") in _agencies():
        return False  # "Chicago Police Department spokesman Jane Roe": the force's town
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return tok.head.head.lemma_.lower() in lexicon_places().resident_nouns
    held = tok
    while held.dep_ == "compound" and held.head.i > held.i:
        held = held.head
        if held.lower_.rstrip(".") in _agencies():
            return False  # "Troy police Lt. Jane Roe": the town of the police force
        if held.lemma_.lower() in lexicon_places().resident_nouns:
            return not _a_venue(held)  # "Dayton firefighter Jane Roe"
    return False


def a_post_name(tok: Token) -> bool:
    """ "the Hulugho police station", "the Tamou military post": a capitalised name before a
    keeper's word and a post noun names the place the post stands in."""
    if tok.dep_ not in ("compound", "amod", "nmod") or not tok.text[:1].isupper():
        return False
    if tok.text.isupper():
        return False  # "the AK-47", a headline in capitals
    noun, (keepers, posts) = tok.head, _post_words()  # its sentence read last, if a post's
    if noun.i <= tok.i or noun.lemma_.lower() not in posts or tok.i == noun.sent.start:
        return False
    between = tok.doc[tok.i + 1 : noun.i]
    return (
        len(between) == 1
        and between[0].lower_ in keepers
        and between[0].head.i == noun.i
        and not nationality(tok.lower_)  # "a Kenyan police post": whose forces, not where
        and _a_post_struck(noun)
    )


def _a_post_struck(noun: Token) -> bool:
    """The post is where it happened: what was attacked ("stormed the X army post", "an
    attack on the X police station") or where ("killed at the X military camp"), not whom
    an officer serves ("officer-in-charge of X police station") or belongs to."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in attack_verbs()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "on":
        return prep.head.lemma_.lower() in lexicon_places().incident_words
    return prep.lower_ in LOCATIVE_PREPS and prep.lower_ not in ("across", "throughout")


@functools.cache
def attack_verbs() -> frozenset[str]:
    """Verbs of attacking a place ("stormed", "attacked")."""
    return frozenset(str(w) for w in load_rules("places")["attack_verbs"])


@functools.cache
def _post_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("places")
    return (
        frozenset(str(w) for w in rules["post_keepers"]),
        frozenset(str(w) for w in rules["post_nouns"]),
    )


def _a_venue(noun: Token) -> bool:
    """ "the Garissa police station", "the Adana bus station": a resident noun that also
    names a venue ("station") is one, where the town before it stands, when a word of its
    use qualifies it; "a Detroit station", "Detroit TV stations" broadcast."""
    words = lexicon_places()
    return noun.lemma_.lower() in words.scene_nouns and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in words.newsroom_words
        for c in noun.lefts
    )


def a_residence(tok: Token) -> bool:
    """ "Jane Roe, 47, of Cedar Falls", "residents of X": where a person lives, not where it
    happened."""
    while (tok.dep_ == "conj" and tok.head.i < tok.i) or (
        tok.dep_ in ("compound", "nmod") and tok.i < tok.head.i <= tok.i + 3
    ):
        # "villagers of Kalikapur and Fatehpur", "people of Kalikapur village"
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    # "all residents of Parachinar", "natives of Multan", "villagers of X clashed": where the
    # people lived
    return (
        owner.ent_type_ == "PERSON"
        or (owner.like_num and owner.head.ent_type_ == "PERSON")
        or owner.lemma_.lower() in _DWELLERS
    )


# who lives there: "residents of X", "people of X village", "two groups of X and Y villages"
_DWELLERS = frozenset(
    {"resident", "native", "inhabitant", "dweller", "villager", "people", "group"}
)


def across_a_border(tok: Token, name: str) -> bool:
    """ "attacked a police post near the border with Somalia": the country a border is "with"
    lies on its other side, a landmark of where the scene is, never the scene."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "the border with Iraq and Syria"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return False
    # the parser may hang "with" on the verb: the border is the word before it
    if prep.head.lower_ not in border_nouns() and prep.doc[prep.i - 1].lower_ not in border_nouns():
        return False
    sides = [places.lookup(side) for side in name.split(" and ")]
    return all(side is not None and side.level == "country" for side in sides)


@functools.cache
def border_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["border_nouns"])


def an_area_placed(tok: Token) -> bool:
    """An area noun standing where a place does ("in Jammu and Kashmir's Kulgam district",
    parsed as a conjunct of "Jammu"): the district of a place, not a body such as a district
    attorney's office."""
    placed = locative(tok) or (tok.dep_ == "conj" and locative(tok.head))
    return placed and tok.lower_ in lexicon_places().area_nouns


_INCIDENT_CLIMB = 3  # phrases a place may hang below the incident's word


def places_incident(tok: Token) -> bool:
    """A locative that places the incident: "a shooting near Woodburn", "was shot in Evanston";
    not "arrested in Portland" nor "taken to a hospital in Salem"."""
    if tok.dep_ == "compound" and an_area_placed(tok.head):
        tok = tok.head if locative(tok.head) else tok.head.head  # "in J&K's Kulgam district"
    if not locative(tok):
        return False
    words, head = lexicon_places().incident_words, tok.head.head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in head.children):
        return True  # "opened fire at a mall", "carried out a raid in Kulgam"
    for _ in range(_INCIDENT_CLIMB):
        if head.lemma_.lower() in words or head.dep_ not in ("pobj", "relcl"):
            break
        # "killed in an encounter with security forces in Kulgam", "a clash that broke out
        # during a procession in Bahraich": the place hangs on a noun of the incident's phrase
        head = head.head.head if head.dep_ == "pobj" else head.head
    return head.lemma_.lower() in words


def bureau_province(name: str, filed: places.Place) -> bool:
    """The province a report filed from its capital names in its lead ("Raipur: ... in
    Chhattisgarh"): where the incident is, the dateline being the bureau's town."""
    place = places.resolve(name, hints={filed.country: 1} if filed.country else None)
    return place is not None and place.level == "admin1" and place.key == filed.admin1


def a_seat(tok: Token) -> bool:
    """ "the Islamabad-based think tank", "a Karachi-born officer": where a body sits or a
    person comes from, joined by a hyphen to the word that says so; no scene."""
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return (
        len(after) == 2
        and after[0].text in ("-", "\u2013")
        and after[1].lower_ in lexicon_places().seat_words
    )


# "KP", "K-P", "DI Khan", "J&K", "D.G. Khan": a name opening with an abbreviation of capitals
# (initials with dots alone, "D.C.", are a US state's name as the press writes it)
_ABBREVIATED = re.compile(
    r"^(?:(?:[A-Z]{2,3}|[A-Z][&-][A-Z])(?:\s+[A-Z][a-z]+)?|(?:[A-Z]\.){1,3}\s*[A-Z][a-z]+)$"
)


def spelled_out(name: str | None) -> str | None:
    """ "KP" is Khyber Pakhtunkhwa, "DI Khan" Dera Ismail Khan: a town or province the press
    abbreviates, written whole as the gazetteer names it, so that a checker's filter and the
    report that spells it out meet. A country ("US") and a name with more ("Tulsa, Okla.")
    stay as written."""
    if not name or not _ABBREVIATED.match(name):
        return name
    place = places.lookup(name)
    if place is None or place.level not in ("city", "admin1"):
        return name
    return press_name(place.name)


def written_as_a_place(text: str) -> bool:
    """The gazetteer knows a place written as ``text`` is, not only one it may stand for
    ("Shopian"; "Al-Shabab" only matches a village "Shabab")."""
    return any(press_name(p.name).casefold() == text.casefold() for p in places.candidates(text))


def an_indefinite_name(tok: Token) -> bool:
    """ "in a separate IBO", "during an ATF raid": a name with "a" or "an" before it is a
    thing of a kind (an operation, a raid), not a place ("a Madison apartment" is read off
    the noun after the town)."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("event_types")["agencies"])


@functools.cache
def body_words() -> frozenset[str]:
    """Last words of the name of a body, never a place: "... Police Department", "Hospital"."""
    table = load_rules("places")
    return frozenset(str(w) for w in table["not_places"]) | frozenset(
        str(w) for w in load_rules("event_types")["agencies"]
    )
