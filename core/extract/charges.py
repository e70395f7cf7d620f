"""People charged over the incident are arrested as a checker counts them: "two teenagers have
been charged with murder", "a 19-year-old man was charged with attempted murder",
"prosecutors charged three men with arson". A charge holds the person to answer it, in custody
or on bail after an arrest the report may not tell; a report that tells the arrest counts them
there, once (``charge_counts``: "police arrested two men and charged them", "two were arrested and
one was charged"). Not a charge: a crowd or a bull charging ("police charged the protesters with
batons", "a baton charge"), a price charged, a charge denied or only possible ("no one has been
charged", "could be charged")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import PEOPLE, lexicon
from core.extract.person_nouns import person_noun
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

ARRESTED = "arrested"
# the preposition of the deed or offence charged: "with murder", "in the death", "over the fire"
CHARGE_PREPOSITIONS = frozenset({"with", "in", "over", "for", "after"})
PERSON_ENTITIES = frozenset({"PERSON"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# where the parse hangs the price of a passive ("were charged $50"); not a clause of its own
# ("charged and held on $50,000 bail")
PRICE_ROLES = frozenset({"npadvmod", "attr", "oprd", "nmod", "dative", "nummod", "quantmod"})
AGE_UNITS = frozenset({"year", "month", "week"})  # "a 15-year-old", "a 6-month-old"


@functools.cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(load_rules("measures")["charges"][kind])


def charge_verbs() -> frozenset[str]:
    """The verbs of a charge ("charge"), for a headline's participle ("Teen Charged In ...")."""
    return _words("verbs")


def charged(verb: Token) -> bool:
    """Whether the verb charges people with an offence (see the module): "charge" said of
    people, in the passive or as a participle ("two men were charged", "three men charged in
    the case"), in the active by prosecutors ("prosecutors charged three men") or by the law
    with the deed it names ("police charged three men with robbery"); never with an
    instrument of a crowd charge ("with batons", "lathi-charged")."""
    if verb.lemma_.lower() not in _words("verbs") or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    withs = [o for c in children if c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    if any(_instrument(c) for c in (*children, *withs)):
        return False  # "police baton-charged the protesters", "charged them with batons"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
        verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"  # "three men charged in ..."
    )
    if passive and any(_price(c) for c in children):
        return False  # "two customers were charged $50", "she was charged a fee"
    if passive:
        charged_people = [c for c in children if c.dep_ == "nsubjpass"]
        if verb.dep_ in ("acl", "amod"):
            charged_people.append(verb.head)
        # "of the 20 arrested, 12 were charged", "three of them": a part of people held,
        # read as one (``partitives``)
        parts = any(c.dep_ == "prep" and c.lower_ == "of" for p in (verb, *charged_people)
                    for c in p.children)
        return not parts and any(_person(p) for p in charged_people)
    doer = next((c for c in children if c.dep_ == "nsubj"), None)
    objects = [c for c in children if c.dep_ == "dobj"]
    if doer is None or not any(_person(o) for o in objects):
        return False
    if doer.lemma_.lower() in _words("chargers"):
        return True  # "prosecutors charged three men"
    # "police charged two men with robbery", "... a woman in the crash"; not a crowd charged
    offence = any(
        c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS
        for o in (verb, *objects) for c in o.children
    )
    return offence and doer.lemma_.lower() in _takers()


def _price(tok: Token) -> bool:
    """A price charged: an amount of money or an object the passive keeps ("a fee")."""
    return tok.dep_ == "dobj" or (
        tok.dep_ in PRICE_ROLES and any(t.ent_type_ == "MONEY" for t in tok.subtree)
    )


def _instrument(tok: Token) -> bool:
    """A word of a crowd charge: "baton", "lathi" (or the verb's own prefix, "baton-charged")."""
    return tok.lemma_.lower() in _words("instruments") or tok.lower_ in _words("instruments")


def _person(tok: Token) -> bool:
    """The one charged is a person: a count, a person noun, a name or a pronoun."""
    lex = lexicon()
    word = tok.lemma_.lower()
    return (
        tok.pos_ == "NUM"
        or word in PEOPLE
        or word in lex.people_nouns | lex.suspect_nouns
        or person_noun(tok)
        or tok.ent_type_ in PERSON_ENTITIES
        or tok.lower_ in PRONOUNS
        or _an_age(tok)
    )


def _an_age(tok: Token) -> bool:
    """ "a 15-year-old was charged": the parse makes "old" the subject, "year" its child."""
    return tok.lower_ == "old" and any(c.lemma_.lower() in AGE_UNITS for c in tok.children)


@functools.cache
def _takers() -> frozenset[str]:
    return frozenset(load_rules("measures")["lone_arrests"]["takers"])


def charged_arrest(reading: Reading) -> bool:
    """Whether the reading counts people arrested by a charge (``charged``)."""
    anchor = reading.anchor
    return (
        reading.measure == ARRESTED
        and anchor is not None
        and anchor.lemma_.lower() in _words("verbs")
    )
