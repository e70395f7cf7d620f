"""The country a report speaks of most: where a figure with no place of its own is, when the
report names no town more often; and a language's name, which NER takes for a place."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.attrs import ENT_TYPE

from core.extract.bombarded_places import a_striker
from core.extract.country_bodies import names_a_body, names_its_force
from core.extract.cues import cues
from core.extract.headline_kickers import kicker_country
from core.extract.measures import lexicon
from core.extract.nlp import Chunk
from core.extract.origin_places import an_origin
from core.extract.person_roles import a_persons_role
from core.extract.place_lists import a_wide_list
from core.extract.place_words import across_a_border
from core.extract.scene_statements import fighting_nouns
from core.extract.word_positions import positions
from core.rules import load_rules
from core.text import places
from core.text.nationalities import peoples_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.cache
def is_language(name: str) -> bool:
    """ "Urdu", "Pashto": a language, not a country of that name; a language without a
    two-letter code that the gazetteer knows as a town or province is the place."""
    import pycountry

    try:
        language = pycountry.languages.get(name=name)
        return language is not None and pycountry.countries.get(name=name) is None and not (
            # "in Maru, where 74 were killed": a small tongue's namesake town or province
            not hasattr(language, "alpha_2") and _a_town_or_province(name)
        )
    except LookupError:
        return False


def _a_town_or_province(name: str) -> bool:
    place = places.lookup(name)
    return place is not None and place.level in ("city", "admin1", "admin2")


def home_country(chunks: Sequence[Chunk]) -> str | None:
    """The country the document speaks of most: where a figure with no place of its own is."""
    return home_country_times(chunks)[0]


def home_country_times(chunks: Sequence[Chunk]) -> tuple[str | None, int]:
    """The country the document speaks of most, as first written, and how often it names it
    as a place. A country named only as the one acting ("Greece's parliament voted") is the
    report's country when no other is named as a place, with a count of 0. A province or
    town of a country the report names speaks of that country too ("Pakistani shells hit
    Kunar" is a report on Afghanistan, whatever Pakistan's army says)."""
    placed: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    held: Counter[str] = Counter()  # the countries of the provinces and towns named
    names: dict[str, str] = {}
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ != "GPE" or _named_as_origin(ent.root) or a_persons_role(ent) or (
                _a_bodys_country(ent, acting, names)  # "Tehrik-i-Taliban Pakistan", "Sudan army"
            ):
                continue  # "Jordan, the brother of a victim, said": a person, no country
            place = _country_spoken(places.lookup(ent.text))
            if place is None or place.level != "country" or _clipped_city(ent):
                held.update(_country_held(ent.text))
                continue
            if across_a_border(ent.root, ent.text) or a_wide_list(ent.root) or a_striker(ent.root):
                continue  # "near the border with Somalia", "spread to X, Y, Z and W"; "Russia
                # attacked Kharkiv", "US strikes on Hodeidah": where it struck, not the striker
            (acting if acts(ent.root) else placed)[place.key] += 1
            # "South Sudan's Unity state": the country's name, not its possessive
            names.setdefault(place.key, re.sub(r"\s*['’]s$", "", ent.text))
    _count_kicker(chunks, placed, names)
    doers = _harming_peoples(chunks)
    _drop_harming_peoples(doers, names, placed + held)
    if not names:
        return None, 0
    # "troops from a neighbour arrived in X": a country the report never names outranks the
    # one it names when more of its provinces and towns are named (its gazetteer name written)
    named_times = max((placed[k] for k in names), default=0)
    for key in held.keys() - names.keys():
        if (country := places.get(key)) is not None:
            names[key] = country.name

    # placed as often: the one that acts less ("Israel said ... in Gaza"); placed never: the
    # one named most; the harm's doers' country no town of which is named ("killed by the
    # Israelis ... the war between Israel and Hamas") below any other named as a place
    def rank(key: str) -> tuple[bool, int, int]:
        acted = acting[key]
        spoken = placed[key] + held[key]
        return (spoken > 0 and not (key in doers and not held[key]), spoken,
                -acted if spoken else acted)

    best = max(names, key=rank)
    # a country never named counts as often as the one it outranked: a town named more often
    # than that is still the report's town
    return names[best], placed[best] if best in placed or best in acting else named_times


def _a_bodys_country(ent: Span, acting: Counter[str], names: dict[str, str]) -> bool:
    """A country named in a body's name, no place: a group's ("Tehrik-i-Taliban Pakistan"),
    fighting anywhere, or its own force's ("Sudan army said 25 were killed"), counted as the
    country acting, as "Greece's parliament voted" is: the report's country when it places
    no other."""
    if not names_a_body(ent):
        return False
    place = places.settled(ent.text)
    if names_its_force(ent) and place is not None and place.level == "country":
        acting[place.key] += 1
        names.setdefault(place.key, ent.text)
    return True


def _country_spoken(place: places.Place | None) -> places.Place | None:
    """The country a report naming ``place`` speaks of: a country, or the one country a
    region lies in ("Gaza", "the West Bank": where reports on Palestine are, written so, as
    the country seldom is); any other place as it is."""
    if place is None or place.level != "region" or len(place.countries) != 1:
        return place
    (country,) = place.countries
    return places.get(country) or place


def _clipped_city(ent: Span) -> bool:
    """ "GAZA" of "GAZA CITY (Reuters)", "Kuwait" of "Kuwait City": a country's name the
    recogniser cut from the name of a town that bears it, the word after it capitalised."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end].text[:1].isupper():
        return False
    town = places.lookup(f"{ent.text} {doc[ent.end].text}")
    return town is not None and town.level == "city"


def _drop_harming_peoples(doers: set[str], names: dict[str, str], spoken: Counter[str]) -> None:
    """ "killed by Israeli fire ... Israel said": the country of the harm's doers, which
    the report never names as a place (``spoken``), is no clue to where it happened."""
    for key in doers:
        if not spoken[key]:
            names.pop(key, None)


_PEOPLES = "NORP"  # the recogniser's label of a people's name ("Israeli", "the Russians")


def _harming_peoples(chunks: Sequence[Chunk]) -> set[str]:
    """The countries whose people the report names as doing its harm: "killed by the
    Israelis", "shot dead by Indian troops", "Russian shelling killed two"."""
    out: set[str] = set()
    for chunk in chunks:
        for at in positions(chunk.doc, ENT_TYPE, (_PEOPLES,)):
            tok = chunk.doc[at]
            if not _a_harms_doer(tok):
                continue
            country = peoples_country(tok.lower_)
            if country is not None:
                out.add(country.key)
    return out


def not_the_doers_country(anchor: Token, carried: str | None) -> str | None:
    """The place carried to the figure at ``anchor``, unless it is the country of the
    people its sentence names as the harm's doers ("two relatives killed by the Israelis",
    "shot by Russian troops"): they did it abroad, in the report's place."""
    country = places.lookup(carried) if carried else None
    if country is None or country.level != "country":
        return carried
    for tok in anchor.sent:
        doers = peoples_country(tok.lower_) if tok.ent_type_ == _PEOPLES else None
        if doers is not None and doers.key == country.key and _a_harms_doer(tok):
            return None
    return carried


def _a_harms_doer(tok: Token) -> bool:
    """The people's word names, or qualifies, the doer of a verb of harm: its subject, or
    the agent of its passive ("by Indian troops", "by Israeli fire")."""
    doer = tok.head if tok.dep_ in ("amod", "compound") else tok
    verb = doer.head
    if doer.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif doer.dep_ != "nsubj":
        return False
    return lexicon().verbs.get(verb.lemma_.lower()) in _HARMS


_HARMS = frozenset({"killed", "injured"})


def _count_kicker(chunks: Sequence[Chunk], placed: Counter[str], names: dict[str, str]) -> None:
    """ "Ruritania: 900 killed in 2030": the headline's kicker, NER's cut, names a place."""
    kicker = kicker_country(chunks)
    if kicker is not None:
        placed[kicker[0]] += 1
        names.setdefault(*kicker)


def _country_held(text: str) -> tuple[str, ...]:
    """The country of a province or town named, when the name is one country's only."""
    held = places.settled(text)
    return (held.country,) if held is not None and held.level != "country" and held.country else ()


@functools.cache
def _acting_verbs() -> frozenset[str]:
    """Verbs whose subject acts or speaks ("Israel said", "Pakistan has accused")."""
    return cues().attributing | frozenset(str(w) for w in load_rules("places")["acting_verbs"])


def acts(root: Token) -> bool:
    """A country named as the one acting ("Israel accused Hamas", "India's strikes",
    "condemned by Pakistan"): a party to the story, not where its
    figures are ("Indonesia lies in a zone" still places them)."""
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _acting_verbs():
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _addressed_verbs():
        return True  # "the EU warning Israel", "urged Pakistan to act": a party addressed
    # "Israel's assault", "India's strikes": whose deed it is ("Pakistan's army said" is
    # still a report on Pakistan)
    return root.dep_ == "poss" and root.head.lemma_.lower() in _deeds()


def a_town_acting(root: Token) -> bool:
    """A town or state ``acts`` found acting, as the subject or the one addressed ("Moscow
    warned", "accused Tel Aviv"): its government. Not the subject of a verb a town's own
    people or records fill ("Kabul continued to reel", "Karachi reported 12 cases"):
    ``town_locus_verbs``, where the figures still are."""
    return root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() not in _town_locus_verbs()


@functools.cache
def _town_locus_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["town_locus_verbs"])


def _named_as_origin(root: Token) -> bool:
    """A country named as where people come from ("refugees, most of them from Bhutan",
    "workers from Nepal", "people fled Myanmar"): their origin, not where the figures are."""
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _origin_verbs()
    return an_origin(root)


# How a place hangs inside the fighting people fled: "fled the fighting in X", "the war of
# X's Y region"
_FLED_LINKS = frozenset({"pobj", "prep", "poss", "compound", "dobj"})


def fled_from(tok: Token) -> bool:
    """A place inside the fighting an origin verb takes ("refugees who fled the heavy
    fighting of Tarnia's Kordo region", "fled the war in Darfur"): where people came from,
    never the area a later "in the region" speaks of. A place fled itself ("inmates fled
    the Tarn prison") is read elsewhere: a break-out's scene, or a country left."""
    through_prep = False
    while tok.dep_ in _FLED_LINKS and tok.head.i != tok.i:
        verb = tok.head
        if tok.dep_ == "dobj":
            return through_prep and _a_fight(tok) and verb.lemma_.lower() in _origin_verbs()
        if tok.dep_ == "prep" and verb.lemma_.lower() in _origin_verbs():
            # "fled the fighting in X", the parser hanging "in X" on the verb
            return tok.lower_ in ("in", "of") and any(
                c.dep_ == "dobj" and _a_fight(c) for c in verb.children
            )
        through_prep = through_prep or tok.dep_ == "prep"
        tok = verb
    return False


def _a_fight(noun: Token) -> bool:
    return noun.lemma_.lower() in _deeds() | fighting_nouns()


@functools.cache
def _origin_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["origin_verbs"])


@functools.cache
def _addressed_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["addressed_verbs"])


@functools.cache
def _deeds() -> frozenset[str]:
    """Nouns of an attack or operation ("assault", "offensive", "strike"), and "war"."""
    return frozenset(str(w) for w in load_rules("places")["incident_words"]) | {"war"}


def of_the_country(province: places.Place, areas: dict[str, str]) -> bool:
    """A province of the country the report names (``areas``: "country"), not a namesake of
    another ("Nigeria's North-west" is no province of Cameroon or South Africa)."""
    named = areas.get("country")
    country = places.lookup(named) if named else None
    return country is None or country.level != "country" or province.country == country.country
