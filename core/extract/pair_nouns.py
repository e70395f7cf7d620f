"""A noun that names two people in one word, "a couple": what the list readers, the lone
arrests and the parse repair of a couple read as an adverb count as two, and what a number
of them counts ("two couples": four people)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.numbers import Amount

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


def counted_pairs(amount: Amount, num: Token) -> Amount:
    """ "Gunmen abducted two couples", "two of the couples were killed": the number counts
    pairs, so the people are twice it, as "a couple" is two; a vague amount ("dozens of
    couples") keeps its unit, and a noun of groups of no set size ("three families") its own
    figure."""
    noun = num.head if num.dep_ == "nummod" else _pairs_counted_of(num)
    if (
        noun is None
        or noun.tag_ != "NNS"
        or noun.lemma_.lower() not in PAIR_NOUNS
        or amount.qualifier == "vague"
    ):
        return amount
    return dataclasses.replace(
        amount,
        value=amount.value * PAIR,
        low=None if amount.low is None else amount.low * PAIR,
        high=None if amount.high is None else amount.high * PAIR,
        high_value=None if amount.high_value is None else amount.high_value * PAIR,
    )


def _pairs_counted_of(num: Token) -> Token | None:
    """The plural a bare number takes a part of ("two of the couples"): the part is couples,
    as many pairs as the number."""
    return next(
        (o for p in num.children if p.dep_ == "prep" and p.lower_ == "of"
         for o in p.children if o.dep_ == "pobj"),
        None,
    )
