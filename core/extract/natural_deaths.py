"""A death told as of natural causes ("a man died of natural causes in his cell", "died of
old age"): no harm the news counts, whoever died. Only the phrases that name the cause as
natural: a death of a disease is an outbreak's toll, and a kin's illness is read apart
(``related_victims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

NATURAL_DEATHS = word_set("measures", "natural_death_causes")
# "the family disputed the account that he died of natural causes": a cause the text contests
CONTESTING_WORDS = word_set("measures", "contested_cause_words")
DYING_VERBS = frozenset({"die", "pass", "succumb"})  # the verbs a natural death is told by
CAUSE_PREPOSITIONS = frozenset({"of", "from"})


def natural_death(verb: Token) -> bool:
    """ "died of natural causes", "passed away from old age": the cause after the verb's
    preposition, its words but the article, is a natural one."""
    if verb.lemma_.lower() not in DYING_VERBS:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS]
    preps += [p for c in verb.children if c.dep_ == "prt"  # "passed away of"
              for p in c.children if p.dep_ == "prep" and p.lower_ in CAUSE_PREPOSITIONS]
    for prep in preps:
        for cause in (c for c in prep.children if c.dep_ == "pobj"):
            words = " ".join(t.lower_ for t in cause.subtree if t.dep_ not in ("det", "poss"))
            if words in NATURAL_DEATHS:
                return not _contested(verb)  # the costly walk only once a cause is found
    return False


def _contested(verb: Token) -> bool:
    """The natural cause is one side's word the sentence disputes: a clause under a verb or
    noun of dispute ("disputed the account that ...", "denied claims that ..."), or one a
    "but" sets a harm against ("officials said two detainees died of natural causes, but
    rights groups said they were tortured")."""
    if any(a.lemma_.lower() in CONTESTING_WORDS for a in verb.ancestors):
        return True
    said = verb.head if verb.dep_ == "ccomp" else verb
    return any(
        c.dep_ == "cc" and c.lower_ == "but" for c in said.children
    ) and any(
        t.i > verb.i and t.lemma_.lower() in lexicon().verbs and t.lemma_.lower() not in DYING_VERBS
        and t.pos_ == "VERB" and t.sent == verb.sent
        for t in said.subtree
    )
