"""Figures the parser hung in the wrong place: a headline verb's object taken for the verb's
number ("Raiders abduct 27, kill four"), the first of a comma list whose participle follows
the last ("3 policemen, 5 rebels killed in gunfight") left as a loose word, and a figure set
after the measure noun it gives the count of ("arrests, 940; abductions, 211")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import intended
from core.extract.measures import Reading, lexicon
from core.extract.nlp import negated
from core.extract.participants import participant
from core.extract.passives import held_people

if TYPE_CHECKING:
    from spacy.tokens import Token

LOOSE_DEPS = frozenset({"dep", "ROOT"})  # a word the parser attached to nothing it reads
LIST_HARMS = frozenset({"killed", "injured", "kidnapped", "arrested"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "arrests, 940": a count, not "the arrest, 2"


def count_hung_on_verb(num: Token) -> Reading | None:
    """ "Raiders abduct 27": a figure after a measure verb, hung on it as its number, is the
    verb's object; None for any other figure."""
    verb = num.head
    if num.dep_ != "nummod" or verb.pos_ != "VERB" or verb.i > num.i:
        return None
    lemma = verb.lemma_.lower()
    measure = lexicon().verbs.get(lemma)
    if measure is None or lemma in lexicon().intransitive or negated(verb) or intended(verb):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"verb:{lemma}:hung_object")


def listed_before(noun: Token | None) -> Reading | None:
    """ "2 soldiers, 7 gunmen killed in clash": people left loose before a comma and the next
    figure's people, whose participle says what befell the list; None otherwise."""
    if noun is None or noun.dep_ not in LOOSE_DEPS or not held_people(noun):
        return None
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    nxt = doc[noun.i + 2]
    if nxt.pos_ != "NUM" or nxt.dep_ != "nummod" or not held_people(nxt.head):
        return None
    said = participant(nxt.head)
    if said is None or said.measure not in LIST_HARMS:
        return None
    said.noun = noun  # the list's own people, no total of the harm
    said.rule += ":listed"
    return said


def set_after_a_measure(num: Token) -> Reading | None:
    """ "... civilians killed, 1,210; arrests, 940; abductions, 211": a bare figure in
    apposition to a measure noun that no numeral counts is that noun's count, whatever the
    items before it counted."""
    noun = num.head
    if num.dep_ != "appos" or noun.i > num.i or any(c.dep_ == "nummod" for c in noun.children):
        return None
    measure = lexicon().nouns.get(noun.lemma_.lower())
    if measure is None or measure == "other" or noun.tag_ not in PLURAL_TAGS:
        return None
    return Reading(measure=measure, noun=noun, anchor=noun, rule=f"set_after:{noun.lemma_}")
