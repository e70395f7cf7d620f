"""A figure before two joined modifiers of one noun ("nine cordon and search operations",
"four search and rescue missions"): the parser hangs the figure on the first modifier, a
singular noun, and joins the plural head to it; the figure counts that head."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# the figures that count one: a singular noun after them is no misparse
ONE = frozenset({"one", "1", "a", "an", "single"})
JOINS = frozenset({"and", "or", "&"})


def shared_head(num: Token, noun: Token) -> Token:
    """The plural noun the figure's singular modifier shares ("9 cordon and search
    operations" counts operations); the noun itself otherwise ("two men and three women")."""
    if noun.tag_ != "NN" or num.lower_ in ONE or noun.i != num.i + 1:
        return noun
    for conj in noun.children:
        if conj.dep_ != "conj" or conj.tag_ != "NNS" or conj.i <= noun.i:
            continue
        between = noun.doc[noun.i + 1 : conj.i]
        # only the join and the second modifier stand between: "and search"
        if (
            between
            and between[0].lower_ in JOINS
            and all(t.dep_ in ("compound", "amod", "punct") for t in between[1:])
            and all(t.head.i == conj.i for t in between[1:] if t.dep_ != "punct")
            and len(between) > 1
            and not any(c.dep_ == "nummod" for c in conj.children)
        ):
            return conj
    return noun
