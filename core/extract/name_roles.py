"""Whose name a place-like name is, for ``claim_places``: a person's ("Mendoza, 17,"), a
speaker's ("Ames said"), a body's ("the Cook County medical examiner"), a venue's ("a lounge
called Havana"), a hospital's town; and the town a venue's name opens with.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.bombarded_places import bombarded
from core.extract.care_names import a_care_names_owner
from core.extract.cues import cues
from core.extract.incident_words import death_verbs
from core.extract.measures import lexicon
from core.extract.named_things import a_thing_with_the_article
from core.extract.nlp import share_across_parts
from core.extract.person_roles import a_persons_role
from core.extract.place_roles import a_journey_end, locality_nouns
from core.extract.place_words import (
    BIG_TOWN,
    a_scene,
    a_seat,
    abducted_from,
    an_area_placed,
    lexicon_places,
    locative,
)
from core.extract.recording_lands import place_records
from core.extract.report_places import agency_words, premises_of
from core.extract.speaker_labels import a_speakers_label
from core.extract.unit_bodies import a_unit_body_noun
from core.rules import load_rules, word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# How a name hangs on the noun it qualifies ("Cook County" on "medical examiner").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})

# Where a parsed text keeps the words of its people's full names.
_PERSON_WORDS = "claimdesk_person_words"
_MARKED_PERSONS = "claimdesk_marked_persons"

# Verbs that give a thing its name ("a club called Havana"): what follows names no place.
_NAMING_VERBS = frozenset({"call", "name", "dub"})


def venue_town(name: str) -> str:
    """ "Quetta railway station", "the Peshawar press club": the town that opens a venue's
    name is the place (a street is named after a town as often as not: "Lahore Road")."""
    words = name.split()
    if len(words) < 2 or not words[-1].islower():
        return name
    if _a_states_town(words):
        return " ".join(words[:-1])
    if not a_scene(name):
        return name
    if words[-1] in lexicon_places().quarter_nouns:
        return name  # "the Gaza City neighbourhood of Zeitun": a part of a town, read elsewhere
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if not all(w.islower() for w in words[n:]) or head.isupper():
            break
        # a big town, as before a dwelling ("a Capitol Hill apartment" is a part of one)
        if a_big_town(head) or any(p.level == "admin1" for p in places.candidates(head)):
            return head
    return name


def _a_states_town(words: list[str]) -> bool:
    """ "a Kashmir village", "Borno villages", "a Texas town": a town of the state the name
    is, not a town of that name ("Sarwan village" is), nor a capital ("Kuwait city")."""
    kind = words[-1].removesuffix("s")
    if kind not in word_set("places", "town_kind_nouns"):
        return False
    state = " ".join(words[:-1])
    found = places.lookup(state)
    if found is not None and found.level == "country" and words[-1] == "city":
        return not _a_countrys_city(state)  # "Kuwait city": the capital, in lower case
    return found is not None and found.level in places.WIDE_LEVELS


def _a_countrys_city(country: str) -> bool:
    """A city the country's name names ("Kuwait City", "Djibouti", "Mexico City")."""
    named = places.lookup(f"{country} City")
    return (named is not None and named.level == "city") or any(
        p.level == "city" for p in places.candidates(country)
    )


def a_town_called_a_person(ent: Span) -> bool:
    """ "in Dera Ismail Khan", "in the Kurram district": a name NER took for a person's,
    standing where a place does, that the gazetteer knows or a word for an area follows; a
    town NER took for an organisation ("in Takengon") where a place stands."""
    if ent.label_ not in ("ORG", "PERSON") or ent.text.islower():
        return False  # "found in the bush": a common noun the tagger took for a name
    if (
        locative(ent.root)
        and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in _area_words()
            for c in ent.root.children
        )
    ):
        return True  # "in Sorgai, a village in Panjgur district"
    if ent.label_ == "ORG":  # "in Takengon"; "around Church and Elm" is a street corner
        found = {p.level for p in places.candidates(ent.text)}
        town = "city" in found and ent.root.head.lower_ == "in"
        town = town and not a_thing_with_the_article(ent)  # "in the Toyota": a car
        return locative(ent.root) and (
            "admin1" in found or town or _a_scenes_town(ent) or _a_place_in_a_place(ent)
        )
    root = ent.root  # a person's name
    if premises_of(root) is not None and any(
        c.lower_ in ("a", "an") for c in root.head.children
    ):
        return a_big_town(ent.text)  # "inside a Madison apartment"
    if root.dep_ == "compound" and root.head.lower_ in _area_words():
        return locative(root.head)  # "in the Gul Bagh area", "in the Kurram district"
    if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon_places().incident_words:
        # "the DI Khan attack", "the Lakki Marwat attack": where the attack was (NER may
        # tag "Khan" alone); a name of two words or more the gazetteer knows as a district
        name = root.doc[name_start(root) : root.i + 1].text
        return a_big_town(name) or (len(name.split()) > 1 and _a_district(name))
    if len(ent) == 1 and root.head.lower_ == "in" and root.lower_ not in _person_words(ent.doc):
        return locative(root)  # "in Kurram", a district the gazetteer does not list
    if len(ent) > 1 and root.head.lower_ == "in" and locative(root) and _nobody_else(ent):
        return True  # "a police post in Jhandu Khel": a village the gazetteer lacks
    if not (locative(root) or _struck(root)):
        return False  # a person's name, its start never walked: most are no town's
    name = root.doc[name_start(root) : root.i + 1].text
    return bool(places.candidates(name)) and not a_persons_word(root)


def _struck(root: Token) -> bool:
    """ "Russian drones struck Kharkiv": the name a force struck, no person's the text names."""
    return bombarded(root, named=True) and root.lower_ not in _person_words(root.doc)


def _a_place_in_a_place(ent: Span) -> bool:
    """ "at Chatroo in Kishtwar" read as one body's name: a name, "in", and a place the
    gazetteer knows."""
    cut = next((t.i for t in ent[1:-1] if t.lower_ == "in"), None)
    return cut is not None and bool(places.candidates(ent.doc[cut + 1 : ent.end].text))


def _a_scenes_town(ent: Span) -> bool:
    """ "an attack on a police checkpost in Sokari": a single name NER took for a body's,
    after the "in" that places a venue or an attack, is the village it stands in."""
    held = ent.root.head.head
    words = lexicon_places()
    return (
        len(ent) == 1
        and ent.root.head.lower_ == "in"
        and held.pos_ == "NOUN"
        and held.lemma_.lower() in words.scene_nouns | words.incident_words
        and ent.root.lower_ not in _person_words(ent.doc)
    )


def _nobody_else(ent: Span) -> bool:
    """A full name "in" which something happened, no word of which another name of a person
    in the text bears: a person is rarely "in" anything, a place often ("in Jane Roe" is not
    read as a place when the text also names a "Jane Doe" or a "Mr Roe")."""
    if any(c.dep_ == "poss" for c in ent.root.children):
        return False  # "in Southeast D.C. News4's Jane Roe": the parse ran two phrases together
    own = ent.text
    words = {t.lower_ for t in ent}
    return not any(
        other.label_ == "PERSON" and other.text != own and words & {t.lower_ for t in other}
        for other in ent.doc.ents
    )


def _area_words() -> frozenset[str]:
    """Nouns that make the name before them a place: "district", "village", "area"."""
    return lexicon_places().area_nouns | locality_nouns()


def a_hospital_town(root: Token) -> bool:
    """ "taken to Harborview Medical Center in Seattle", "died at Civil Hospital, Mardan": where
    the hospital stands, not where it happened, unless the hospital is the scene ("a shooting
    at a hospital in Seattle")."""
    if locative(root) and _taken_to_care(root.head.head):
        return True  # "taken to hospital in Cotabato City": the parser hangs the town on "taken"
    if locative(root) and _after_a_place_of_care(root):
        return True  # "died on the way to the hospital in nearby X", "in" hung on "died"
    if locative(root):
        # "died on the way to the hospital in nearby X": the town of the care place its
        # preposition follows, wherever the parser hangs it
        held = _care_place_before(root.head) or root.head.head
    elif _after_a_comma(root):
        held = root.head  # "succumbed at Lady Hall Hospital, Mardan": the town it stands in
    else:
        return False
    if held.dep_ == "pobj" and held.head.lower_ in _BETWEEN:
        return False  # "fighting between rival militias in Tripoli": the fight's scene
    words = lexicon_places()
    # the hospital itself ("Mercy Hospital", "a medical center"), not its staff ("hospital
    # officials in Eldmere" speak where the patients are)
    named = held.ent_type_ in ("ORG", "FAC") and held.ent_iob_ != "O"
    if not (
        held.lower_ in words.not_places
        or (named and any(t.lower_ in words.not_places for t in held.lefts))
        or _under_treatment(held)
    ):
        return False
    # "a grenade exploded near the SSP office in Baramulla": a body's building something
    # happened by, no place of care
    # "abducted 3 aid workers from their office in X": the building they were taken from
    beside = held.dep_ == "pobj" and (held.head.lower_ in _BESIDE or abducted_from(held))
    event = held.head.head
    # "succumbed to their wounds at a hospital in Peshawar": a wound is no event's place
    hurt = event.pos_ == "NOUN" and event.lemma_.lower() in _HURT_NOUNS
    # "died at a burn unit in Galveston", "three of the wounded died at the Combined Military
    # Hospital in Quetta": where the hurt died later, never the scene of the attack
    died = event.lemma_.lower() in death_verbs() or event.lemma_.lower() in _DEATH_NOUNS
    incident = event.lemma_.lower() in words.incident_words and not (hurt or died)
    return not ((held.dep_ == "pobj" and incident) or beside)


_BESIDE = frozenset({"near", "outside", "beside", "opposite"})
_BETWEEN = frozenset({"between", "among"})  # the sides of a fight


def _after_a_place_of_care(root: Token) -> bool:
    """The town's preposition follows a place of care someone was taken or going to ("on the
    way to the hospital in X"), whatever the parser hangs it on; not the scene of an
    incident at the hospital ("a shooting at a hospital in X" hangs on the shooting)."""
    prep = root.head
    before = root.doc[prep.i - 1] if prep.i > 0 else None
    return (
        before is not None
        and before.lemma_.lower() in lexicon().care_places
        and before.dep_ == "pobj"
        and before.head.lower_ == "to"
        and prep.head.lemma_.lower() not in lexicon_places().incident_words - death_verbs()
    )


def _after_a_comma(root: Token) -> bool:
    """The name stands after a comma right after the name it hangs on ("Civil Hospital,
    Mardan"), as the town of what that name holds."""
    head = root.head
    doc = root.doc
    return (
        root.dep_ in ("appos", "npadvmod")
        and head.i < root.i
        and root.i >= 2
        and doc[root.i - 1].text == ","
        and doc[root.i - 2].i == head.i
    )
_HURT_NOUNS = frozenset({"wound", "injury"})
_DEATH_NOUNS = frozenset({"death"})  # "his death at a hospital in X"


# Nouns and verbs of the care the hurt are given: a town they hang on is where they were
# treated ("died during treatment at ... in Dharan", "undergoing treatment in Biratnagar").
_TREATMENT_WORDS = frozenset({"treatment", "treat", "care", "undergo", "refer", "admit"})
_TREATMENT_CLIMB = 4  # phrases between the town and the word of care


def _care_place_before(prep: Token) -> Token | None:
    """The place of care, after a preposition of its own, right before the preposition that
    opens a town ("in hospital in X", "to the hospital in nearby Y"): the town is where it
    stands; not a hospital attacked ("stormed the hospital in X")."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.pos_ != "NOUN" or before.dep_ != "pobj":
        return None
    return before if before.lemma_.lower() in lexicon().care_places else None


def _taken_to_care(verb: Token) -> bool:
    """ "were taken to hospital in X", "was rushed to a clinic in Y": a verb of care that
    also says to what care the hurt were taken; the town after it is the hospital's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().care_verbs:
        return False
    care = lexicon().care_places
    return any(
        p.dep_ == "prep" and p.lower_ in ("to", "at") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in care for o in p.children
        )
        for p in verb.children
    )


def _under_treatment(held: Token) -> bool:
    """The noun a town's "in" hangs on is, or hangs on, a word of care ("treatment at the
    Sagar Institute in Morbani"), or is a unit of care ("a burn unit in Galveston"): the
    town is where the hurt were treated."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _care_units() for c in held.lefts):
        return True  # "died at a burn unit in Galveston"
    tok = held
    for _ in range(_TREATMENT_CLIMB):
        # "nine remain hospitalised in X": the verb of care itself
        if tok.lemma_.lower() in _TREATMENT_WORDS | lexicon().treatment_verbs:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@functools.cache
def _care_units() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["care_unit_words"])


def a_given_name(root: Token) -> bool:
    """ "a lounge called The Underground", "a bar named Paris": the name of a venue, not a
    place (the venue's town is told elsewhere)."""
    return root.dep_ in ("oprd", "attr", "dobj") and root.head.lemma_.lower() in _NAMING_VERBS


def _a_district(name: str) -> bool:
    return any(p.level == "district" for p in places.candidates(name))


def a_big_town(name: str) -> bool:
    """A name a big town bears ("a Madison apartment"): the town; a small one's namesake is
    as likely a part of the report's town ("a Maple Hill apartment")."""
    return any(p.level == "city" and p.population >= BIG_TOWN for p in places.candidates(name))


def name_start(name: Token) -> int:
    """The first word of a proper name whose words the parser chained as compounds, with the
    Arabic article that opens it ("al-Mayadin")."""
    first = _numbered_start(name.doc, _compounds_start(name), name.i + 1)
    return article_start(name.doc, possessor_start(name.doc, first, name.i + 1))


def _numbered_start(doc: Doc, first: int, end: int) -> int:
    """ "South 24 Parganas": a number inside a name the gazetteer knows whole (the parser
    leaves the words before it out of the name)."""
    if first < 2 or not doc[first - 1].text.isdigit():
        return first
    word = doc[first - 2]
    if word.pos_ != "PROPN" or not word.text[:1].isupper():
        return first
    start = _compounds_start(word)
    return start if places.candidates(doc[start:end].text) else first


def _compounds_start(name: Token) -> int:
    first = name.i
    for t in name.subtree:
        if t.i < first and t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper():
            first = t.i
    return first


def possessor_start(doc: Doc, first: int, end: int) -> int:
    """The start of a name that holds a possessive ("St. Mary's Lake", "Port Owen's Bay"): the
    parser hangs the words before "'s" as a possessor, leaving the tail alone; the whole is
    the name when the gazetteer knows it so ("Lagos's Ikeja" is a town of a state, two
    names)."""
    if first < 2 or doc[first - 1].tag_ != "POS":
        return first
    owner = doc[first - 2]
    if owner.pos_ != "PROPN" or not owner.text[:1].isupper() or owner.whitespace_:
        return first
    start = _compounds_start(owner)
    return start if places.candidates(doc[start:end].text) else first


def article_start(doc: Doc, first: int) -> int:
    """ "al-Mayadin", "el-Arish": an Arabic article joined to a name by a hyphen opens it (the
    tokenizer splits it off, and it starts in lower case)."""
    if first < 2:
        return first
    hyphen, article = doc[first - 1], doc[first - 2]
    joined = hyphen.text == "-" and not hyphen.whitespace_ and not article.whitespace_
    return first - 2 if joined and article.lower_ in places.name_articles() else first


def not_a_name(ent: Span) -> bool:
    """Not a person's name nor a speaker ("Ames said"), which NER often takes for a town; a
    police force that speaks ("Tulsa police said") still bears its town's name."""
    return not (
        a_person(ent)
        or a_seat(ent.root)  # "an Islamabad-based group"
        or a_given_name(ent.root)  # "a lounge called Havana"
        or a_hospital_town(ent.root)  # "taken to a hospital in Salem"
        or a_journey_end(ent.root)  # "the wounded were flown to Karachi"
        or (ent.label_ in ("GPE", "LOC") and a_source(ent.root))
        or a_care_names_owner(ent)  # "St. John's Ambulance staff treated four"
        or a_speakers_label(ent[-1])  # "HAMILTON: We heard three shots"
    )


def a_body(root: Token) -> bool:
    """A name that only qualifies a body ("the Cook County medical examiner", "Ramsey County
    prosecutors", "the Floyd County police"): whose office it is, not where it happened."""
    if root.dep_ == "poss":
        return _an_office_holder(root.head)
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    head = root.head
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
        head = head.head  # "the Marion County Sheriff's Office": up to the body's head noun
    if an_area_placed(head) or a_unit_body_noun(head):
        return False  # "in Kech district", "in Peru's Ayacucho department"
    held = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if head.lower_ in lexicon_places().area_nouns and locative(held):
        return False  # "in the Hoshab area of Kech district": the district, no office
    return head.lower_ in lexicon_places().not_places or head.lower_ in agency_words()


def _an_office_holder(owned: Token) -> bool:
    """What a possessor owns is a person or an office ("Marion County's Attorney Jane Roe",
    "the county's sheriff's office"): the name is whose office it is, not a scene."""
    words = lexicon_places().not_places | agency_words()
    return not an_area_placed(owned) and not a_unit_body_noun(owned) and (
        owned.ent_type_ == "PERSON"
        or owned.lower_ in words
        or any(c.dep_ == "compound" and c.lower_ in words for c in owned.children)
    )


def a_person(ent: Span) -> bool:
    """A place-like name that is part of a person's name: after a first name NER tagged as
    a person ("Anthony Mendoza"), set off with an age ("Mendoza, 17,"), or a lone word of a
    person's full name the text gives elsewhere ("Mendoza fled" after "Anthony Mendoza"),
    unless it stands where a place does ("in Mendoza"), or set beside a person's noun ("her
    sister, Florence")."""
    doc = ent.doc
    if len(ent) == 1 and a_persons_word(ent.root):
        return True  # "in Warren" is the town even in a story on a James Warren
    if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in cues().person_nouns:
        return True  # "her 12-year-old sister, Florence": the name set beside a person
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return True
    return a_persons_role(ent)  # "Mendoza, 17,", "Mr. Jordan", "Chad was shot"


def a_persons_word(tok: Token) -> bool:
    """A lone word of a person's full name the text gives ("Mendoza" after "Anthony
    Mendoza") where a person stands: not after a locative, or after the "at" of what is aimed
    ("fired shots at Mendoza"); "in Mendoza" is the town. A lone name the text marks as a
    person's (``_marked_persons``) is that person after any word but "in" ("fired near
    Flores and the boys")."""
    marked = tok.lower_ in _marked_persons(tok.doc) or _with_own(tok)
    if marked and not _a_place_too(tok):
        return not (locative(tok) and tok.head.lower_ == "in")
    return tok.lower_ in _person_words(tok.doc) and (
        not locative(tok) or tok.head.lower_ == "at"
    )


_MAX_AGE = 120
OWN_PRONOUNS = frozenset({"her", "his"})  # one with his or her own people: a person


def _marked_persons(doc: Doc) -> frozenset[str]:
    """Lone names the text marks as a person's: an age told after it ("Torres, 34, had
    argued") or his or her own beside it ("Flores and her two sons"), as local news writes a
    victim's or a suspect's surname, which the gazetteer may know as a town (computed once per
    text)."""
    marked: frozenset[str] | None = doc.user_data.get(_MARKED_PERSONS)
    if marked is None:
        marked = frozenset(
            t.lower_
            for t in doc
            if t.pos_ == "PROPN"
            and t.is_title
            and (_aged(t) or _with_own(t))
            and not _a_place_too(t)
        )
        doc.user_data[_MARKED_PERSONS] = marked
    return marked


def _a_place_too(tok: Token) -> bool:
    """A name that stays a place however it is written: a place of 100,000 people or more,
    which the press personifies ("Sindh and her farmers", "Houston"), or one described as a
    place ("Rivera, a town 20 km from the border")."""
    place = places.resolve(tok.text)
    return (place is not None and place.population >= BIG_TOWN) or any(
        c.dep_ == "appos" and c.lower_ in _area_words() for c in tok.children
    )


def _aged(tok: Token) -> bool:
    return any(
        c.dep_ == "appos" and c.text.isdigit() and 0 < int(c.text) < _MAX_AGE
        for c in tok.children
    )


def _with_own(tok: Token) -> bool:
    return any(
        c.dep_ == "conj" and any(g.dep_ == "poss" and g.lower_ in OWN_PRONOUNS for g in c.children)
        for c in tok.children
    )


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the full names of people in a parsed text (computed once per text)."""
    words: frozenset[str] | None = doc.user_data.get(_PERSON_WORDS)
    if words is None:
        words = _full_names(doc)
        doc.user_data[_PERSON_WORDS] = words
    return words


def _full_names(doc: Doc) -> frozenset[str]:
    """The words of the people's full names, not of a town NER took for one ("Banda Aceh")."""
    return frozenset(
        t.lower_
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and not places.candidates(ent.text)
        for t in ent
    )


def share_person_words(docs: Iterable[Doc]) -> None:
    """Each parsed part of one report learns the full names every part gives: "Ana Ruiz was
    shot" in one paragraph, "fired at Ruiz" in the next."""
    share_across_parts(docs, _PERSON_WORDS, _full_names)


def a_source(root: Token) -> bool:
    """A name that speaks ("according to Ames", "Ames said"): a source, not where it happened
    (NER takes many surnames for towns); or the one a speaker tells ("told Ames", "speaking
    to the Kashmir Monitor"): a listener, a person or an outlet, never a scene."""
    if root.dep_ == "appos":
        root = root.head  # "said relief office official Tamsin"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to":
        said = head.head.lemma_.lower()
        return head.head.lower_ == "according" or said in cues().speaking_to
    if root.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in cues().telling
    # "Sindh reported two attacks": a land that records figures holds them, it does not speak
    return root.dep_ == "nsubj" and head.lemma_.lower() in cues().attributing and (
        not place_records(head)
    )
