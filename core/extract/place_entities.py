"""Place entities of a sentence, for ``claim_places``: a town with what holds it ("Little
Rock, Arkansas"), never a country that acts, a body's name, a person or a hospital's town;
places joined by "and" read as the place that holds them all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.extract.admin_units import a_district_by_its_unit, an_admin_unit
from core.extract.attacked_towns import (
    a_named_persons_surname,
    a_striking_group,
    an_attacks_target,
)
from core.extract.bombarded_places import a_states_force, a_striker, bombarded
from core.extract.business_venues import venue_town
from core.extract.care_names import a_care_name
from core.extract.cues import cues
from core.extract.day_named_towns import SCENE_PREPOSITIONS, a_town_read_as_day
from core.extract.doer_words import a_doers_word
from core.extract.gapped_counts import a_gapped_lists_place
from core.extract.holiday_names import a_holiday
from core.extract.home_country import is_language
from core.extract.kind_named_towns import named_after_its_kind, named_by_its_kind
from core.extract.list_holders import (
    a_city_holding,
    a_listed_town,
    holder_as_written,
    town_with_its_area,
)
from core.extract.misread_localities import (
    a_locality_taken_for_a_body,
    a_locality_told_with_its_area,
    a_towns_facility,
)
from core.extract.misread_names import a_person_harmed
from core.extract.name_roles import (
    a_body,
    a_given_name,
    a_hospital_town,
    a_person,
    a_source,
    name_start,
    possessor_start,
)
from core.extract.named_quarters import a_named_quarter
from core.extract.named_things import a_bare_unit_word, a_mastheads_name, a_thing_with_the_article
from core.extract.origin_places import a_tallys_part, an_arrest_part
from core.extract.owned_places import owned_place
from core.extract.parties_and_peoples import a_party, a_peoples_name, an_organisation
from core.extract.place_descriptions import place_kinds
from core.extract.place_initials import initials
from core.extract.place_lists import a_listed_name, name_conjuncts, towns_taken_for_a_body
from core.extract.place_roles import (
    a_journey_end,
    named_area,
    part_of_entity,
    whole_name,
    without_day,
)
from core.extract.place_words import (
    PLACE_LABELS,
    a_residence,
    a_suburb_of,
    abducted_from,
    an_area_placed,
    attacked_name,
    body_words,
    custody,
    lexicon_places,
    locative,
    places_incident,
    stormed,
)
from core.extract.scene_statements import fighting_nouns
from core.extract.sky_places import downed_over
from core.extract.street_names import a_street, a_streets_name
from core.extract.towns_at_scenes import a_town_at_the_scene
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token




def entity_places(sent: Span, ents: list[Span], start: int) -> list[tuple[Token, str]]:
    """Place entities after ``start``, a town with what holds it ("Little Rock, Arkansas")."""
    # "opened fire at the University of Montana": the body's name says where it stands
    out = [(e.root, name) for e in ents if e.start >= start and (name := _campus_place(e))]
    # "in Rangpur's Pirgachha", both read as bodies' names
    out.extend(owned for e in ents if e.start >= start and (owned := owned_place(e)))
    joined: set[int] = set()
    for n, whole in enumerate(ents):
        ent = _without_article(without_day(whole))  # "at 85 Elm St. Saturday"
        # "the southern city of Odesa", "7 in Tharparkar, 3 in Umerkot": whatever NER's label
        placed = _a_place_entity(ent) or named_by_its_kind(ent) or named_after_its_kind(ent)
        placed = placed or a_gapped_lists_place(ent)
        if not placed or ent.start < start or is_language(ent.text):
            continue
        ent = _with_possessor(whole_name(ent))  # "Jammu" of "Jammu and Kashmir"; "St. Mary's Lake"
        if (
            ent.start in joined
            or a_journey_end(ent.root)  # "taken to Lahore", "tsunamis into Japan"
            or a_party(ent)  # "Israel has agreed", "Pakistan's army said"
            or _ends_with_a_body_word(ent, lexicon_places().not_places)
            or a_mastheads_name(ent)  # "told Lisbon Today": a newspaper, not the town
            or a_body(ent.root) or an_organisation(ent)  # "run by Omdra, the relief agency"
            or a_person(ent)
            or _a_title(ent)  # "Brig. Gen. Ana Cruz": the Swiss town Brig is a rank here
            or a_source(ent.root) or a_given_name(ent.root) or a_hospital_town(ent.root)
            or a_care_name(ent) or a_peoples_name(ent)  # "the Burns Centre", "the X people"
            or a_street(ent) or a_streets_name(ent.root)  # "near Albany Ave.", "down Elm"
            or a_suburb_of(ent.root) or a_doers_word(ent)  # "in suburban Dayton"; "Gunmen"
            or a_residence(ent.root)  # "Jane Roe, 47, of Cedar Falls"
        ):
            continue  # the state of "Little Rock, Arkansas"; "Ben Taub Hospital"; "said Ames"
        if _possessor_of_place(ent[-1]) and ent[-1] is not ent.root:
            held = ent[-1].head  # "Jammu and Kashmir's Pahalgam", NER missing the town
            if (held.pos_ == "PROPN" and not held.ent_type_) or (
                an_area_placed(held)
                and all(c.ent_type_ not in PLACE_LABELS for c in held.lefts if c.dep_ == "compound")
            ):  # NER missing the town, or taking it for a product ("Anantnag district")
                out.append((held, held.doc[name_start(held) : held.i + 1].text))
            continue
        if _possessor_of_place(ent.root) or _possessor_of_incident(ent.root):
            continue  # "Khyber Pakhtunkhwa's Kurram district": the district says more
        # "Little Rock, Arkansas", "Peshawar, Pakistan": the town, with what holds it.
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if nxt is not None and _holds(sent, ent, nxt):
            joined.add(nxt.start)
            out.append((ent.root, f"{ent.text}, {nxt.text}"))
            continue
        if specific := _appositives(ent):
            out.extend(specific)
            continue
        named = _name_after_of(ent.root)
        if named is not None:
            out.append((ent.root, named))  # "on Iranian Island of Qeshm", NER's cut
            continue
        # "the port city of Bandar Abbas": the city stands where the place does
        # a name made whole past NER's cut holds its own "and" ("Jammu and Kashmir")
        name = ent.text if ent.end > whole.end else _written_name(ent)
        joined.update(_conjunct_starts(ent, name, ents))
        out.append((named_area(ent.root) or ent.root, _with_number(ent, name)))
    return out


def _ends_with_a_body_word(ent: Span, not_places: frozenset[str]) -> bool:
    """ "the Tarn Relief Agency": a name whose last word no place ends with, unless a town's
    named quarter or a district written with its unit ("Kurram Agency")."""
    return ent[-1].lower_.rstrip(".") in not_places and not (
        a_named_quarter(ent.text) or a_district_by_its_unit(ent.text)
    )


def _with_possessor(ent: Span) -> Span:
    """ "St. Mary's Lake": the name's words before its "'s", which NER cut off as a
    person's, when the gazetteer knows the whole as one name."""
    first = possessor_start(ent.doc, ent.start, ent.end)
    return ent if first == ent.start else Span(ent.doc, first, ent.end, label=ent.label_)


def _conjunct_starts(ent: Span, name: str, ents: list[Span]) -> set[int]:
    """ "in Tarn and Wend in May": where the place read with its conjuncts holds them (the
    province that holds both, or both named together), the entities of the conjuncts, which
    NER may label as places of their own or not, are read in it, not again apart."""
    conjuncts = name_conjuncts(ent.root)
    if name == ent.text or any(name == c.text for c in conjuncts):
        return set()
    return {e.start for c in conjuncts for e in ents if e.start <= c.i < e.end}


def _with_number(ent: Span, name: str) -> str:
    """ "Police District 10", "Sector 7": a unit of a town numbered after its kind, written
    with its number (NER leaves it off), not the kind alone ("Police District")."""
    last = ent[-1]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if (
        after is None
        or not name.endswith(last.text)
        or last.lower_ not in lexicon_places().area_nouns
        or not (after.like_num and after.text.isdigit())
        or after.head.i != last.i
    ):
        return name
    return f"{name} {after.text}"


def _a_title(ent: Span) -> bool:
    """ "Brig. Gen. Ana Cruz", "Maj. Tom Ruiz": an abbreviated title before a name, which NER
    takes for a town of its spelling."""
    if len(ent) != 1 or not ent.text.endswith("."):
        return False
    titled = cues().abbreviated_titles.keys() | cues().titles
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        (ent.text in titled or ent.text.rstrip(".").lower() in titled)
        and after is not None
        and after.pos_ == "PROPN"
    )


def _appositives(ent: Span) -> list[tuple[Token, str]]:
    """ "Jammu and Kashmir's Pahalgam": the appositive names the more specific place; "in
    Debidwar, Cumilla": a district after a village says where the village lies."""
    # "in Srinagar, the Deputy Inspector General": a title with its article is a person
    specific = [
        c
        for c in ent.root.children
        if c.dep_ == "appos"
        and c.pos_ == "PROPN"
        # "in Fort Worth, Dallas and Arlington": a list; "in Dhaka, State Minister ...": a title
        and not any(d.dep_ in ("det", "conj") for d in c.children)
        and c.lower_ not in cues().person_nouns
    ]
    # the whole name ("in Nnewi, Anambra State."), a province read as a body's when it holds
    named: list[tuple[Token, str]] = []
    for c in specific:
        name = c.doc[name_start(c) : c.i + 1].text
        if c.ent_type_ in ("", "GPE") or (c.ent_type_ == "ORG" and _holder(ent, name)):
            named.append((c, name))
    if named and _holder(ent, named[0][1]):
        return [(ent.root, f"{ent.text}, {named[0][1]}")]
    return named


def _holder(ent: Span, appos: str) -> bool:
    """The appositive is a district, province or country holding the place before it (one
    the gazetteer lacks, or knows inside it)."""
    wide = places.resolve(appos)
    own = places.resolve(ent.text)
    if wide is not None and a_city_holding(own, wide):
        return True  # "in Khayelitsha, Cape Town"
    if wide is None or wide.level not in ("district", "admin1", "country"):
        return False
    return own is None or places.relation(wide, own) == "contains"


_CAMPUS_WORDS = frozenset({"university", "college"})


def _campus_place(ent: Span) -> str | None:
    """ "a gunman opened fire at the University of Montana": a university that is the scene
    is a body by its label, and its name says where it stands (the state or town after its
    "of", a state before "State University"); one where someone studies or works is none."""
    if ent.label_ not in ("ORG", "FAC") or not places_incident(ent.root):
        return None
    words = [t.text for t in ent]
    lower = [w.lower() for w in words]
    kind = next((i for i, w in enumerate(lower) if w in _CAMPUS_WORDS), None)
    if kind is None:
        return None
    if kind + 2 < len(words) and lower[kind + 1] == "of":
        name = " ".join(words[kind + 2 :])  # "University of Montana"
    elif kind >= 2 and lower[kind - 1] == "state":
        name = " ".join(words[:kind - 1])  # "Kansas State University"
    else:
        return None
    place = places.resolve(name)
    return name if place is not None and place.level in ("admin1", "city") else None


def _without_article(ent: Span) -> Span:
    """ "the Batote-Kishtwar" of "on the Batote-Kishtwar highway", "Across Burkina Faso, ...":
    NER may take in the article or a first preposition, which would head the name's span."""
    first = ent[0]
    if len(ent) > 1 and ((first.dep_ == "det" and first.lower_ == "the") or first.pos_ == "ADP"):
        return part_of_entity(ent, ent.start + 1, ent.end)
    return ent


def _name_after_of(root: Token) -> str | None:
    """ "Iranian Island of Qeshm" as one entity ending at the kind: the name after "of"."""
    if root.lower_ not in place_kinds() or root.pos_ != "PROPN":
        return None
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not obj.ent_type_:
                    return root.doc[name_start(obj) : obj.i + 1].text
    return None


def _a_plural_noun(ent: Span) -> bool:
    """ "Gunmen abducted 30 pupils": a capitalised plural common noun NER took for a place,
    which the gazetteer does not know."""
    return len(ent) == 1 and ent.root.tag_ == "NNS" and places.lookup(ent.text) is None


# the labels NER gives a town it misreads ("in Quetta" read as a work of art)
_MISREAD_LABELS = ("ORG", "PERSON", "NORP", "WORK_OF_ART", "LANGUAGE")


def _a_place_entity(ent: Span) -> bool:
    """A place entity, or a province or country NER took for a body or a person
    ("Balochistan has seen", "Khyber Pakhtunkhwa was the worst-hit province")."""
    if ent.label_ in PLACE_LABELS:
        # "in the District", no name; "the Easter Sunday bombings", a day; a person's name
        return not (
            a_bare_unit_word(ent) or a_holiday(ent) or a_person_harmed(ent) or _a_plural_noun(ent)
            or a_striker(ent.root) or a_states_force(ent.root)  # "US strikes on X", "US troops"
        )
    if ent.label_ in ("DATE", "EVENT"):  # "killed in Turbat", "a blast in Gilgit"
        return a_town_read_as_day(ent)
    labels = (*_MISREAD_LABELS, "PRODUCT")
    if ent.label_ not in labels or _a_product_off_scene(ent) or ent.root.dep_ == "conj" or (
        ent.root.dep_ == "compound" and a_striking_group(list(ent), bodies=False)
    ):
        return False  # "in Khyber Pakhtunkhwa and Balochistan": read with the place before
    if (
        a_locality_taken_for_a_body(ent)
        or a_towns_facility(ent)  # "near Kohat Tunnel"
        or towns_taken_for_a_body(ent)  # "in Kharkiv and Odesa" read as one body's name
        or a_locality_told_with_its_area(ent)
        # "Tarn State topped the list", "in Bassa LGA": NER reading a person's or a body's name
        or (ent.label_ in ("ORG", "PERSON") and places.province_by_its_unit(ent.text))
        or (ent.label_ == "PERSON" and an_admin_unit(ent.text) and locative(ent.root))
        or _a_town_off_or_taken_from(ent)  # "sank off Gwadar", "abducted from Lahore"
    ):
        return True
    hit = _raided_in(ent) or an_attacks_target(ent) or downed_over(ent.root) or (
        bombarded(ent.root, named=True) and not a_named_persons_surname(ent)
    )  # "Russian drones struck Kharkiv", NER reading a person's name
    if hit and (ent.label_ == "ORG" or (
        ent.label_ in ("PRODUCT", "PERSON") and places.candidates(ent.text)
    )):
        return True  # a town the gazetteer knows, read as a product or a person
    if ent.text.islower():  # "shot in Gwadar", a PRODUCT, reads on
        return False  # "lying in the bush": a common noun the tagger took for a name
    # "the three in the Toyota": a car, a hotel or a firm of a town's name; "killed in IBO",
    # "in UN school": a body's or an operation's initials that spell a town's name
    place = None if a_thing_with_the_article(ent) or (
        len(ent) == 1 and initials(ent.root)
    ) else places.lookup(ent.text)
    if place is not None and place.level in ("city", "region", "district"):
        # "wounded outside a store in Fairborn", the town NER took for a people, a person or
        # a body ("in Cox's Bazar", its possessive read as a firm's name); "died across
        # Sumatra", an island taken for a people; "including three from Hangu"; "died in
        # a road accident in Swat", a district read as a body
        if _an_arrest_parts_town(ent):
            return True
        preps = SCENE_PREPOSITIONS | (_REGION_PREPOSITIONS if place.level == "region" else set())
        return (
            (ent.root.dep_ == "pobj" and ent.root.head.lower_ in preps)
            or a_town_at_the_scene(ent, place)  # "killed 3 men at Rawalakot", an ORG
            or _names_unrest(ent)
            or attacked_name(ent.root, place)  # "an attack on X", "gunmen stormed X": the town hit
            or stormed(ent.root)
        )
    if place is not None and _an_arrest_parts_town(ent):
        return True  # a district NER took for a person ("five of them from Lakki Marwat")
    return place is not None and place.level in ("admin1", "country")


def _a_product_off_scene(ent: Span) -> bool:
    """A name NER labels a product, not where a scene's preposition puts it: "shot dead in
    Gwadar", "sank off Gwadar", "drones over Kursk", "raids across Charsadda" read on; "over
    the Kursk raid" names no scene."""
    root = ent.root
    return ent.label_ == "PRODUCT" and not (
        root.dep_ == "pobj"
        and root.head.lower_ in SCENE_PREPOSITIONS | _OFFSHORE | _SKY | _REGION_PREPOSITIONS
    )


def _a_town_off_or_taken_from(ent: Span) -> bool:
    """ "a boat sank off Gwadar": a coastal town's name at sea by it, which NER reads as a
    vessel's or a firm's (a product, a body) for the boat beside it; "were kidnapped from
    Kurram", a town abducted people were taken from, which NER reads as a person's."""
    root = ent.root
    if root.dep_ != "pobj" or not (root.head.lower_ in _OFFSHORE or abducted_from(root)):
        return False
    place = places.lookup(ent.text)
    return place is not None and place.level in ("city", "district") and not _described(root)


def _described(name: Token) -> bool:
    """ "kidnapped 2 children from Bello, a farmer in Zamfara": the name told as something no
    place is (an appositive with its article, not "a town"), a person's or a body's."""
    kinds = word_set("places", "appositive_kinds")
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in kinds
        and any(d.dep_ == "det" for d in c.children)
        for c in name.children
    )


def _written_name(ent: Span) -> str:
    """The entity's place as a checker writes it: the town of a business told by it ("a Gary
    bar": Gary), else the place that holds each conjunct ("X and Y")."""
    return venue_town(ent) or joined_places(ent.root, ent.text)


def _an_arrest_parts_town(ent: Span) -> bool:
    """ "detained nine, including three from Hangu": where a part of an arrest count was
    picked up, a town NER took for a body's name; "three from Cachar": a tally's part."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.i > 0
        and (an_arrest_part(part := prep.doc[prep.i - 1]) or a_tallys_part(part))
    )


def _names_unrest(ent: Span) -> bool:
    """ "Bandarban violence: 12 more held": a town NER took for a body's name, naming the
    unrest or the attack a headline files its figures under."""
    noun = ent.root.head
    return ent.root.dep_ == "compound" and noun.i == ent.end and (
        noun.lemma_.lower() in lexicon_places().incident_words | fighting_nouns()
    )


def _raided_in(ent: Span) -> bool:
    """ "picked up three men in raids conducted in Malir and Quaidabad", "arrested two in
    Korangi", "arrested 15 in raids across Swabi": names NER took for a body, where raids
    were conducted or people arrested, are the places of the arrests (a body's name has a
    body's word: "... Police", "... Party")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in _RAID_PREPS or not all(
        (t.pos_ == "PROPN" and t.is_title) or t.dep_ == "cc" for t in ent
    ):
        return False
    if any(t.lower_ in body_words() for t in ent):
        return False
    verb = root.head.head
    return verb.pos_ == "VERB" and (
        custody(verb) == "arrested" or verb.lemma_.lower() in _RAID_VERBS
    )


# "arrested 15 in raids across X": where raids go
_RAID_PREPS = frozenset({"in", "across", "throughout"})
# Verbs of the raids police conduct ("raids conducted in X", "carried out in X")
_RAID_VERBS = frozenset({"conduct", "carry", "raid"})


# An island or region is also where a harm spread across, or what it happened on
_OFFSHORE = frozenset({"off"})  # "a boat sank off Gwadar": at sea by the coastal town
_SKY = frozenset({"over"})  # "drones shot down over Kursk"
_REGION_PREPOSITIONS = frozenset({"across", "throughout", "on"})


def _possessor_of_place(root: Token) -> bool:
    """The province of "in Khyber Pakhtunkhwa's Kurram district" or "in Punjab's Okara": the
    place it holds is named after it, where a place stands."""
    head = root.head
    # "in Jammu and Kashmir's Kupwara district", the district parsed as a conjunct
    placed = locative(head) or (head.dep_ == "conj" and locative(head.head))
    return (
        root.dep_ == "poss"
        and placed
        and (
            (head.pos_ == "PROPN" and head.text[:1].isupper())
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        )
    )


def _possessor_of_incident(root: Token) -> bool:
    """ "Israel's assault on Gaza", "the army's raid": whose attack it is, not where."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in lexicon_places().incident_words


def _holds(sent: Span, ent: Span, nxt: Span) -> bool:
    """ "Peshawar, Pakistan": the next entity, after a comma, is a region or country that
    holds this place (which is no country itself), or a district holding a town or a village
    the gazetteer lacks ("Spinkai Raghzai, South Waziristan": no appositive of the district)."""
    if nxt.label_ != "GPE" or nxt.start != ent.end + 1 or sent.doc[ent.end].text != ",":
        return False
    outer, inner = places.lookup(nxt.text), places.lookup(ent.text)
    if outer is None:
        return False
    if outer.level == "district":  # "Spinkai Raghzai, South Waziristan", "Wana, South Waziristan"
        return inner is None or places.relation(outer, inner) == "contains"
    if a_listed_name(nxt) and (inner is None or places.relation(outer, inner) != "contains"):
        return False  # "in Kirkuk, Diyala and Salahuddin": a list, Kirkuk is not in Diyala
    return outer.level in ("admin1", "country") and (inner is None or inner.level != "country")


def _joined_units(head: Token, text: str, conjuncts: list[Token]) -> str | None:
    """ "in raids across Kech and Panjgur districts": units of one kind named together, as
    written, not the province that holds them (the parser hangs the names on the plural
    noun, or the noun and the second name on the first)."""
    if _units_noun(head) and " and " in text:
        return text  # the names read before the noun ("Kech and Panjgur districts")
    kind = head.head
    if conjuncts and head.dep_ in ("compound", "nmod") and _units_noun(kind):
        names = [text, *(head.doc[name_start(c) : c.i + 1].text for c in conjuncts)]
        return f"{' and '.join(names)} {kind.text}"
    for noun in (c for c in head.children if c.dep_ == "conj" and _units_noun(c)):
        named = [c for c in noun.lefts if c.pos_ == "PROPN" and c.dep_ in ("amod", "compound")]
        if named:
            return f"{text} and {head.doc[named[0].i : noun.i + 1].text}"
    return None


def _units_noun(tok: Token) -> bool:
    """A plural noun of units ("districts", "provinces")."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in lexicon_places().area_nouns


def joined_places(head: Token, text: str) -> str:
    """ "Khyber Pakhtunkhwa and Balochistan": the place that holds every conjunct, if known."""
    # An entity may swallow the "and" that joins it to the next name, or the next name too
    # ("Malir and Quaidabad" as one entity: its names are read apart, not twice)
    text = re.sub(r"\s+(?:and|&)$", "", text)
    conjuncts = name_conjuncts(head)
    swallowed = [c for c in conjuncts if c.text in text.split()[1:]]
    units = _joined_units(head, text, conjuncts)
    if units is not None:
        return units
    scenes = lexicon_places().scene_nouns
    if any(w.lower().rstrip(".") in scenes for w in text.split()):
        # "Flamingo Road and Durango Drive": streets, not towns to merge
        doc = head.doc
        return " and ".join([text, *(doc[name_start(c) : c.i + 1].text for c in conjuncts)])
    # "Jammu and Kashmir's Pahalgam": the possessed place is the most specific one.
    for c in conjuncts:
        if any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children):
            return c.text
    if not conjuncts and " and " not in text:
        return text
    names = [text, *(head.doc[c.left_edge.i : c.i + 1].text for c in conjuncts)]
    if swallowed and len(swallowed) == len(conjuncts):
        names = re.split(r"\s+(?:and|&)\s+", text)
    if (held := town_with_its_area(head, conjuncts, names)) is not None:
        return held  # "in Butig, Lanao del Sur": a town and its area, no list
    # "Tarn and Wend and Ost": never with commas, which write a place with what holds it
    joined = " and ".join(names)
    found = [p for p in (places.resolve(n) for n in names) if p is not None]
    if len(found) == len(names) and all(p.level == "city" for p in found):
        return joined  # "in Kamoke and Wazirabad": two scenes, not their district
    holder = places.common_ancestor(found) if len(found) > 1 else places.resolve(joined)
    if holder is None or a_listed_town(holder, names):
        return joined
    return holder_as_written(holder, names)

