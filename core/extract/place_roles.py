"""The role a place name plays in its sentence, for ``claim_places``: where victims went or
came from is not where they were hurt; "the town of Bam" names the town wherever it stands;
"in the district" is the district the report named before; a day NER ran into a street's
name ("at 85 Elm St. Saturday") is no part of it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.area_roles import a_place_near
from core.extract.cues import cues
from core.extract.dual_provinces import PROVINCE_NOUNS, province_told_before
from core.extract.home_country import fled_from
from core.extract.named_things import a_unit_of_a_wider_area
from core.extract.nlp import proper_nouns, sentence_ents, word_ids, words_in
from core.extract.place_words import (
    WARD_NUMBER,
    body_words,
    border_nouns,
    lexicon_places,
    taken_from,
    written_as_a_place,
)
from core.extract.province_readings import note_named_area
from core.rules import load_rules
from core.text import places
from core.text.nationalities import nationality
from core.text.place_spellings import a_possessive_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions of motion: after a verb of journey, the place they govern ends the journey
# ("taken to Lahore", "fled from Kabul", "sent tsunamis into Japan"), not the scene of the
# harm ("stealing from a Toledo store", "continued their push into Gaza City" are scenes).
_MOTION_PREPS = frozenset({"to", "into", "toward", "towards", "onto", "from", "via"})
# Words that hang a name on the noun that owns it ("Japan's coast", "the port city of X").
# Where people came from or passed through ("drove in from Gary via Hammond").
_ORIGIN_PREPS = frozenset({"from", "via"})

_HOLDER_DEPS = frozenset({"poss", "compound", "nmod", "appos", "amod"})
# Determiners of a place named before ("in the district", "in his district").
_BACK_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "their", "its"})
# Words for a province: a province the gazetteer knows is what "the province" refers to.
_POSSESSIVE_END = re.compile(r"\s*['’]s$")
_SAME_WORDS = frozenset({"same", "very"})  # "in the same district" is the one before
_NAME_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"})


@functools.cache
def _weekdays() -> frozenset[str]:
    """Full weekday names (abbreviations end real names: "Del Sol", "Mount Sat")."""
    days = load_rules("dates")["weekdays"]
    return frozenset(str(w) for w in days if len(str(w)) > 5)  # "monday", never "mon"



def without_day(ent: Span) -> Span:
    """A venue or street NER ran into the day after it ("at 85 Elm St. Saturday",
    "outside the Ferozepur Road mosque Friday"): the name ends before the day."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].lower_ in _weekdays():
        end -= 1
    return part_of_entity(ent, ent.start, end) if end != ent.end else ent


def part_of_entity(ent: Span, start: int, end: int) -> Span:
    """Tokens ``start:end`` of an entity, keeping its label (a plain slice has none, and
    a place entity without its label reads as no place)."""
    return type(ent)(ent.doc, start, end, label=ent.label)


def a_journey_end(root: Token) -> bool:
    """A place that ends a journey ("taken to Lahore", "fled from Kabul", "sent tsunamis into
    Japan's coast", "spread to countries such as Spain"): where people or things went or came
    from, not where the harm was, unless a clause on the way tells what happened there
    ("violence spread to Quetta, where five died")."""
    tok = _journey_word(root)
    if tok is None:
        return False
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or _a_breakout(tok):
        return False
    if taken_from(tok):
        return False  # "taken into custody from Mardan": where the arrest was
    prep, verb = tok.head.lower_, tok.head.head
    before = tok.doc[max(tok.head.i - 1, 0)]  # "waited for buses to Izmir": "to" on the verb
    if prep in ("to", "for") and before.lower_ in _journey_verbs("travel_nouns"):
        return True
    if verb.dep_ == "prep" and verb.lower_ in _MOTION_PREPS:
        prep, verb = verb.lower_, verb.head  # "infiltrate from across the border"
    if _a_destination(prep, verb):
        return True  # "trains bound for Lyon", "the last flight to Kabul"
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the road to Kabul", "the offensive into Gaza", "people from Zinbi"
    lemma = verb.lemma_.lower()
    # "had been shifted to ...", joined to the clause with the subject: a passive carries it
    if prep not in _ORIGIN_PREPS and lemma in _journey_verbs("carry_verbs") and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children
    ):
        return False  # "took to the streets of Athens": nothing was carried
    return prep in _MOTION_PREPS and lemma in _journey_verbs("journey_verbs")


def _journey_word(root: Token) -> Token | None:
    """The word a place name stands for up to the preposition of a journey ("to the city of
    Lahore", "to Turkey and Spain"); None when a clause on the way tells what happened there
    or the place lies near the journey's named end."""
    tok = root
    while True:
        if any(c.dep_ in ("relcl", "acl") for c in tok.children):
            return None
        if (tok.dep_ in _HOLDER_DEPS or tok.dep_ == "conj") and tok.head.i != tok.i:
            tok = tok.head  # "Japan's southeastern coast", "to Turkey and Spain"
        elif (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ not in _MOTION_PREPS
            and tok.head.head.pos_ in ("NOUN", "PROPN")
        ):
            if _near_a_named_end(tok.head):
                return None  # "a bus travelling to Karachi near Khuzdar": hit near Khuzdar
            tok = tok.head.head  # "to the city of Lahore", "to countries such as Spain"
        else:
            return tok


def _near_a_named_end(prep: Token) -> bool:
    """ "a bus travelling from Quetta to Karachi near Khuzdar", "a train bound for Quetta near
    Jacobabad": a town is not told by what it lies near, so a place "near" (or "outside")
    hung right on the named end of a journey is where the vehicle was when it happened ("to
    a village near Khuzdar" tells the village, and "to Dargai, near X" sets it off)."""
    end = prep.head
    return (
        prep.lower_ in _journey_verbs("nearby_prepositions")
        and end.pos_ == "PROPN"
        and prep.i > end.i
        and not any(t.is_punct for t in prep.doc[end.i + 1 : prep.i])
    )


def _a_breakout(tok: Token) -> bool:
    """ "five inmates escaped from the X jail in Y district": the prison they broke out of is
    where it happened (not one they were moved from)."""
    nouns, verbs = breakout_words()
    return (
        tok.head.lower_ in _ORIGIN_PREPS
        and tok.lemma_.lower() in nouns
        and tok.head.head.lemma_.lower() in verbs
    )


@functools.cache
def breakout_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a prison and the verbs of breaking out of one."""
    rules = load_rules("places")
    return (
        frozenset(str(w) for w in rules["breakout_nouns"]),
        frozenset(str(w) for w in rules["breakout_verbs"]),
    )


def _a_destination(prep: str, head: Token) -> bool:
    """ "trains bound for Lyon", "a bus headed for Ankara", "buses to Izmir": where people were
    going, by a verb of setting off or a word of travel the place hangs on."""
    if head.pos_ in ("NOUN", "PROPN"):
        return prep in ("to", "for") and head.lower_ in _journey_verbs("travel_nouns")
    return prep == "for" and (
        head.lemma_.lower() in _journey_verbs("destination_verbs")
        or head.lower_ in _journey_verbs("destination_verbs")
    )


_FELT_CLIMB = 5  # phrases between a place and the verb it hangs on ("felt across X in Y")


def where_felt(root: Token) -> bool:
    """ "the quake was felt across the Gulf in Dubai", "felt as far away as Australia": where
    a tremor or a blast was felt, not where anyone was hurt."""
    tok = root
    for _ in range(_FELT_CLIMB):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() == "feel" and tok.i < root.i
    return False


@functools.cache
def _journey_verbs(table: str) -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")[table])


def named_area(name: Token) -> Token | None:
    """The area noun a name is given to ("the southern city of Turbat", "the island of
    Manora", "the Kurram district"): the noun stands where the place does in the sentence."""
    area = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
    # "the City of Yonkers Police Department" is a body's name, not a place in a city; "the
    # general area of Sokari" (a military press office's words) names the locality
    areas = lexicon_places().area_nouns | locality_nouns()
    if area is None or area.text not in areas or name.text.lower() in body_words():
        return None
    if any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or a_place_word(c) or an_areas_name(c, area)
        for c in area.lefts
    ):
        return None  # "Mastung district of Balochistan": the district has its name
    return area


def an_areas_name(name: Token, noun: Token) -> bool:
    """ "in the Marghuz area of Swabi": a proper noun the parser hangs as an adjective right
    before a locality noun names it, unless a people's word ("the Tral area": or a town)."""
    return (
        name.dep_ == "amod"
        and (name.pos_ == "PROPN" or (name.pos_ == "ADJ" and bool(places.candidates(name.text))))
        and name.i == noun.i - 1
        and noun.lower_ in locality_nouns()
        and name.text[:1].isupper()
        and not nationality(name.lower_)
    )


def a_place_word(tok: Token) -> bool:
    """A name the tagger took for an adjective or NER for a people's ("Shopian district of
    south Kashmir", "Kulgam district") that the gazetteer knows as a town or district, not a
    people's ("the Iranian city of Bam")."""
    return (
        (tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.ent_type_ == "NORP"))
        and tok.text[:1].isupper()
        and any(p.level in ("city", "district") for p in places.candidates(tok.text))
    )


def area_named_before(area: Token, areas: Mapping[str, str]) -> str | None:
    """ "in the district", "in his district", "in the province": the name the report gave
    that kind of area last (``areas``, kept by ``remember_areas``): "in Bener Meriah district
    ... died in hospitals in the district". None when the area carries its own words."""
    if area.lower_ not in lexicon_places().area_nouns:
        return None
    # "the Union Territory": how Indian news calls back a union territory it named
    union = area.lower_ == "territory"
    if area.pos_ != "NOUN" and not union:
        return None
    dets = [c for c in area.children if c.dep_ in ("det", "poss")]
    if not dets or any(c.lower_ not in _BACK_DETERMINERS for c in dets):
        return None
    own = [c for c in area.children if c.dep_ in ("compound", "amod", "nmod") or c.lower_ == "of"]
    same = _SAME_WORDS | ({"union"} if union else set())
    if any(c.lower_ not in same for c in own) or (area.pos_ != "NOUN" and not own):
        return None  # "the northern district", "the district of Kurram": its own words
    # "the district chief of Lower Dir said ... in his district": its own sentence first,
    here: dict[str, str] = {}  # "In Kano, ... in the state": a city's name is its state's too
    remember_areas(area.doc[area.sent.start : area.i], here)
    return here.get(area.lower_) or province_told_before(area, areas) or areas.get(area.lower_)


def remember_areas(sent: Span, areas: dict[str, str]) -> None:
    """Note the areas a sentence names, by their kind: "Bener Meriah district", "the
    district of Kurram", and a province, district or country the gazetteer knows ("Aceh" as
    "the province", or "the state"; ``province_readings``)."""
    # only the area nouns: no Token is built for the rest of the sentence
    for tok in words_in(sent, _area_ids()):
        if tok.pos_ in ("NOUN", "PROPN") and not fled_from(tok):  # "fled X's Y region"
            name = _given_name(tok)
            if name is not None:
                areas[tok.lower_] = name
    for ent in sentence_ents(sent):  # ``Span.ents`` rescans the whole chunk's entities
        root = ent.root  # "the Telangana border" is the other side of a state; "fled X" an origin
        if ent.label_ not in _NAME_LABELS or root.head.lower_ in border_nouns() or fled_from(root):
            # NER gives a province as a place, a body or a person ("Balochistan")
            continue
        note_named_area(ent, whole_name(ent).text, areas)  # "Jammu" of "Jammu and Kashmir"


@functools.cache
def _area_ids() -> frozenset[int]:
    return word_ids(lexicon_places().area_nouns)


def home_areas(home: str | None) -> dict[str, str]:
    """The country and the province holding the report's town, by kind: what "across the
    country" names in a report that never names its country (or district, or province)."""
    town = places.resolve(home) if home else None
    if town is None or town.level not in ("city", "district", "admin1"):
        return {}
    out: dict[str, str] = {}
    province = places.get(town.admin1) if town.admin1 else None
    if province is not None:
        out.update(dict.fromkeys(PROVINCE_NOUNS, province.name))
    country = places.get(town.country) if town.country else None
    if country is not None:
        out["country"] = country.name
    return out


def _given_name(area: Token) -> str | None:
    """The name an area noun carries: "Bener Meriah district", "the district of Kurram"."""
    doc = area.doc
    names = [c for c in area.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        first = min(t.left_edge.i for t in names)
        given = doc[first : area.i + 1]
        # "the south Kashmir district": a district of the region, named elsewhere
        return None if a_unit_of_a_wider_area(list(given)) else given.text
    # "the assistant commissioner of Lower Dir": the office's district
    owner = area.head if area.dep_ == "compound" else area
    for prep in owner.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objs:
                return doc[objs[0].left_edge.i : objs[0].i + 1].text
    return None


def province_in(tok: Token, name: str) -> str | None:
    """ "the shelling of Tarbek in Blue River state": a town named with the province (state,
    district) the text puts it in, which files the town a gazetteer may not know; a country
    after "in" adds nothing a checker files by, and a province in a province is no town."""
    if tok.pos_ != "PROPN" or not name[:1].isupper():
        return None
    own = places.resolve(name)
    if own is not None and own.level in _WIDE_LEVELS:
        return None
    preps = list(tok.rights)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "on", "in", "at"):
        # "the bombing of Tonj in Warrap state": the parse may hang "in" on the bombing
        preps += [c for c in tok.head.head.rights if c.i > tok.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in ("DATE", "TIME"):
            continue
        named = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if not named and obj.pos_ != "PROPN":
            continue
        words = tok.doc[min((t.left_edge.i for t in named), default=obj.i) : obj.i + 1].text
        held = places.resolve(words)
        if obj.lower_ in (*PROVINCE_NOUNS, "district") or (
            held is not None and held.level in ("admin1", "region")
        ):
            return words
    return None


_WIDE_LEVELS = frozenset({"admin1", "region", "country"})


@functools.cache
def locality_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["locality_nouns"])


_LONGEST_NAME = 4  # words a place's name may run on past what NER marked


def whole_name(ent: Span) -> Span:
    """The whole name of a place NER cut short: "Jammu" of "Jammu and Kashmir", "Dera" of
    "Dera Ismail Khan" (the rest tagged a person's name): the longest run of capitalised
    words (and "and", "&", a particle: "Lanao" of "Lanao del Sur") after it that the
    gazetteer knows as one name."""
    doc, best = ent.doc, ent
    end = ent.end
    for _ in range(_LONGEST_NAME):
        if end >= len(doc) or doc[end].is_sent_start:
            break
        word = doc[end]
        if not (
            word.text[:1].isupper()
            or word.lower_ in ("and", "&")
            or word.lower_ in places.name_particles()
        ):
            break
        end += 1
        if doc[end - 1].text[:1].isupper() and places.candidates(doc[ent.start : end].text):
            best = doc[ent.start : end]
    return _with_words_before(best)


def _with_words_before(ent: Span) -> Span:
    """ "Salt Lake City" of "Lake City", "The Hague" of "Hague": capitalised words NER left
    off before a name, when the gazetteer knows the longer name as one (a town called
    "Lake City" is a small one, and The Hague is written with its article); not a capitalised
    word that opens the sentence ("At Yida")."""
    doc, best = ent.doc, ent
    start, first = ent.start, ent.sent.start
    for _ in range(_LONGEST_NAME):
        if start <= first or not doc[start - 1].text[:1].isupper() or doc[start - 1].is_punct:
            break
        start -= 1
        # the gazetteer's own name, not one it matches by a word ("An Indianapolis")
        if written_as_a_place(doc[start : ent.end].text):
            best = doc[start : ent.end]
    return best


def without_open_bracket(name: str) -> str:
    """An entity may swallow the start of the abbreviation bracketed after it ("Jammu and
    Kashmir (PoJK"): the name ends before the bracket it never closes."""
    if name.count("(") > name.count(")"):
        name = name[: name.rindex("(")].rstrip(" ,")
    if not a_possessive_name(name):  # "St. John's" whole, not "St. John"
        name = _POSSESSIVE_END.sub("", name)  # "South Sudan's" as NER gives it
    return WARD_NUMBER.sub("", name)


_OFFICE_REACH = 4  # words between a place and the title it qualifies ("Gwadar district governor")


def an_office_title(word: str) -> bool:
    """ "commissioner", "governor": a title of an office that serves a place."""
    return word.lower() in _journey_verbs("office_titles")


def jurisdiction(sent: Span) -> list[tuple[Token, str]]:
    """The place an official who gives the figures speaks for ("Gwadar district governor Ali
    Saberi told AFP", "the commissioner of Kurram said"): a name the gazetteer knows, held by
    an office title in the subject of a reporting verb."""
    titles = _journey_verbs("office_titles")
    for name in proper_nouns(sent):
        if name.pos_ != "PROPN" or name.ent_type_ in ("PERSON", "DATE"):
            continue
        if name.i + 1 < sent.end and name.doc[name.i + 1].pos_ == "PROPN":
            continue  # the name runs on
        first = name.i
        while first > sent.start and name.doc[first - 1].pos_ == "PROPN":
            first -= 1
        text = name.doc[first : name.i + 1].text
        if not _a_served_place(name, text):
            continue
        tok = name
        for _ in range(_OFFICE_REACH):
            if tok.lemma_.lower() in titles and _speaks(tok):
                return [(name, text)]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                tok = tok.head.head  # "the governor of Gwadar"
            elif tok.dep_ in _HOLDER_DEPS and tok.head.i != tok.i:
                tok = tok.head  # "Gwadar district governor"
            else:
                break
    return []


def _a_served_place(name: Token, text: str) -> bool:
    """A place the gazetteer knows: a town NER took for a body, not a word of a body's name;
    not the force's word or its zone in a title ("Commissioner of Police (East)")."""
    return (
        bool(places.candidates(text))
        and not (name.ent_type_ == "ORG" and name.ent_iob_ != "B")
        and name.lower_ not in body_words()
        and text.lower() not in places.compass_words()
    )


def police_town(sent: Span) -> list[tuple[Token, str]]:
    """ "the Knightstown police chief said", "Elkhart Police Chief Jane Roe said": the town
    whose police give the figures, a town the gazetteer knows."""
    for name in proper_nouns(sent):
        if name.pos_ != "PROPN" or name.dep_ not in ("compound", "nmod"):
            continue
        first = name.i
        while first > sent.start and name.doc[first - 1].pos_ == "PROPN" and (
            name.doc[first - 1].dep_ == "compound"
        ):
            first -= 1
        found = places.resolve(name.doc[first : name.i + 1].text)
        # the police of the town: its name's next word, not a name running on
        if found is None or found.level != "city" or name.i + 1 >= sent.end:
            continue
        if name.doc[name.i + 1].lower_ == "police" and _speaks(name.doc[name.i + 1]):
            return [(name, name.doc[first : name.i + 1].text)]
    return []


# Area nouns of a place that holds many towns in US local news ("Marion County"); a South
# Asian district is itself where incidents are filed, its town's police may sit far away.
_WIDE_AREAS = frozenset({"county", "parish"})


@functools.cache
def county_agency_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["county_agency_words"])


# Words after "deputy" that make it a town's deputy ("Deputy Police Chief"), not a sheriff's.
_DEPUTY_OF = frozenset({"police", "fire", "chief", "mayor", "director", "superintendent"})


def a_county_office(tok: Token) -> bool:
    """ "a Tulare deputy", "Tulare County Sheriff Jane Roe": a word of a sheriff's, coroner's
    or prosecutor's office, which serves a county; not "Deputy Police Chief"."""
    if tok.lower_ not in county_agency_words():
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (tok.lower_.startswith("deput") and after is not None and after.lower_ in _DEPUTY_OF)


def a_county(name: str) -> bool:
    """ "Marion County", "Orleans Parish": an area of US local news that holds many towns."""
    return name.rsplit(maxsplit=1)[-1].lower() in _WIDE_AREAS


def a_wider_area(tok: Token, name: str, town: str) -> bool:
    """ "in Marion County", "in suburban Detroit", "in Indiana", "north of Dallas": an area
    wider than the ``town`` where it happened, which the town's police speaking of it may
    name."""
    if a_county(name) or a_place_near(tok) or any(
        c.lower_ == "suburban" for c in tok.children
    ):
        return True
    found, inner = places.resolve(name), places.resolve(town)
    return (
        found is not None
        and inner is not None
        and found.level in ("admin1", "country")
        and places.relation(found, inner) == "contains"
    )


def _speaks(title: Token) -> bool:
    """The title heads the subject of a reporting verb, or an apposition to one."""
    tok = title
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in cues().attributing
