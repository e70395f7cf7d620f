"""What a toll counts: the measure a toll noun names ("the death toll" the dead, "the number
of attacks" attacks, "the number of people charged" arrests), what a plain noun counts ("the
injured", "persons in custody"), and the casualties an earlier noun names that a later "it"
or "the figure" stands for. ``core.extract.tolls`` reads the figures the tolls move."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.coordination import held as held_measure
from core.extract.held_captives import captors_took
from core.extract.killing_victims import killing_victims
from core.extract.measures import lexicon, people_noun
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

# A toll's figure hangs on these ("rose to 40", "put at 12", "from 374", "climbed past 300")
TOLL_PREPOSITIONS = ("to", "at", "from", "above", "past", "over", "beyond")


def toll_measure(subj: Token) -> Measure | None:
    """What a toll noun counts: "the toll" the dead, "the number of attacks" attacks."""
    lex = lexicon()
    key = subj.lemma_.lower()
    if key not in lex.toll_nouns:
        return None
    # "the death toll", "the city's homicide count", "the arrest tally": a harm noun as the
    # compound names what a bare toll noun counts
    measure = lex.toll_nouns[key] or next((
        lex.nouns[c.lemma_.lower()] for c in subj.children
        if c.dep_ == "compound" and lex.nouns.get(c.lemma_.lower()) is not None
    ), None)
    return measure if measure is not None else _of_complement(subj) or _harm_before(subj)


def _harm_before(subj: Token) -> Measure | None:
    """ "wounded count rises to eight": the harm participle before a toll noun that names
    no measure says what it counts."""
    lex = lexicon()
    return next(
        (
            lex.verbs[c.lemma_.lower()]
            for c in subj.children
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in lex.verbs
        ),
        None,
    )


def _of_complement(subj: Token) -> Measure | None:
    """ "the number of attacks rose to 263": the toll is read from the "of" complement (the
    last one that reads)."""
    measure: Measure | None = None
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                # "the number of persons in custody (PICs) killed": the participle after
                # the people says what befell them, before where they were held
                sub = (
                    _stray_participle(subj, obj)
                    or read_noun(obj)
                    or _participle_of(obj)
                    or _charged(obj)
                    or _held(obj)
                )
                if sub is not None:
                    measure = sub
    return measure


@functools.cache
def _charged_words() -> frozenset[str]:
    words: list[str] = load_rules("measures")["charged_counts"]
    return frozenset(words)


def _charged(noun: Token) -> Measure | None:
    """ "the number of people charged in the shooting": people a toll counts as charged are
    held to answer it, a count of arrests."""
    if not people_noun(noun):
        return None
    charged = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _charged_words()
        for c in noun.children
    )
    return "arrested" if charged else None


def _held(noun: Token) -> Measure | None:
    """ "the number of people held over the attack": people "held" for a deed are arrested."""
    if not people_noun(noun):
        return None
    return next((held_measure(c) for c in noun.children if c.dep_ == "acl"), None)


def _stray_participle(toll: Token, obj: Token) -> Measure | None:
    """ "the number of people detained over the raid rose to six": the parser may hang the
    participle of the counted people on the toll noun itself, right after them."""
    lex = lexicon()
    if not people_noun(obj):
        return None
    return next(
        (
            lex.verbs[c.lemma_.lower()]
            for c in toll.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.i == obj.right_edge.i + 1  # "persons under detention (PUDs) killed"
            and c.lemma_.lower() in lex.verbs
        ),
        None,
    )


def _participle_of(noun: Token) -> Measure | None:
    """ "the number of arrested persons reached 56": the participle before the counted
    people says what befell them, as does a harm word tagged an adjective ("the number of
    wounded troops")."""
    lex = lexicon()
    if not (people_noun(noun) or noun.lemma_.lower() in lex.suspect_nouns):
        return None
    return next(
        (
            lex.verbs.get(c.lemma_.lower()) or lex.nouns[c.lower_]
            for c in noun.children
            if c.dep_ == "amod"
            and (
                (c.tag_ == "VBN" and c.lemma_.lower() in lex.verbs)
                or (c.tag_ == "JJ" and lex.nouns.get(c.lower_) in HARM_MEASURES)
            )
        ),
        None,
    )


HARM_MEASURES = frozenset({"killed", "injured"})  # "wounded troops", "dead soldiers"
# what a toll named before "it" or "the figure" may count: casualties, not events
ANTECEDENT_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})
# the nouns made of a harm that name its casualties as a group ("the dead", "the injured")
HARM_GROUPS = frozenset({"dead", "injured", "wounded", "deceased"})


def bare_toll(noun: Token) -> bool:
    """ "the figure", "the tally", "the number": a toll noun that names no measure of its
    own (no "death" before it, no "of" after it), so an antecedent must say what it counts."""
    lex = lexicon()
    key = noun.lemma_.lower()
    return (
        key in lex.toll_nouns
        and lex.toll_nouns[key] is None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(
            c.dep_ in ("compound", "amod", "nummod")
            # "the figure from the 19": the earlier figure names no measure ("the number of")
            or (c.dep_ == "prep" and c.lower_ not in TOLL_PREPOSITIONS)
            for c in noun.children
        )
    )


def antecedent_harm(noun: Token) -> Measure | None:
    """The casualties a noun names, which a later "it" or "the figure" may stand for: a toll
    that names them ("the death toll", "the number of injured"), casualties counted by a
    plural ("deaths", "casualties"), or a harm made a group ("the dead", "the injured")."""
    lex = lexicon()
    if noun.pos_ not in ("NOUN", "ADJ", "VERB") or bare_toll(noun):
        return None
    key = noun.lemma_.lower()
    if key in lex.toll_nouns:
        measure = toll_measure(noun)
    elif noun.pos_ == "VERB" and key in lex.verbs and _counted_harm(noun):
        measure = lex.verbs[key]  # "left 14 people injured ... updated the figure"
    elif noun.pos_ == "VERB" and captors_took(noun):
        measure = "kidnapped"  # "the gunmen took 16 men ... police put the figure at 14"
    elif noun.tag_ == "NNS" or (noun.lower_ in HARM_GROUPS and _group_word(noun)):
        measure = lex.nouns.get(key) or lex.nouns.get(noun.lower_)
    else:
        return None
    return measure if measure in ANTECEDENT_MEASURES else None


def harm_named_before(tok: Token) -> Token | None:
    """The nearest word before ``tok``, in its sentence or the one before, that names the
    casualties a later "it", "the figure" or a bare "spoke of 50" stands for
    (``antecedent_harm``)."""
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return next((t for t in reversed(doc[start : tok.i]) if antecedent_harm(t) is not None), None)


def _counted_harm(verb: Token) -> bool:
    """A harm told of people counted by a numeral: "left 14 people injured" (the people
    before the participle), "16 passengers abducted", "wounded 9 others"."""
    people = [verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")]
    people += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        p.like_num or any(c.dep_ == "nummod" for c in p.children)
        for p in people
        if p.i != verb.i and p.pos_ in ("NOUN", "NUM")
    )


def _group_word(noun: Token) -> bool:
    """ "the dead", "the injured": a harm word that stands as a noun, with its article."""
    return noun.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") or any(
        c.dep_ == "det" for c in noun.children
    )


HELD_PREPOSITIONS = frozenset({"in", "under"})  # "persons in custody", "under detention"


def opening_plural(noun: Token) -> str | None:
    """The singular of a plural that opens its sentence and that the tagger, by its capital,
    took for a name or left unlemmatised ("Homicides rose to 410", "Arrests totalled 96");
    None for any other."""
    lower = noun.lower_
    if not (noun.is_sent_start and lower.endswith("s")) or not (
        noun.tag_ in ("NNP", "NNPS") or noun.lemma_.lower() == lower
    ):
        return None
    return lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]


def _noun_measure(noun: Token) -> Measure | None:
    """The measure a noun names by itself, as the tagger gave it ("deaths") or as a name at
    a sentence's start ("Homicides rose to 410"), or victims by their deed ("the number of
    kidnap victims", "homicide victims")."""
    lex = lexicon()
    singular = opening_plural(noun) or noun.lower_
    m = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(singular)
    if m is not None:
        return m
    victims = killing_victims(noun)
    return victims.measure if victims is not None else None


def read_noun(noun: Token) -> Measure | None:
    lex = lexicon()
    # "the number of injured": the parser may take the noun for a verb ("injure")
    m = _noun_measure(noun)
    if m is not None:
        return m
    # "persons in custody killed in the riot": what befell them before where they were held
    # (the parser may hang the participle on the place of holding)
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and (said := _clause_measure(child)) is not None:
            return said
        held = [o for o in child.children if child.lower_ in HELD_PREPOSITIONS]
        for g in (g for o in held for g in o.children):
            if g.dep_ == "acl" and g.tag_ == "VBN" and g.lemma_.lower() in lex.verbs:
                return lex.verbs[g.lemma_.lower()]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.lemma_.lower() == "custody":
                    return "arrested"
    return None


def _clause_measure(verb: Token) -> Measure | None:
    """The measure of a clause's verb, or of the verb with the object that makes it an idiom
    ("the number of those who lost their lives", "taken into custody": rules/measures.json
    "idioms")."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs:
        return lex.verbs[lemma]
    idioms = lex.idioms
    for obj in verb.children:
        words = [obj] if obj.dep_ == "dobj" else [o for o in obj.children if obj.dep_ == "prep"]
        for word in words:
            if (m := idioms.get((lemma, word.lemma_.lower()))) is not None:
                return m
    return None
