"""Two people the parse read as one: "killing a deputy and bomb technician" hangs "deputy and
bomb" on "technician" as one modifier, the article left to serve both (a headline drops it:
"kills deputy and bomb technician"). A person noun joined so before the head noun of a person
names a person of their own; "a police and fire chaplain" (no person noun before "and") and
"a deputy bomb technician" (no "and") are one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.person_nouns import person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIERS = frozenset({"nmod", "compound", "amod"})  # how the parser hangs the first noun
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PLURAL_VERBS = frozenset({"were", "are", "have"})  # "... technician were killed": two


def titled_pair(noun: Token) -> Token | None:
    """The person noun that, joined by "and" before ``noun`` (a person), names someone else
    ("*deputy* and bomb technician"); None when the words name one person."""
    if not person_noun(noun, first=True) or (noun.dep_ in SUBJECTS and not _plural(noun.head)):
        return None  # "a deputy and bomb technician was killed": one person of two trades
    for mod in noun.lefts:
        joined = [c for c in mod.children if c.dep_ == "conj" and c.i < noun.i]
        anded = any(c.dep_ == "cc" and c.lower_ == "and" for c in mod.children)
        if mod.dep_ in MODIFIERS and joined and anded and person_noun(mod, first=True):
            return mod
    return None


def _plural(verb: Token) -> bool:
    """A verb, or its auxiliary, in the plural."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.lower_ in PLURAL_VERBS or w.tag_ == "VBP" for w in words)


def titled_one(noun: Token) -> bool:
    """ "the sheriff", "the mayor": one person named by their office alone (``person_nouns`` of
    the cues, the titles a source is written with), the definite article their only word."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in cues().person_nouns
        and [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")] == ["the"]
    )
