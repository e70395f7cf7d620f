"""A sentence that only says where the report's incident happened ("The blast occurred near
Pusnar village", "The incident took place in the Domel area"): South Asian copy often gives the
figures with the district ("killed in Bijapur district") and the village in a sentence of its
own. ``scene_verb`` finds the saying; the place it names refines the scene the lead gives the
figures (``core.extract.incident_scene``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.business_venues import a_firms_venue
from core.extract.nlp import lowered_as, of_part
from core.extract.place_words import LOCATIVE_PREPS, a_scene, lexicon_places
from core.extract.tree_distance import nearest
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# words of another, earlier incident told beside the report's ("a similar blast occurred")
_RECALLING = frozenset({"similar", "earlier", "last", "previous", "ago", "another", "also"})
# the particle or object that makes a verb of the saying: "broke out", "opened fire", "went
# off", "carried out", "took place"
_PARTICLES = {
    "break": "out", "open": "fire", "go": "off", "carry": "out", "take": "place", "blow": "up",
}


@dataclass(frozen=True, slots=True)
class _Sayings:
    happening: frozenset[str]
    subjects: frozenset[str]
    doing: frozenset[str]
    attackers: frozenset[str]
    attacks: frozenset[str]
    weapons: frozenset[str]
    weapon_verbs: frozenset[str]
    fights: frozenset[str]


@functools.cache
def _sayings() -> _Sayings:
    raw = load_rules("places")
    return _Sayings(
        *(frozenset(str(w) for w in raw[key]) for key in (
            "happening_verbs", "happening_subjects", "doing_verbs", "attacker_nouns",
            "attack_verbs", "weapon_nouns", "weapon_verbs", "fighting_nouns",
        ))
    )


def happening_verbs() -> frozenset[str]:
    """ "happened", "occurred", "broke out": the verbs a report tells a happening with."""
    return _sayings().happening


def doing_verbs() -> frozenset[str]:
    """ "launched", "conducted", "carried out": the verbs an operation is done with."""
    return _sayings().doing


def happening_subjects() -> frozenset[str]:
    """ "landslide", "blast", "fire": what a report says happened (``happening_subjects``)."""
    return _sayings().subjects


def doers_and_weapons() -> frozenset[str]:
    """ "gunmen", "bomber", "shell", "grenade": who did an attack and what went off."""
    return _sayings().attackers | _sayings().weapons


def fighting_nouns() -> frozenset[str]:
    """ "fighting", "violence", "clashes": words of the unrest a report tells."""
    return _sayings().fights


# the words of the saying, for a cheap test before any parse (``core.extract.regions``)
SCENE_WORDS = re.compile(r"\b(?:took place|takes place|occurred|happened)\b")
# the words of a deed that may tell where it was done, with a name after "in", "near" or "at"
_DEED_WORDS = re.compile(
    r"\b(?:erupted|broke out|started|began|(?:was|were) (?:launched|conducted|carried out)"
    r"|stormed|attacked|ambushed|raided|opened fire|landed|went off|exploded|blew (?:\w+ )?up"
    r"|entered|arrived|invaded"
    r"|(?:blast|explosion|bomb|shell|rocket|missile|mortar|ied|device)s? (?:struck|hit))\b",
    re.IGNORECASE,
)
# where a spot is: "at the X market", "on X road"
_SPOT_PREPS = LOCATIVE_PREPS | {"on", "along"}
_NAMED_PLACE = re.compile(r"\b(?:in|near|at) (?:the )?[A-Z]")


def a_written_year(tok: Token) -> bool:
    """ "2019" of "a similar blast in 2019": four digits, a year told beside the incident; not
    a number word of four letters ("nine", "five"), which counts the incident's dead."""
    return len(tok.text) == _YEAR_DIGITS and tok.text.isdigit()


_YEAR_DIGITS = 4


def may_tell_scene(text: str) -> bool:
    """A cheap lexical test: the sentence may say where the incident happened ("the blast
    occurred near X", "militants stormed X", "the blast at the plant in X sent smoke ...")."""
    if SCENE_WORDS.search(text) is not None or _named_incident().search(text) is not None:
        return True
    return _DEED_WORDS.search(text) is not None and _NAMED_PLACE.search(text) is not None


@functools.cache
def _named_incident() -> re.Pattern[str]:
    """The incident named with an article and placed by a name after it ("The blast in
    Carlow", "the shooting at a Harlow bar", "the quake near Bam"): a report that names its
    scene only in a sentence with no figure still says where its figures happened."""
    rules = load_rules("places")
    nouns = sorted({str(w) for w in (*rules["incident_words"], *rules["striking_events"])})
    words = "|".join(re.escape(w) for w in nouns)
    return re.compile(
        rf"\b(?:[Tt]he|an?) (?:[\w-]+ )?(?:{words})s? (?:[\w ]{{0,20}}?)"
        r"(?:in|at|near|outside) (?:the |a |an )?[A-Z]"
    )


def scene_verb(sent: Span) -> Token | None:
    """The verb by which the sentence says where the incident (its subject: "the incident",
    "the blast", "the attack"; those who did it, "militants stormed"; what blew up, "the
    shell landed") happened; None when it speaks of another, earlier one."""
    if _recalls(sent):
        return None
    return next((tok for tok in of_part(sent, "VERB") if _tells_scene(tok)), None)


def _recalls(sent: Span) -> bool:
    """A recalling word or a year in the sentence: read once a sentence, on its document, for
    the verb and the noun that may tell the scene."""
    memo: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault(_RECALLS_MEMO, {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = bool(lowered_as(sent, _recalling))
    return memo[key]


_RECALLS_MEMO = "claimdesk_scene_recalls"


def _recalling(lower: str) -> bool:
    """A recalling word, or a year's four digits (``a_written_year``: digits have no case)."""
    return lower in _RECALLING or (len(lower) == _YEAR_DIGITS and lower.isdigit())


def scene_noun(sent: Span) -> Token | None:
    """ "The clash at X union left 40 injured", "The blast in Y was the third this month": the
    subject names the report's incident (definite) with where it happened; None when the
    sentence speaks of another, earlier one."""
    if _recalls(sent):
        return None
    sayings = _sayings()
    words = lexicon_places().incident_words | sayings.subjects | sayings.fights
    return next(
        (
            tok for tok in of_part(sent, "NOUN")
            if tok.dep_ == "nsubj"
            and tok.lemma_.lower() in words
            and _definite(tok)
            and any(c.dep_ == "prep" and c.lower_ in SCENE_PREPS for c in tok.children)
        ),
        None,
    )


# where a happening is: "the clash at X", "a base in Y", "near Z"
SCENE_PREPS = frozenset({"in", "at", "near"})


def _tells_scene(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    particle = _PARTICLES.get(lemma)
    if particle is not None and not any(
        c.dep_ in ("prt", "dobj", "prep") and c.lower_ == particle for c in verb.children
    ):
        return False
    sayings = _sayings()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    said = subject.lemma_.lower()
    if lemma == "take" or lemma in sayings.happening:
        return said in lexicon_places().incident_words | sayings.subjects or (
            said in sayings.fights and _definite(subject)  # "the fighting", not "deadly fighting"
        )
    if lemma in sayings.doing:
        return subject.dep_ == "nsubjpass" and said in lexicon_places().incident_words
    if lemma in sayings.attacks and subject.dep_ == "nsubj" and said in sayings.attackers:
        return True
    # "the bomb went off in X", "the explosion struck a mosque in X", "an explosives-laden
    # car blew up": what went off, or what it was laden with
    what = sayings.weapons | lexicon_places().incident_words
    return lemma in sayings.weapon_verbs and (
        said in what or any(
            t.lemma_.lower() in sayings.weapons
            for t in subject.doc[subject.left_edge.i : subject.i]
        )
    )


def attacked(tok: Token) -> bool:
    """ "gunmen attacked the Garissa police station", "militants overran Tarvo": what those who
    did it attacked is the scene, though no locative preposition places it."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "Garissa" of "the Garissa police station"
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _sayings().attacks and _tells_scene(verb)


def _definite(noun: Token) -> bool:
    """ "The gunbattle", "the fighting": the fight the report told of, not another one."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def told_place(verb: Token, found: list[tuple[Token, str]]) -> str | None:
    """The place the saying names: the one nearest its verb, a town or village rather than
    a venue or a street in it."""
    # not "the X mosque"; not a place of another clause ("... began with a murder in X;
    # the next night, gunmen shot two in Y": the beginning was in X)
    towns = [
        (t, (t, name))
        for t, name in found
        if not a_scene(name)
        and not _a_word_of_a_roads_name(t)
        and verb.left_edge.i <= t.i <= verb.right_edge.i
    ]
    town = nearest(verb, towns) if towns else None
    if town is None:
        return None
    spot = named_spot(verb, town[0])
    return f"{spot}, {_without_province(town[1])}" if spot is not None else town[1]


def named_spot(verb: Token, town: Token) -> str | None:
    """ "The blast struck the Kaloo bazaar in Sibi", "the bomb went off at the Qissa Khwani
    market in Peshawar": the named spot in the town the saying tells, the place a checker
    files the incident under with its town; None for an unnamed one ("a market in Sibi")."""
    if not (town.head.dep_ == "prep" and town.head.lower_ in ("in", "of")):
        return None
    held_by = town.head.head
    objects = [*verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children)]
    spots = [
        c for c in objects
        if c.dep_ == "dobj" or (c.dep_ == "pobj" and c.head.lower_ in _SPOT_PREPS)
    ]
    for noun in spots:
        if noun.i >= town.i or held_by.i not in (verb.i, noun.i):
            continue
        name = _spot_name(noun)
        if name is not None:
            return name
    return None


def _spot_name(noun: Token) -> str | None:
    """ "Kaloo bazaar" of "the Kaloo bazaar": a venue noun after the proper name it bears."""
    if noun.lemma_.lower() not in lexicon_places().scene_nouns:
        return None
    doc, first = noun.doc, noun.i
    # "Qissa Khwani market", "Mirali road" (a name the tagger took for an adjective)
    while first > noun.sent.start and _a_name_word(doc[first - 1]):
        first -= 1
    if a_firms_venue(noun, doc[first : noun.i + 1]):
        return None  # "the Kraft Foods plant in X": a firm's works, filed under X
    return doc[first : noun.i + 1].text if first < noun.i else None


def _a_name_word(tok: Token) -> bool:
    return tok.dep_ in ("compound", "amod") and tok.pos_ in ("PROPN", "ADJ") and tok.is_title


def _without_province(name: str) -> str:
    """ "Sibi" of "Sibi, Balochistan province": a spot is filed with its town, not the province
    the sentence describes the town by."""
    head, _, rest = name.partition(",")
    wide = places.resolve(rest) if rest else None
    return head if wide is not None and wide.level in ("admin1", "country") else name


def _a_word_of_a_roads_name(tok: Token) -> bool:
    """ "Chakpi" of "the Chakpi-Saivom road": a road named by the places it joins runs
    between them; the scene is somewhere along it, at neither."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head if tok.dep_ == "compound" else tok
    return head.lower_ in lexicon_places().street_suffixes
