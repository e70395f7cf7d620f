"""A figure a source estimates for a harm its sentence names without counting it: "it is not
known how many were hurt; the hospital estimates "at least 40 people"", "many were injured,
and the hospital estimated "about 60"" (``rules/measures.json`` estimate_verbs,
uncounted_words)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon, people_noun
from core.extract.nlp import negated
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

_CASUALTIES = frozenset({"killed", "injured"})


@functools.cache
def _estimate_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["estimate_verbs"])


@functools.cache
def _uncounted_words() -> frozenset[str]:
    return frozenset(load_rules("measures")["uncounted_words"])


def estimated(num: Token, noun: Token | None, node: Token) -> Reading | None:
    """The harm of the uncounted people before an estimate verb whose object is the figure
    (``node``: its phrase; ``noun``: what it counts, if any, which must be people)."""
    verb = node.head
    if (
        node.dep_ != "dobj"
        or verb.lemma_.lower() not in _estimate_verbs()
        or (noun is not None and not people_noun(noun))
        or any(c.dep_ == "prep" for c in verb.children if c.i > num.i)  # "put the toll at"
    ):
        return None
    for harm in reversed(list(num.doc[num.sent.start : verb.i])):
        measure = lexicon().verbs.get(harm.lemma_.lower())
        if measure in _CASUALTIES and harm.pos_ == "VERB" and _uncounted(harm):
            # the estimate is the source's: its verb anchors the figure
            return Reading(measure=measure, noun=noun, anchor=verb,
                           rule=f"estimate:{harm.lemma_.lower()}")
    return None


def _uncounted(harm: Token) -> bool:
    """ "how many were hurt", "many were injured", "several people were killed": a harm said
    of people no figure counts."""
    if negated(harm):
        return False
    for subj in harm.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            words = {subj.lemma_.lower(), *(c.lower_ for c in subj.children)}
            return bool(words & _uncounted_words()) and not any(
                c.like_num for c in subj.subtree
            )
    return False
