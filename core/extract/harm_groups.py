"""People a report names as a group by what befell them, with the article: "among the
abducted were four customs officials", "among the detained"; and the same participles the
tagger takes for adjectives before the people ("Four of 11 abducted workers freed"). The
participles and their measures live in ``core/rules/measures.json`` ("harm_groups"); "the
dead" and "the injured" are nouns of the lexicon already."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

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
    if word.dep_ != "amod" or word.tag_ != "JJ":
        return None
    return _groups().get(word.lower_)
