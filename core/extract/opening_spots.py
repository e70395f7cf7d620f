"""The places a report's opening names, and the roles in which a place is no spot of its
incident: a dateline's town, where a speaker is, where the hurt were taken, where someone came
from or was arrested, a reference point ("300 km northwest of X", "the border with Y"), a
capital standing for its government ("as Tehran blamed ..."), a body or a person's name, and a
sentence that counts another day or recalls another year (``core.extract.report_scene``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from core.extract.admin_units import an_admin_unit
from core.extract.chunk_texts import span_text
from core.extract.claim_places import place_mentions
from core.extract.cues import cues
from core.extract.incident_scene import a_family_name, first_part
from core.extract.incident_words import incident_noun, told_apart
from core.extract.partitives import counts_a_part
from core.extract.place_roles import county_agency_words
from core.extract.place_words import a_scene, custody, lexicon_places
from core.extract.scene_statements import (
    SCENE_PREPS,
    doers_and_weapons,
    fighting_nouns,
    happening_subjects,
)
from core.extract.scene_words import SceneWords, spot_words
from core.extract.street_names import a_street_name
from core.extract.struck_places import place_kind_nouns
from core.rules import load_rules
from core.text import places
from core.text.dates import date_words
from core.text.written_names import name_spans, written_with

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Claim
    from core.text.dates import Period

WIDE_LEVELS = places.WIDE_LEVELS  # a unit too wide to be the spot
# the clauses a clause holds: their arrests are not the clause's own
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def mentions(
    sent: Span, skip_to: int, home: str | None, text: str = ""
) -> list[tuple[Token, str]]:
    """The sentence's places in text order: the sentence reader's, a venue's town ("the
    Tulsa lounge": Tulsa, or one the gazetteer lacks that the report ``text`` writes as a
    town), and a name after a base, post or village NER read as a body's ("stormed the base
    at X"); a district named whole ("Kalat district")."""
    found = [
        (tok, _venue_town(name) if _a_venue(name) and not a_street_name(name) else name)
        for tok, name in place_mentions(sent, skip_to=skip_to, home=home)
    ]
    seen = {tok.i for tok, _ in found}
    facility = spot_words().facility_nouns
    for tok in sent:
        prep = tok.head
        if (
            tok.i not in seen
            and tok.pos_ == "PROPN"
            and tok.dep_ == "pobj"
            and prep.lower_ in SCENE_PREPS
            and (prep.head.lemma_.lower() in facility or _storms_a_facility(prep.head))
            and tok.ent_type_ not in ("PERSON", "DATE", "NORP")
            and tok.idx >= skip_to
        ):
            found.append((tok, _with_compounds(tok)))
        elif tok.i not in seen and tok.idx >= skip_to and (
            town := _a_venues_town(tok, home, text)
        ):
            found.append((tok, town))
    return [(tok, _with_unit_word(tok, name)) for tok, name in sorted(found, key=lambda f: f[0].i)]


def _a_venues_town(tok: Token, home: str | None, text: str = "") -> str | None:
    """ "at a Joliet distribution warehouse": the known town a venue is named by, where
    NER marked no place, or took the town for a people: then only a town of the report's
    own country ("at the X bus station" of a town abroad named like a tribe is the tribe's)."""
    venue = tok.head
    while venue.dep_ == "compound" and venue.head.i != venue.i:
        venue = venue.head  # "a Joliet distribution warehouse"
    if not (
        tok.dep_ in ("compound", "amod")  # the tagger reads a town before a noun either way
        and tok.pos_ in ("PROPN", "ADJ")
        and tok.is_title
        and venue.pos_ == "NOUN"
        and venue.dep_ == "pobj"
        and venue.head.lower_ in SCENE_PREPS
        and venue.lemma_.lower() in _venue_nouns()
        and venue.lemma_.lower() not in spot_words().town_parts  # "the X neighborhood" is X
        and not a_street_name(tok.doc[tok.i : venue.i].text)  # "a Main Street bar": a street's
    ):
        return None
    name = _with_compounds(tok)
    found = places.resolve(name)
    if found is None and tok.pos_ == "PROPN" and _written_as_a_town(name, text):
        return name  # "at the X checkpoint" ... "X, the capital of Y state"
    if found is None or found.level != "city":
        return None
    if tok.ent_type_ == "NORP" and not _of_the_country(found, home):
        return None  # "at a Kurdish checkpoint": a people's, unless a town of the country
    return name


def _written_as_a_town(name: str, text: str) -> bool:
    """The report writes the name as a town's: "the town of X", "X city", "X, the
    provincial capital"."""
    if not text:
        return False
    return _writings(name, text)[1] or written_with(
        text, name_spans(text, name, fold=False), after=_unit_contexts().appositive
    )


def _of_the_country(found: places.Place, home: str | None) -> bool:
    """The town lies in the country of the report's home."""
    held = places.resolve(home) if home else None
    return held is not None and held.country == found.country


def _with_compounds(tok: Token) -> str:
    """ "Grand Island" of "Island": the name with the compound words before it."""
    first = min((c.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
    return tok.doc[first : tok.i + 1].text


@functools.cache
def _venue_nouns() -> frozenset[str]:
    """The nouns of a venue a town's name may stand before: a facility or a scene noun."""
    return spot_words().facility_nouns | lexicon_places().scene_nouns


def _storms_a_facility(verb: Token) -> bool:
    """ "stormed the base at X": the parser hangs the place on the verb, not the base."""
    facility = spot_words().facility_nouns
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in facility for c in verb.children
    )


def _a_venue(name: str) -> bool:
    """ "the Tulsa lounge", "Raymond Road": a venue or street, not a part of a town ("the
    Old Orchard neighborhood", "Dosan area")."""
    return a_scene(name) and name.rsplit(maxsplit=1)[-1].lower() not in spot_words().town_parts


def _with_unit_word(tok: Token, name: str) -> str:
    """ "Kalat" of "in Kalat district": the district, named whole, not its namesake town."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    # "in X town, Y": the comma after the unit is no part of its name
    if "," in name or nxt is None or not nxt.is_alpha or not an_admin_unit(f"{name} {nxt.text}"):
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


def where_arrests_were(tok: Token, offset: int, claims: Sequence[Claim]) -> bool:
    """ "three facilitators held in X": the clause of the place counts an arrest (not a
    clause it holds: "the toll in X rose to 13, and police said they held 21")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _said_of(tok, verb):
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


def _said_of(tok: Token, verb: Token) -> bool:
    """The place's preposition hangs on the verb ("held in X") or on those it counts ("three
    men from X"), not on a noun of another happening ("detained 11 over a bombing in X")."""
    prep = _preposition_before(tok)
    if prep is None:
        return True
    held = prep.head
    return held.i == verb.i or held.pos_ in ("VERB", "AUX") or held.dep_ in ("dobj", "nsubjpass")


def _preposition_before(tok: Token) -> Token | None:
    """The preposition the place (or the name it is a word of) hangs on; for "in the city of
    X", "near the town of Y", the one before the description."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in (
        spot_words().place_nouns
    ):
        noun = prep.head
        prep = noun.head if noun.dep_ == "pobj" else None
    return prep


def a_persons_name(name: str, text: str) -> bool:
    """ "Ann Vance" beside "Tom Vance": a first and a family name NER took for a place;
    a one-word town a man is named after ("Musa Bello Garimpo") is still the town."""
    return (
        len(name.split(",", 1)[0].split()) > 1
        and places.resolve(name) is None
        and a_family_name(name, text)
    )


def where_placed(tok: Token) -> bool:
    """ "in the city of X", "at X": the place is where something is, not a word before a noun
    ("the X bridge collapse")."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the city of X"
    return prep is not None and prep.lower_ in ("in", "at", "near", "inside", "outside")


def of_another_time(
    sent: Span, offset: int, claims: Sequence[Claim], incident: Period, *, lead: bool
) -> bool:
    """The sentence recalls a year or an earlier time, or (past the lead, which tells the
    incident whatever day its figures count to: "the toll from Tuesday's bomb in X rose to
    14 on Wednesday") counts a figure of another day or names another day."""
    words = spot_words()
    if recalls_another_time(sent):
        return True
    if lead or any(t.pos_ == "NOUN" and _a_remains_noun(t, words) for t in sent):
        return False  # "pulled two bodies from the ruins in X late Tuesday": the same scene
    start, end = offset + sent.start_char, offset + sent.end_char
    day = incident.start.weekday() if incident.start else None
    # "died on Friday in X" in a report of Thursday's shooting, not "said on Friday"
    return any(start <= c.start < end and _of_another_day(c, incident) for c in claims) or any(
        _a_weekday(t) not in (None, day) and not _a_day_said(t) for t in sent
    )


def recalls_another_time(sent: Span) -> bool:
    """The sentence writes a year or recalls an earlier time ("last year", "in a similar
    attack")."""
    words = spot_words()
    text = span_text(sent)
    if _YEAR.search(text) is not None or any(t.lower_ in words.recalling for t in sent):
        return True
    low = text.lower()
    return any(p in low for p in words.recalling_phrases)


def set_on_the_day(tok: Token, incident: Period) -> bool:
    """ "One of those wounded in the attack late on Saturday in X died on Sunday": a place
    hung on the verb whose phrase names the incident's weekday, and no other day, is where
    the incident happened, whatever later day the rest of its sentence counts."""
    day = incident.start.weekday() if incident.start else None
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if day is None or verb is None:
        return False
    days = {d for t in verb.subtree if (d := _a_weekday(t)) is not None}
    return days == {day}


def _of_another_day(claim: Claim, incident: Period) -> bool:
    """A figure of another day than the incident's; not a figure of something else ("some
    400 workers were on the night shift") dated only by the sentences before it."""
    if claim.date_start is None or claim.date_start == incident.start:
        return False
    return claim.measure != "other" or (
        claim.date_text is not None and claim.date_text in claim.sentence
    )


def _a_remains_noun(tok: Token, words: SceneWords) -> bool:
    return tok.lower_ in words.remains_nouns or tok.lemma_.lower() in words.remains_nouns


def _a_weekday(tok: Token) -> int | None:
    """The weekday a full name ("Friday", not "Fri") gives: 0 for Monday."""
    word = tok.lower_
    return date_words().weekdays.get(word) if word.endswith("day") else None


def _a_day_said(day: Token) -> bool:
    """ "said on Friday", "told reporters Friday": the day of the saying."""
    verb = next((a for a in day.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lower_ in _said_verbs()


@functools.cache
def _said_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["said_in_verbs"])


def of_the_incident(
    sent: Span, offset: int, claims: Sequence[Claim], incident: Period
) -> bool:
    """The sentence counts a figure of the incident's day or names a happening ("a shooting
    at a lounge", "gunmen stormed the base"), not only who governs or speaks."""
    start, end = offset + sent.start_char, offset + sent.end_char
    if any(start <= c.start < end and c.date_start == incident.start for c in claims):
        return True
    words = _happening_words()
    return any(t.lemma_.lower() in words or t.lower_ in words or incident_noun(t) for t in sent)


@functools.cache
def _happening_words() -> frozenset[str]:
    """What names a happening: an incident's, a mishap's or a fight's word, a doer or weapon."""
    return (
        lexicon_places().incident_words | happening_subjects() | fighting_nouns()
        | doers_and_weapons() | cues().attack_nouns  # "the abduction took place in X"
    )


def a_spot(tok: Token, name: str, bureaus: frozenset[str]) -> bool:
    """The place named is where the incident happened, narrower than a province: a town or
    village, not a venue or street in it, and not the bureau's."""
    if name.split(",", 1)[0] in bureaus or tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # the bureau's town; a capital standing for its government
    named = any(ch.isupper() for ch in name.split(maxsplit=1)[0])  # "al-Bab", not "the north"
    if not named or _a_venue(name) or _in_custody(tok) or _an_acronym(name):
        return False
    if _a_landforms_name(tok, name):
        return False  # "near the Sutlej embankment": the river's, which NER cut off
    last = name.rsplit(maxsplit=1)[-1].lower()
    if last in lexicon_places().not_places or last in county_agency_words():
        return False  # "the County Coroner", "X County Sheriff": a body
    if " and " in name:  # places joined: no one spot
        return False
    if name.lower() in place_kind_nouns():
        return False  # "the Valley", "the Island": a region's nickname
    # "X, Y region": the first part is the spot the unit holds (which the gazetteer, not
    # knowing X, reads as the region)
    found = named_place(first_part(name))
    if found is not None and found.level in WIDE_LEVELS and not _written_as_town(tok):
        return False  # a province; not "the city of X", a province's namesake capital
    return not another_role(tok)


def _a_landforms_name(tok: Token, name: str) -> bool:
    """ "came under fire near the Sutlej embankment", "active in the Marwat hills": a name
    the gazetteer does not know, written with the noun of a river, its bank or a landform
    or cut off the one it stands before, names that landform, not a town ("the Baidoa
    checkpoint" is the town's)."""
    if places.resolve(name) is not None:
        return False
    noun = tok.head
    return name.rsplit(maxsplit=1)[-1].lower() in _landform_nouns() or (
        tok.dep_ == "compound"
        and noun.pos_ == "NOUN"
        and noun.i == tok.i + 1
        and noun.lower_ in _landform_nouns()
    )


@functools.cache
def _landform_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["landform_nouns"])


def _an_acronym(name: str) -> bool:
    """ "CPDRC": a body's or a building's initials, which the gazetteer does not know."""
    return name.isupper() and places.resolve(name) is None


def _in_custody(tok: Token) -> bool:
    """ "was taken into custody at a flat in X", "arrested a man in Y": where someone was
    held after the incident, not where it happened ("detained 11 over a bombing in Z" is)."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    return (
        verb is not None
        and _said_of(tok, verb)
        and (
            custody(verb) == "arrested"
            or any(c.lemma_.lower() == "custody" for c in verb.subtree)
        )
    )


def _written_as_town(tok: Token) -> bool:
    """ "the southeastern city of X", "X city": a town, whatever province shares its name."""
    head = tok.head
    towns = spot_words().town_nouns
    if tok.lower_ in towns:
        return True  # the sentence reader's token of "the city of X" is "city"
    if head.lower_ == "of" and head.head.lemma_.lower() in towns:
        return True
    return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in towns


def another_role(tok: Token) -> bool:
    """The place is named as a reference point, an origin, or where the hurt were cared for:
    "300 km northwest of X", "the border with Y", "flown to Z", "a hospital in W"."""
    words = spot_words()
    prep = _preposition_before(tok)
    if prep is None:
        return False
    if prep.lower_ in words.not_scene_preps:
        return True
    held_by = prep.head
    lemma = held_by.lemma_.lower()
    if _of_a_reference(prep):
        return True
    return lemma in words.care_nouns or (held_by.pos_ == "VERB" and lemma in words.care_verbs)


def a_reference_point(tok: Token) -> bool:
    """ "25 km northwest of X", "the outskirts of Y": the place says where the scene lies
    from it, not that it happened there."""
    prep = _preposition_before(tok)
    return prep is not None and _of_a_reference(prep)


def _of_a_reference(prep: Token) -> bool:
    heads = spot_words().reference_heads
    held_by = prep.head  # "outskirts", whose lemma the tagger may cut to "outskirt"
    return prep.lower_ == "of" and (held_by.lemma_.lower() in heads or held_by.lower_ in heads)


def a_region(where: str) -> bool:
    """ "central Mali", "southwestern Niger": a side of a country or province."""
    side, _, rest = where.partition(" ")
    wide = places.resolve(rest) if rest and side.islower() else None
    sides = places.compass_words()
    return wide is not None and wide.level in WIDE_LEVELS and (
        side in sides or side.removesuffix("ern") in sides  # "southwestern"
    )


def written_wide(where: str, text: str, sentence: str = "") -> bool:
    """The report writes the place as a province or state ("the province of X", "X state"):
    the figure's own sentence says which, else the report, when it never writes a town of
    that name ("the city of X"): a province and its capital share many names."""
    head = first_part(where)
    if head.rsplit(maxsplit=1)[-1].lower() in spot_words().wide_units:
        return True
    for said in (sentence, text):
        wide, town = _writings(head, said)
        if wide:
            return not town
        if town:
            return False
    return False


@functools.lru_cache(maxsize=512)  # a report asks of the same names many times
def _writings(name: str, said: str) -> tuple[bool, bool]:
    """Whether the text writes the name as a unit ("the province of X", "X state") and as a
    town ("the city of X", "X city")."""
    spans = name_spans(said, name, fold=True)
    words = _unit_contexts()
    return (
        written_with(said, spans, words.unit_of, words.unit_after),
        written_with(said, spans, words.town_of, words.town_after),
    )


class _UnitContexts(NamedTuple):
    """The words around a name that write it as a unit or a town, each a pattern compiled
    once (``written_names``: a pattern with the name inside was compiled for each name)."""

    unit_of: re.Pattern[str]  # "the province of " before it
    unit_after: re.Pattern[str]  # ", state", " regional" after it
    town_of: re.Pattern[str]  # "the city of "
    town_after: re.Pattern[str]  # " city"
    appositive: re.Pattern[str]  # ", the provincial capital" (case as written)


@functools.cache
def _unit_contexts() -> _UnitContexts:
    words = spot_words()
    units, towns = "|".join(words.wide_units), "|".join(words.town_nouns)
    # "the X regional police commander": the unit's officials named by it; not "the X
    # Regional Hospital", which stands in a town
    adjectives, care = "|".join(words.wide_unit_adjectives), "|".join(words.care_nouns)
    appositives = "|".join(words.town_appositives)
    return _UnitContexts(
        re.compile(rf"\b(?:{units}) of \Z", re.IGNORECASE),
        re.compile(rf",? (?:{units})\b| (?:{adjectives})\b(?! (?:{care}))", re.IGNORECASE),
        re.compile(rf"\b(?:{towns}) of \Z", re.IGNORECASE),
        re.compile(rf" (?:{towns})\b", re.IGNORECASE),
        re.compile(rf", (?:the|a) (?:[a-z]+ )?(?:{appositives})\b"),
    )


def named_place(text: str) -> places.Place | None:
    """The place a name is, as the gazetteer reads it; not a country or province it guessed
    from a word of an unknown name ("Garfield Ridge" read as the country of its namesakes)."""
    found = places.resolve(text)
    if found is None or found.level not in WIDE_LEVELS or len(text.split()) < 2:
        return found  # "KP", "J&K": a province's short name
    if any(p.key == found.key for p in places.candidates(text)):
        return found  # "Lower Shabelle": a whole name the gazetteer spells otherwise
    words = set(places.normalise(text).split())
    return found if words & set(places.normalise(found.name).split()) else None


def tells_the_incident(
    sent: Span,
    offset: int,
    claims: Sequence[Claim],
    incident: Period,
    *,
    lead: bool,
    parts: Sequence[Claim],
) -> bool:
    """A sentence that tells the incident: not of another time, not set apart ("in a separate
    attack"), no part of a breakdown by place ("... killing 31. Fourteen died in X
    district ... eleven in Y": a part's place)."""
    return (
        not of_another_time(sent, offset, claims, incident, lead=lead)
        and of_the_incident(sent, offset, claims, incident)
        and not told_apart(span_text(sent))
        and not _tells_a_part(sent, offset, parts)
        and not counts_a_part(sent)  # "Nine of them were killed in X camp"
    )


def _tells_a_part(sent: Span, offset: int, parts: Sequence[Claim]) -> bool:
    """The sentence counts a part of a breakdown by place (``told_scenes.breakdown_parts``)."""
    start, end = offset + sent.start_char, offset + sent.end_char
    return any(start <= c.start < end for c in parts)
