"""A sentence that says the incident's victim again ("The slain driver was named as ...")
tells no other incident: with no figure and no place of its own, it leaves the place carried
(``sentence_carry.carry``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HARMS = frozenset({"killed", "injured"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@functools.cache
def _victim_words() -> frozenset[str]:
    raw = load_rules("measures")
    return frozenset(str(w) for w in [*raw["retold_victim_words"], *raw["victim_groups"]])


def _a_harm_word(tok: Token) -> bool:
    """ "slain", "wounded", "victim", "dead": a word that says the person came to harm."""
    lex, lemma = lexicon(), tok.lemma_.lower()
    return (
        tok.lower_ in _victim_words()
        or lemma in _victim_words()
        or (tok.tag_ == "VBN" and lex.verbs.get(lemma) in _HARMS)
        or lex.nouns.get(tok.lower_) == "killed"
    )


def retells_a_victim(sent: Span) -> bool:
    """The sentence's subject is a victim said again with the article: "The slain driver",
    "the victims", "The injured"; not "A wounded man" (someone new) nor "Police"."""
    subjects = [t for t in sent.root.children if t.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return False
    return _a_harm_word(subject) or any(
        c.dep_ == "amod" and c.i < subject.i and _a_harm_word(c) for c in subject.children
    )
