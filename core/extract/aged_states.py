"""A person named by age left or found in a state of harm: "the shooting left a 16-year-old
dead", "police found a 22-year-old wounded". The parser makes the state the object's head
("a 16-year-old dead" as one noun phrase, "dead" its noun); the age stands for the person, one
victim in the harm the state names."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.measures import Reading, lexicon
from core.extract.nlp import tagged, word_ids, words_in
from core.extract.stranded_subjects import passive_harm
from core.extract.victim_names import (
    FOUND_PARTICIPLE,
    INDEFINITE,
    SURNAME,
    Found,
    one_victim,
    victim_figure,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

# the state words and the measure each names
_STATES: dict[str, Measure] = {
    "dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured",
}
_AGE_NOUNS = frozenset({"year", "years"})
_NO_PARTS: frozenset[int] = frozenset()


@functools.cache
def _state_ids() -> frozenset[int]:
    """The state words by id: the words of a sentence are read off its ids, a Token built
    only for a state word."""
    return word_ids(_STATES)


@functools.cache
def _clause_ids() -> frozenset[int]:
    return word_ids(["ccomp"])


def aged_state_victims(sent: Span) -> list[Found]:
    """One victim for each "left / found a N-year-old <state>" the parse read as one noun."""
    states = lexicon().state_verbs
    found: list[Found] = []
    for tok in words_in(sent, _state_ids()):
        measure = _STATES.get(tok.lower_)
        verb = tok.head
        if measure is None or tok.dep_ != "dobj" or verb.lemma_.lower() not in states:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        age = next((c for c in tok.children if c.dep_ == "amod" and _age(c)), None)
        if det is None or det.lower_ not in INDEFINITE or age is None or not factual(verb):
            continue
        span = sent.doc[det.i : age.i + 1]
        # read as "left a man dead" is (victim_mentions.FOUND_RULES among them)
        reading = Reading(measure=measure, noun=age, anchor=verb,
                          rule=f"object_victim:indefinite:{verb.lemma_.lower()}")
        found.append(victim_figure(sent, span, 1.0, reading))
    return found


def _age(word: Token) -> bool:
    """ "16-year-old": "old" with its "year"."""
    return word.lower_ == "old" and any(c.lower_ in _AGE_NOUNS for c in word.children)


def found_in_state(sent: Span) -> list[Found]:
    """ "deputies found a 16-year-old boy dead", "found Jon Roe dead", "found a man shot in the
    chest": the parse may make the state a clause of its own ("dead" the complement of
    "found", the person its subject); the person is the object a state verb leaves or finds in
    that harm, read as "found a man dead" is (``victims._object_victim``)."""
    states = lexicon().state_verbs
    found: list[Found] = []
    for tok in tagged(sent, sent.start, pos=_NO_PARTS, deps=_clause_ids()):
        verb = tok.head
        if tok.dep_ != "ccomp" or verb.lemma_.lower() not in states:
            continue
        measure = _state_of(tok)
        if measure is None:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i < verb.i or not factual(verb):
            continue
        one = one_victim(subj, relation=True)
        if one is None or one[1] == SURNAME:
            continue
        told = "" if tok.lower_ in _STATES else FOUND_PARTICIPLE  # "found a man shot"
        reading = Reading(measure=measure, noun=subj, anchor=verb,
                          rule=f"object_victim:{one[1]}:{verb.lemma_.lower()}{told}")
        found.append(victim_figure(sent, one[0], 1.0, reading))
    return found


def _state_of(pred: Token) -> Measure | None:
    """The harm a found person's predicate tells: a state word ("dead"), or a casualty
    participle with no object or auxiliary of its own ("a man shot in the chest": hurt; "shot
    dead": dead; not "a man shot a clerk", "a man had shot ...")."""
    if pred.lower_ in _STATES:
        return _STATES[pred.lower_]
    if pred.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in pred.children
    ):
        return None
    return passive_harm(pred)
