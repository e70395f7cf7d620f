"""The second part of a breakdown told in a clause of its own: "of those hurt, 90 were
officers, while 120 were civilians", "among the dead were 14 guards, and 9 were drivers". The
later clause repeats the copula of the first part and describes its own figure (an attribute
noun) without saying what befell it: it is another part of the same whole, read as the first
part was. The words that join such clauses live in ``core/rules/measures.json``
(``contrast_marks``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.text.numbers import Amount

COPULA = "be"
# the readings of a part of a whole ("part_of:those", "subset", "among:dead") a later part takes
PART_RULES = ("subset", "part_of", "among:", "gapped_part", "ellipsis<subset",
              "ellipsis<part_of", "ellipsis<among:")
# what a part's clause hangs on the first part's: a subordinate clause ("while 30 were ...")
# or a clause joined by "and" or "but"
JOINED = frozenset({"advcl", "conj"})
# a part's clause says who they were: a noun ("were civilians"), never a state ("were stable")
DESCRIBING = frozenset({"attr"})


@functools.cache
def _marks() -> frozenset[str]:
    return word_set("measures", "contrast_marks")


def contrasted_part(
    num: Token, resolved: Sequence[tuple[Amount, Token, Span, Reading]]
) -> Reading | None:
    """The reading of the part before whose clause the figure's clause is joined to (see the
    module): a bare figure, subject of a copula that names what the part were, in a clause
    under the first part's copula (a "while" or "whereas" clause, or one joined by "and")."""
    verb = num.head
    if (
        num.dep_ != "nsubj"
        or num.pos_ != "NUM"
        or verb.lemma_.lower() != COPULA
        or verb.dep_ not in JOINED
        or any(c.dep_ == "prep" for c in num.children)  # "12 of them": a part of its own
        or not any(c.dep_ in DESCRIBING and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    ):
        return None
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if any(m not in _marks() for m in marks) or (verb.dep_ == "advcl" and not marks):
        return None  # "after 30 were ...", "as 12 were ...": no second part
    first = verb.head
    if first.lemma_.lower() != COPULA or first.i > num.i:
        return None
    for _, tok, _, reading in reversed(resolved):
        if _in_clause(tok, first) and reading.rule.startswith(PART_RULES):
            return reading
    return None


def _in_clause(tok: Token, verb: Token) -> bool:
    """The figure is the copula's subject or counts its attribute ("were 14 guards")."""
    if tok.head.i == verb.i:
        return tok.dep_ == "nsubj"
    return tok.dep_ == "nummod" and tok.head.dep_ == "attr" and tok.head.head.i == verb.i
