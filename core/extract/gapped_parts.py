"""Parts of a breakdown whose copula is said once: "of whom 1,601 were men, 219 women and 57
of unknown sex", "of the dead, 40 were soldiers, 12 police officers". The later parts stand as
conjuncts of the first part's complement, the verb and their own subject left out; each is a
part of the same whole, read as the first part was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.extract.measures import Reading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ReadPart = Callable[["Token", "Span", int], "Reading | None"]
COPULA = "be"
# the readings of a part of a whole ("subset", "part_of:victims<killed") a gapped part takes
PART_RULES = ("subset", "part_of", "ellipsis<subset", "ellipsis<part_of")
HARMS = frozenset({"killed", "injured", "arrested", "kidnapped"})
RULE = "gapped_part"


def gapped_part(num: Token, read: ReadPart, depth: int) -> Reading | None:
    """The reading of the first part of a breakdown whose copula the figure's part leaves
    out (see the module), when that part is read as a part of a whole of people harmed."""
    counted = num.head if num.dep_ == "nummod" else num
    first = counted
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if first is counted or first.dep_ != "attr" or first.head.lemma_.lower() != COPULA:
        return None
    subject = next(
        (c for c in first.head.children if c.dep_ == "nsubj" and c.like_num and c.i < first.i),
        None,
    )
    if subject is None:
        return None
    part = read(subject, subject.doc[subject.i : subject.i + 1], depth + 1)
    if part is None or part.measure not in HARMS or not part.rule.startswith(PART_RULES):
        return None
    return Reading(measure=part.measure, noun=counted, anchor=part.anchor,
                   rule=f"{RULE}<{part.rule}", total_of=part.total_of)
