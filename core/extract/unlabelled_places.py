"""Places NER left unlabelled, for ``claim_places``: proper nouns after a locative
preposition ("in Eldmere"), a town before a noun ("a Madison apartment", "the Gwadar port"),
an area named in a sentence before ("in the district").
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.symbols import PROPN

from core.extract.admin_units import unit_nouns
from core.extract.attacked_towns import a_striking_group
from core.extract.business_venues import a_business_venue, a_venue_noun, venue_town
from core.extract.called_areas import called_an_area
from core.extract.care_names import a_care_name
from core.extract.coded_villages import coded_end
from core.extract.compass_areas import compass_part_before
from core.extract.dweller_places import dwellers_community
from core.extract.headline_towns import a_town_name
from core.extract.holiday_names import a_festival_name
from core.extract.jail_towns import a_jail_town
from core.extract.locus_places import counting_areas, counting_places
from core.extract.name_roles import (
    a_big_town,
    a_hospital_town,
    a_persons_word,
    article_start,
    name_start,
)
from core.extract.named_things import a_bare_unit
from core.extract.nlp import tagged, word_ids
from core.extract.place_entities import joined_places
from core.extract.place_initials import initials
from core.extract.place_roles import (
    a_journey_end,
    a_place_word,
    an_areas_name,
    area_named_before,
    locality_nouns,
    named_area,
    province_in,
)
from core.extract.place_words import (
    PLACE_LABELS,
    a_post_name,
    a_suburb_of,
    lexicon_places,
    locative,
    settlement_nouns,
)
from core.extract.prison_towns import a_prison_town, prison_town
from core.extract.province_towns import a_provinces_town
from core.extract.report_places import premises_of
from core.extract.scene_statements import happening_subjects
from core.extract.street_names import a_street_name
from core.extract.struck_places import striking_events
from core.extract.venue_towns import a_venues_town
from core.rules import load_rules
from core.text import places
from core.text.dates import date_words
from core.text.nationalities import nationality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Prepositions of whom one fought or met ("an encounter with Maoists in X"), never a place.
_COMPANY_PREPS = frozenset({"with", "against", "between", "by"})
# Labels NER gives a place name it misreads ("the Gwadar port" as a PRODUCT).
NAME_OF_PLACE = frozenset({"", "GPE", "LOC", "FAC", "PRODUCT", "ORG"})
# Labels of the names ``place_entities`` reads.
# The dependencies a place's word has in the tests of ``unlabelled_places``: a name before a
# noun ("the X police station", "X Prison"), the object of a preposition or a siege verb.
_PLACE_DEPS = ("compound", "amod", "nmod", "pobj", "dobj", "nsubj")
_NAME_POS = frozenset({PROPN})
# The dependencies of a word before its noun: a common word in lower case there ("two armed
# men", "a suicide bomber") meets none of the tests, and none of them is asked of it.
_BEFORE_NOUN = frozenset({"compound", "amod", "nmod"})
# The dependencies of a locative word (``place_words.locative``): a preposition's object or
# a siege verb's.
_OBJECT_DEPS = frozenset({"pobj", "dobj"})


@functools.cache
def _place_deps() -> frozenset[int]:
    return word_ids(_PLACE_DEPS)


def unlabelled_places(
    sent: Span, start: int, covered: set[int], areas: dict[str, str]
) -> list[tuple[Token, str]]:
    """Proper nouns after a locative preposition that NER left unlabelled."""
    return placed(unlabelled_readings(sent, start, covered), areas)


@dataclass(frozen=True, slots=True)
class UnlabelledReadings:
    """What ``unlabelled_places`` reads of a sentence whatever the areas named before it:
    a place read of each kept word, or of a locative area noun (``area``) the place the
    report named that kind of area by before, if any, else ``found``; then the places that
    counted a tally. A sentence asked of several times (its claims, the report's lead) is
    read once."""

    words: tuple[tuple[Token, tuple[Token, str] | None, bool], ...]
    counting: tuple[tuple[Token, str], ...]


def placed(readings: UnlabelledReadings, areas: Mapping[str, str]) -> list[tuple[Token, str]]:
    """The places of ``unlabelled_readings``, an area noun read with ``areas``."""
    out: list[tuple[Token, str]] = []
    for tok, found, area in readings.words:
        before = area_named_before(tok, areas) or compass_part_before(tok, areas) if area else None
        if before is not None:
            out.append((tok, before))  # "died in hospitals in the district"
        elif found is not None:
            out.append(found)
    # "X recorded 41 massacres": the place that counted a tally, its subject
    return [*out, *(p for p in readings.counting if p not in out)]


def unlabelled_readings(sent: Span, start: int, covered: set[int]) -> UnlabelledReadings:
    """The sentence's unlabelled places before the areas named before it (``placed``)."""
    out: list[tuple[Token, tuple[Token, str] | None, bool]] = []
    # every test below asks for a proper noun, or a word the parser hangs as a place's
    # name is hung, after the dateline: the other words are never built
    # "killed in IBO in Kech district": an operation's initials name no place
    for tok in (t for t in _name_words(sent, start) if not initials(t) and not _a_month(t)):
        if tok.dep_ == "nsubj":  # only a subject its verb calls an area: "X was the province"
            if tok.i >= start and called_an_area(tok, PLACE_LABELS):
                out.append((tok, (tok, tok.doc[name_start(tok) : tok.i + 1].text), False))
            continue
        area = named_area(tok) if tok.pos_ == "PROPN" and tok.i >= start else None
        # NER often takes the name for a person's: its area noun says it is a place
        # (its label read only after an area noun: most words have none)
        if (
            area is not None
            and (tok.ent_type_ in NAME_OF_PLACE or tok.ent_type_ == "PERSON")
            and not a_journey_end(tok)
        ):
            # "the town of Bam"
            out.append((tok, (area, tok.doc[name_start(tok) : tok.i + 1].text), False))
            continue
        if (
            _unlabelled_in_province(tok, start, covered)
            or _described_as_place(tok, start)
            or (tok.i >= start and _a_town_taken_for_a_name(tok))
            or (tok.i >= start and _a_unit_of_an_area(tok))  # "the X area of Tarn district"
            # "in the old market of Ridgeford", the town read as an organisation's name
            or (tok.i >= start and a_venues_town(tok))
            or (
                tok.i >= start
                and tok.ent_type_ not in PLACE_LABELS
                and (a_post_name(tok) or a_jail_town(tok))
            )
        ):
            # "Gwoza in Borno state"
            out.append((tok, (tok, tok.doc[name_start(tok) : tok.i + 1].text), False))
            continue
        community = dwellers_community(tok, start)  # "Residents of Karu in Ido area say"
        if community is not None:
            out.append((tok, community, False))
            continue
        if tok.i >= start and a_prison_town(tok):
            # "fled Ramnagar Prison in Manikganj district"
            out.append((tok, (tok, prison_town(tok)), False))
            continue
        if tok.i < start or tok.dep_ not in _OBJECT_DEPS or not locative(tok) or (
            a_hospital_town(tok) or a_suburb_of(tok)
        ) or (
            a_journey_end(tok)  # "returning from an operation in the Tarrem area"
        ):
            continue
        # NER may read "the district later" as a date: the area named before comes first
        if tok.i in covered and not _an_article_name(tok):
            out.append((tok, None, True))
            continue
        out.append((tok, _named_noun(tok, covered), True))
    # "The province saw 87 attacks": the area named before, as "in the province" is
    out.extend((area, None, True) for area in counting_areas(sent, start))
    return UnlabelledReadings(tuple(out), tuple(counting_places(sent, start)))


def _a_month(tok: Token) -> bool:
    """ "at a gas station in March": a month the recogniser dates, not the English town."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.lower_.rstrip(".") in date_words().months


def _name_words(sent: Span, start: int) -> list[Token]:
    """The words ``unlabelled_readings`` tests: proper nouns, and words hung as a place's name
    is, but a lower-case common word before its noun."""
    return [
        tok
        for tok in tagged(sent, start, pos=_NAME_POS, deps=_place_deps())
        if tok.pos == PROPN or tok.dep_ not in _BEFORE_NOUN or tok.text[:1].isupper()
    ]


def _a_settlements_person(name: Token, noun: Token) -> bool:
    """ "an attack on the Sheikh Omar camp": a camp's or a village's name NER took for a
    person's, right before the settlement's noun ("the Tora training camp" is named for
    what it trains)."""
    between = name.doc[name.i + 1 : noun.i]
    return (
        name.ent_type_ == "PERSON"
        and noun.lower_ in settlement_nouns() | {"village"}
        and all(t.pos_ == "PROPN" or t.is_punct for t in between)
    )


@functools.cache
def _crew_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["crew_nouns"])


def _a_village_people(tok: Token) -> bool:
    """ "in Redwani village", "in Peoples Colony": a village's or a quarter's name NER took
    for a people's, a proper noun (a people's adjective, "a Pakistani village", is tagged
    an adjective)."""
    return (
        tok.ent_type_ == "NORP"
        and tok.pos_ == "PROPN"
        and (
            tok.head.lower_ == "village"
            # a quarter's proper name, not "the Hoshab area" (around a place named apart)
            or (tok.head.lower_ in locality_nouns() and tok.head.text[:1].isupper())
            # "in the Tarn district": a unit's name, not a people's ("the Kurdish region")
            or (tok.head.lower_ in unit_nouns() and not nationality(tok.lower_))
            # "in the Tarn area of Wend": a locality the place after it holds
            or (_an_area_of_a_place(tok.head) and not nationality(tok.lower_))
        )
    )


def _a_unit_of_an_area(tok: Token) -> bool:
    """ "in the katcha area of Tarn district": a unit's name NER took for a body's or a
    person's, the unit holding the area a thing happened in, when the gazetteer knows it."""
    unit = tok.head
    area = unit.head.head
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.ent_type_ in _EDGE_LABELS
        and unit.lower_ in unit_nouns()
        and unit.dep_ == "pobj"
        and unit.head.lower_ == "of"
        and area.lower_ in locality_nouns()
        and locative(area)
        and bool(places.candidates(tok.doc[name_start(tok) : tok.i + 1].text))
    )


def _an_area_of_a_place(noun: Token) -> bool:
    """ "the Tarn area of Wend district": a locality's noun told "of" a named place."""
    return noun.lower_ in locality_nouns() and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in noun.children
    )


# Labels NER gives a town's lone name it does not know ("near Karvandi" as a people's); a
# body's only at a town's edge ("outside Parliament" is the building)
_MISREAD_LABELS = frozenset({"NORP", "PERSON"})
_EDGE_LABELS = _MISREAD_LABELS | {"ORG"}


@functools.cache
def _nearby_words() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions of a place nearby, nouns of its edge): ``rules/places.json``."""
    raw = load_rules("places")
    return frozenset(raw["nearby_prepositions"]), frozenset(raw["edge_nouns"])


def _a_town_taken_for_a_name(tok: Token) -> bool:
    """ "bodies of two found near Karvandi", "shot on the outskirts of Delbar", "in villages
    west of Tarn": a lone name
    NER took for a people's, a person's or a body's, that a figure's scene is near or at the
    edge of, is a town: nothing but a place stands there ("near the army's post" has its
    noun). A people's word ("near Afghans") says who, not where."""
    if (
        tok.pos_ != "PROPN"
        or not tok.text[:1].isupper()
        or tok.ent_type_ not in _EDGE_LABELS
        or tok.ent_iob_ != "B"
        or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
        or tok.dep_ != "pobj"
        or any(c.dep_ == "det" for c in tok.children)  # "the edge of the Frontier"
        or nationality(tok.lower_)
        or a_persons_word(tok)  # "parked near Ruiz and her car": a person the text marks
    ):
        return False
    prepositions, edges = _nearby_words()
    prep = tok.head
    if prep.lower_ in prepositions:
        return tok.ent_type_ in _MISREAD_LABELS
    edge = prep.head
    if prep.lower_ == "of" and edge.lower_ in places.compass_words():
        return tok.ent_type_ in _MISREAD_LABELS  # "villages west of Karvandi"
    return prep.lower_ == "of" and edge.lower_ in edges and edge.dep_ == "pobj"


def _an_article_name(tok: Token) -> bool:
    """ "in al-Muqdadiya": a name opened by an Arabic article after a locative preposition,
    which NER takes for a body's or a person's, is a town."""
    return tok.ent_type_ in ("ORG", "PERSON") and article_start(tok.doc, tok.i) < tok.i


def _described_as_place(tok: Token, start: int) -> bool:
    """ "the main square of al-Khalis, a town in Diyala province": a name NER took for a body's
    or a person's that an appositive calls a town, a village or a capital is a place, not
    where the hurt were taken."""
    if tok.i < start or tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_LABELS:
        return False
    # the appositive asked first: few names have one, and the hospital's and the journey's
    # tests walk the tree
    if not any(
        c.dep_ == "appos"
        and c.lower_ in _appositive_kinds()
        and any(d.dep_ == "det" for d in c.children)  # "a town", not "Bener Meriah district"
        and not any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in c.children)
        for c in tok.rights
    ):
        return False
    # "taken to a hospital in Tarn, the district's capital"
    return not (a_hospital_town(tok) or a_journey_end(tok))


@functools.cache
def _appositive_kinds() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["appositive_kinds"])


def _unlabelled_in_province(tok: Token, start: int, covered: set[int]) -> bool:
    """ "Militants overran Tarbek in Blue River state": a name NER left unlabelled that the
    text puts in a province (state, district) is a place, wherever it stands in the clause;
    a person's name is not ("Jane Roe in Ohio" is rare, and NER marks it)."""
    if tok.i < start or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return False
    if (tok.i in covered and tok.ent_type_ != "PRODUCT") or a_persons_word(tok):
        return False
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "in":
        return False  # the name ends at "in": "Tarbek town in ..." is read as an area
    if tok.dep_ == "pobj" and tok.head.lower_ in _COMPANY_PREPS:
        return False  # "an encounter with Maoists in Sukma district": whom, not where
    if any(c.dep_ == "nummod" for c in tok.children):
        return False  # "police killed 30 Naxals in Tarn state": people counted, not a place
    return province_in(tok, tok.text) is not None


def _a_town_after_the(tok: Token) -> bool:
    """A name after "the" that the gazetteer knows only as towns or districts whose names
    take no article: a town is written bare, so "the Jhelum", "the Ganga" name a river ("the Bronx"
    is "The Bronx" in the gazetteer, and "the Punjab" a province)."""
    if tok.i == 0 or tok.doc[tok.i - 1].text != "the":
        return False
    found = places.candidates(tok.text)
    return bool(found) and all(
        p.level in ("city", "district") and not p.name.startswith("The ") for p in found
    )


def _named_noun(tok: Token, covered: set[int]) -> tuple[Token, str] | None:
    """The place a locative noun and the proper nouns before it name: "in Eldmere", "a
    Madison apartment", "the Gwadar port", "in the DI Khan attack"."""
    names = _names_before(tok, covered)
    # The whole name, not its clipped tail: "a Marion County berry farm".
    first = name_start(names[0]) if names else article_start(tok.doc, tok.i)  # "al-Qaim"
    first = _particle_start(tok.doc, first) if names else first  # "Agusan del Sur", whole
    words = tok.doc[first : tok.i + 1]
    if names and tok.lemma_.lower() in lexicon_places().incident_words:
        # "in the Quetta grenade attack": the name is the town's, the weapon no body's word
        words = tok.doc[first : names[-1].i + 1]
    # "at Mercy Children's Hospital", "succumbed at the Burns Centre in X"; "at a First
    # Coast Bank branch in Elmwood": the town, not the branch
    # "in UN raid", "a CTD raid": a body's initials, no town's name
    # "in the Memorial Day shooting", "in Onam celebrations": a day or a festival, no town
    # "in a Taliban ambush": who struck, not where
    if _a_body_or_care(words) or (names and (
        a_business_venue(tok, words) or all(initials(n) for n in names) or a_striking_group(names)
        or a_festival_name(tok.doc[_possessor_start(tok.doc, first) : names[-1].i + 1].text)
        or _an_owners_name(tok, names, first)
    )):
        return None
    if tok.lower_ in _crew_nouns():
        return None  # "fired at a SWAT team": people, no place
    premises = premises_of(names[-1]) if names else None
    town = names[-1] if premises is not None and premises.i == tok.i else None
    if town is not None and (
        a_big_town(tok.doc[first : town.i + 1].text)
        or town.lower_ in lexicon_places().area_nouns  # "a Fresno County home"
    ):
        return (town, tok.doc[first : town.i + 1].text)  # "a Madison apartment"
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        # "shots at Mendoza" of a story on an Anna Mendoza; "in the District"; "capsized in
        # the Jhelum near X": a river, not the town of its name
        if (first == tok.i and a_persons_word(tok)) or (
            not names and (a_bare_unit(tok) or _a_town_after_the(tok))
        ):
            return None
        return (tok, tok.doc[first : coded_end(tok)].text)  # "in Chak 214-RB", whole
    lexicon = lexicon_places()
    if names and ({tok.lemma_.lower(), _hyphened(tok)} & (
        lexicon.incident_words | lexicon.matter_nouns | happening_subjects()
        | lexicon.vehicle_nouns | striking_events()  # "the toll in the Korvan quake"
    ) or _split_incident(tok)):
        # "in the DI Khan attack", "a Rolpa landslide"; "in a Karachi cylinder blast" is in
        # Karachi, not in a place called "Karachi cylinder": the name ends where the common
        # nouns start; "the Tarn boat" is a craft named by its town
        last = max(
            t.i for t in tok.doc[first : names[-1].i + 1] if t.pos_ == "PROPN" or a_place_word(t)
        )
        return (tok, tok.doc[first : last + 1].text)
    if names and a_provinces_town(tok, tok.doc[first : tok.i].text):
        return (names[-1], tok.doc[first : tok.i].text)  # "the eastern Ohio city of 9,000"
    if names and (tok.pos_ == "NOUN" or not tok.text[:1].isupper()):  # "the Gwadar port"
        return (tok, _venue_name(tok, first))
    return None


_OWNER_LABELS = frozenset({"ORG", "NORP", "PERSON"})


def _an_owners_name(noun: Token, names: list[Token], first: int) -> bool:
    """ "in a Hezbollah village", "at a Biden town hall": a body, a people or a person before
    a noun with "a" is whose the place is or who held the event, not where it is; a name the
    gazetteer knows ("a Gwadar port" NER took for a body) stays, and so does a body named
    after its town ("a Lahore Press Club protest", "a Sindh Assembly brawl")."""
    doc = noun.doc
    return (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and all(n.ent_type_ in _OWNER_LABELS for n in names)
        and not places.candidates(doc[names[0].i : names[-1].i + 1].text)
        and not _named_after_its_town(doc[first : names[-1].i + 1])
    )


def _named_after_its_town(name: Span) -> bool:
    """ "Lahore Press Club", "Sindh Assembly": a body NER labels as one, whose name opens
    with a place the gazetteer knows."""
    return name[0].ent_type_ == "ORG" and any(
        places.candidates(name[:k].text) for k in range(1, len(name))
    )


def _split_incident(tok: Token) -> bool:
    """ "in Karachi target killing", "in Mardan mob lynching": the word before an incident's
    word, which the parser cut off the chain of nouns (it hangs the gerund on the verb), is
    a kind of the incident as the chain's weapon is ("the Quetta grenade attack"), no part
    of a place called "Karachi target"."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        after is not None
        and after.head.i != tok.i
        and after.lower_ in lexicon_places().incident_words
    )


def _hyphened(tok: Token) -> str:
    """The whole hyphenated word the tokenizer split and ``tok`` ends ("drive-by" of "by"),
    lower case; "" when ``tok`` ends none."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 2].whitespace_:
        return ""
    return doc[tok.i - 2 : tok.i + 1].text.lower()


def _names_before(tok: Token, covered: set[int]) -> list[Token]:
    """The proper nouns before ``tok`` that name its place, in order; of an incident's noun,
    less a weapon's acronym after the town's name."""
    names = [
        t
        for t in _words_before(tok)
        if (
            # "across Kech and Panjgur districts": the names of units the parser hangs so
            (t.dep_ in ("compound", "conj") or (t.dep_ == "nmod" and _units(tok)))
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()
            # NER takes a town before a noun for a people's name ("a Lahore gas explosion")
            and (
                t.ent_type_ in NAME_OF_PLACE
                or t.i not in covered
                or a_big_town(t.text)
                or _a_village_people(t)
                or _a_settlements_person(t, tok)
            )
        )
        # the tagger's adjective for a town: "Shopian district", "a Shopian encounter"
        or (a_place_word(t) and _names_a_place(tok))
        or an_areas_name(t, tok)
    ]
    names.sort(key=lambda t: t.i)
    if tok.lemma_.lower() in lexicon_places().incident_words:
        while names and _a_weapons_acronym(names[-1]):
            names.pop()  # "a Peshawar IED blast": in Peshawar, the IED no part of its name
        if names and _a_firms_plant(names, tok):
            return []  # "in Varnley plant shooting": the firm's plant, no town
    return names


def _a_firms_plant(names: list[Token], incident: Token) -> bool:
    """The names before an incident's word end at a business's venue noun ("Varnley plant
    shooting") and name no town the gazetteer knows: the firm's name."""
    after = incident.doc[names[-1].i + 1]
    if after.i >= incident.i or not a_venue_noun(after):
        return False
    name = incident.doc[names[0].i : names[-1].i + 1].text
    return not a_town_name(name)


def _a_weapons_acronym(tok: Token) -> bool:
    """ "IED", "RPG": a weapon's acronym the tagger takes for a proper noun."""
    return tok.text.isupper() and tok.lower_ in lexicon_places().not_places


def _words_before(noun: Token) -> list[Token]:
    """The words hung before ``noun`` that may name its place; of an incident's noun, also
    those hung on the common nouns it is compounded with ("in the Quetta grenade attack",
    "Quetta" on "grenade"): the town names the attack, not the grenade."""
    lefts = list(noun.lefts)
    if noun.lemma_.lower() not in lexicon_places().incident_words:
        return lefts
    chain = [t for t in lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i == noun.i - 1]
    while chain and not any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in lefts):
        nearest = chain.pop()
        lefts = [*nearest.lefts, *lefts]
        chain.extend(
            t for t in nearest.lefts
            if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i == nearest.i - 1
        )
    return lefts


def _venue_name(noun: Token, first: int) -> str:
    """ "the Gwadar port", "the X and Y districts"; "at his Mill Road home" is on the street."""
    street = noun.doc[first : noun.i].text
    whole = noun.doc[first : noun.i + 1].text
    if a_street_name(street):
        return street
    return venue_town(noun.doc[first : noun.i + 1]) or joined_places(noun, whole)


def _a_body_or_care(words: Span) -> bool:
    """A name with a body's word ("Mercy Children's Hospital") or of a place of care."""
    return any(t.lower_.rstrip(".") in lexicon_places().not_places for t in words) or (
        a_care_name(words)
    )


def _possessor_start(doc: Doc, first: int) -> int:
    """Where a name opens with the possessive the parser split from it ("Father's" of "a
    Father's Day shooting", a holiday's name), else ``first``."""
    if first >= 2 and doc[first - 1].tag_ == "POS" and doc[first - 2].pos_ == "PROPN":
        return first - 2
    return first


def _particle_start(doc: Doc, first: int) -> int:
    """The start of a name joined by a lower-case particle ("Agusan del Sur", "Mato Grosso do
    Sul"): the parser may hang the words before it apart, leaving the last word alone."""
    while (
        first >= 2
        and doc[first - 1].lower_ in places.name_particles()
        and doc[first - 2].pos_ == "PROPN"
        and doc[first - 2].text[:1].isupper()
    ):
        first = name_start(doc[first - 2])
    return first


def _units(noun: Token) -> bool:
    """A plural noun of units ("districts", "upazilas") or of localities ("in the X and Y
    areas")."""
    lemma = noun.lemma_.lower()
    units = lemma in lexicon_places().area_nouns or lemma in locality_nouns()
    return noun.tag_ == "NNS" and units


def _names_a_place(noun: Token) -> bool:
    """A noun a town's name before it places: an area ("district") or an incident ("encounter")."""
    lexicon = lexicon_places()
    return noun.lower_ in lexicon.area_nouns or noun.lemma_.lower() in lexicon.incident_words
