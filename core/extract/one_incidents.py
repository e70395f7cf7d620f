"""A sentence that tells one incident: "troops freed nine hostages in a single raid", "an
ambush killed six soldiers". What such a sentence names is the incident's scene and time,
not the area and period a statistics review counts over: a period figure after it ("19
soldiers were killed during the year") does not take its place (``released_places``), and
the incident's month dates the deed done in it (``named_incidents``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.nlp import fine_tagged, word_ids
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "in a raid", "during a single ambush": the words that set a deed inside one incident (not
# "over the shooting", "in connection with the attack": the deed's cause)
WITHIN_PREPS = frozenset({"in", "during"})
_ONE_DEPS = frozenset({"det", "amod", "nummod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def one_incident(noun: Token) -> bool:
    """An incident noun introduced as one incident of its own: "a raid", "a single ambush",
    "one attack"; not "the raid" (one named before), nor "attacks" (many)."""
    return (
        incident_noun(noun)
        and noun.tag_ == "NN"
        and any(c.dep_ in _ONE_DEPS and c.lower_ in _one_words() for c in noun.children)
    )


def done_within(noun: Token, verb: Token) -> bool:
    """The verb tells a deed done inside one incident ("seized 30 rifles during an operation",
    "rescued nine hostages in a single raid"), or is the participle of such a deed ("stormed
    a post in a lone attack, killing six")."""
    prep = noun.head
    doers = {verb.i}
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        doers.add(verb.head.i)
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in WITHIN_PREPS
        and prep.head.i in doers
        and one_incident(noun)
    )


def tells_one_incident(sent: Span) -> bool:
    """The sentence tells one incident: its deed was done inside one ("in a single raid"),
    or one is the subject of a verb ("an ambush killed six")."""
    for tok in fine_tagged(sent, _singular_nouns()):  # one incident's noun is an "NN"
        if not one_incident(tok):
            continue
        if tok.dep_ in _SUBJECTS and tok.head.pos_ in ("VERB", "AUX"):
            return True
        verb = tok.head.head
        if verb.pos_ in ("VERB", "AUX") and done_within(tok, verb):
            return True
    return False


def _one_words() -> frozenset[str]:
    return word_set("dates", "one_incident_words")


@functools.cache
def _singular_nouns() -> frozenset[int]:
    return word_ids(["NN"])
