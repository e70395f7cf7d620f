"""People a report names as a group by what befell them, with the article: "among the
abducted were four customs officials", "among the detained"; and the same participles the
tagger takes for adjectives before the people ("Four of 11 abducted workers freed"). The
participles and their measures live in ``core/rules/measures.json`` ("harm_groups"); "the
dead" and "the injured" are nouns of the lexicon already."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.partitives import HARMS
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


@functools.cache
def _groups() -> dict[str, Measure]:
    groups: dict[str, Measure] = load_rules("measures")["harm_groups"]
    return groups


def harm_group(noun: Token) -> Measure | None:
    """The measure of a participle standing as a noun with its article ("the abducted"), or
    None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    return _groups().get(noun.lower_)


def adjective_participle(word: Token) -> Measure | None:
    """ "11 abducted workers": the measure of a participle tagged as an adjective before the
    counted people, or None."""
    # "the 14 slain rebels": the tagger may take the participle for a noun compound too
    if (word.dep_, word.tag_) not in (("amod", "JJ"), ("compound", "NN")):
        return None
    measure = _groups().get(word.lower_)
    if measure == "killed" and word.head.tag_ in ("NN", "NNP"):
        return None  # "the slain boy, or two other teens": one death no conjunct shares
    return measure


def counted_group(number: Token) -> Measure | None:
    """ "among the 134 dead", "among the 40 injured": a figure standing as the group, the harm
    word that names it right after it (hung on the figure, or on the preposition beside the
    figure by the parser); None for any other word."""
    doc = number.doc
    if number.pos_ != "NUM" or number.i + 1 >= len(doc):
        return None
    word = doc[number.i + 1]
    if word.dep_ not in ("acl", "amod") or word.head.i not in (number.i, number.head.i):
        return None
    measure = lexicon().nouns.get(word.lower_)
    return measure if measure in HARMS else _groups().get(word.lower_)


# the lists of nouns of those an incident kills, beyond the people a count names: the fallen
# ("12 dead militants"), attackers ("two dead gunmen"), anyone ("four deceased individuals")
_CASUALTY_LISTS = ("fallen_nouns", "abductor_nouns", "restating_people")


def casualty_people(noun: Token) -> bool:
    """ "the 4 dead soldiers": a noun of people an incident's toll counts, before which a
    state of death is news of deaths; before a noun of a standing held in life ("2 dead
    presidents honored", "dead poets") it names the long dead, no casualty."""
    lemma = noun.lemma_.lower()
    return people_noun(noun) or any(lemma in word_set("measures", k) for k in _CASUALTY_LISTS)
