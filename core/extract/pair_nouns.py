"""A noun that names two people in one word, "a couple": what the list readers, the lone
arrests and the parse repair of a couple read as an adverb count as two."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PAIR_NOUNS = frozenset({"couple"})  # one noun, two people
PAIR = 2.0
_INDEFINITE = frozenset({"a", "an", "another"})  # "another couple": two more


def a_pair(noun: Token) -> bool:
    """ "a couple", "an elderly couple": two people after an indefinite article; not "a couple
    of men" (a vague few) nor "the couple" (two told before, maybe)."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    return (
        noun.lemma_.lower() in PAIR_NOUNS
        and det is not None
        and det.lower_ in _INDEFINITE
        and not any(c.lower_ == "of" for c in noun.children)
    )
