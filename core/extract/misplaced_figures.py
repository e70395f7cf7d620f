"""Figures of a headline the parser hung in the wrong place: a verb's object taken for the
verb's number ("Raiders abduct 27, kill four"), and the first of a comma list whose participle
follows the last ("3 policemen, 5 rebels killed in gunfight") left as a loose word."""

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
