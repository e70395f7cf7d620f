"""A land that records or reports figures holds them; it does not speak for them (issue #11,
attribution and place): "the country recorded more than 700 attacks", "Balochistan registered
14 deaths", "Punjab reported 14 deaths in such attacks", "Kupwara reported five of these
incidents". A body is still the source ("The health ministry reported", "The Nation reported",
"Chicago Police reporting 3,165 shootings"), and so is a capital reporting figures a name of
their own places ("Kyiv reported 12 attacks in the Donetsk region"). Shared by the readers of
statements, sources and places (``statement_cues``, ``attribution``, ``name_roles``,
``locus_places``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import Cues, cues
from core.extract.incident_words import incident_noun
from core.extract.place_words import body_words
from core.extract.ranked_subjects import ranked_subject
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_LABELS = frozenset({"GPE", "LOC"})
LAND_LEVELS = frozenset({"country", "region", "admin1", "district"})


def place_records(verb: Token) -> bool:
    """ "The country recorded 700 attacks", "Balochistan registered 14 deaths": a place that
    records figures is where they happened, not who reports them."""
    c = cues()
    if verb.lemma_.lower() not in c.locus_verbs:
        return False
    if reported_elsewhere(verb):
        return False  # "Kyiv reported 12 attacks in the Donetsk region": its government
    # "Tarn recorded the most deaths": an area ranked among the others, whatever its name
    return ranked_subject(verb) or any(s.dep_ == "nsubj" and _a_land(s, c) for s in verb.children)


_REPORT = "report"


def _a_land(subject: Token, c: Cues) -> bool:
    """ "the country", "the province", "the northeast", "Pakistan", "Balochistan", "Mindanao"
    (which the tagger may call an organisation or a person): a place that holds figures, not
    a body that reports them."""
    if subject.ent_type_ in PLACE_LABELS or (
        # "The Nation reported": a newspaper's name, not "the nation"
        subject.lemma_.lower() in c.locus_nouns and not (
            subject.head.lemma_.lower() == _REPORT and subject.text[:1].isupper()
        )
    ):
        return True
    if subject.lower_ in places.compass_words() and subject.pos_ == "NOUN":
        return True  # "the northeast recorded 40 attacks": a part of the country
    # "Bannu recorded 9 attacks": a name opening the sentence the tagger took for a noun
    opening_name = subject.pos_ == "NOUN" and subject.is_sent_start and subject.is_title
    if not (subject.pos_ == "PROPN" or opening_name) or any(
        ch.dep_ == "amod" for ch in subject.children
    ):
        return False
    # a name of two words the tagger may call a person ("Khyber Pakhtunkhwa"), whole
    names = [ch for ch in subject.lefts if ch.dep_ == "compound"]
    if any(ch.pos_ != "PROPN" for ch in names):
        return False
    if subject.ent_type_ == "PERSON" and not names and not _counts_incidents(subject.head):
        return False  # "Tarn registered 12 cases": a one-word name may be a person's
    if subject.lower_ in body_words():
        return False  # "Chicago Police reporting 3,165 shootings": the force, not the town
    name = subject.doc[names[0].i : subject.i + 1].text if names else subject.text
    # a town holds incidents too: "Kupwara reported five of these incidents"
    levels = LAND_LEVELS | {"city"} if _counts_incidents(subject.head) else LAND_LEVELS
    return any(p.level in levels for p in places.candidates(name))


def _counts_incidents(verb: Token) -> bool:
    """ "Tarn recorded 74 attacks and 96 deaths": the verb counts incidents or deaths, which
    a place holds; a name the tagger calls a person that "registered 12 cases" may be one."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "Tarn reported five of these incidents": the part's whole
    wholes = [o for c in objects for p in c.children if p.lower_ == "of" for o in p.children]
    return any(incident_noun(c) for c in [*objects, *wholes])


_PLACE_PREPOSITIONS = frozenset({"in", "across", "near"})


def reported_elsewhere(verb: Token) -> bool:
    """A verb of reporting whose figures a name of their own places ("reported 12 attacks in
    the Donetsk region"): its subject speaks for them, it does not hold them."""
    return verb.lemma_.lower() == _REPORT and any(
        t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS and t.ent_type_ in PLACE_LABELS
        for t in verb.subtree if t.i > verb.i
    )
