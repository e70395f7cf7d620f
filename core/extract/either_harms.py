"""A count of people told under one of two harms is no count of either (issue #11, counts):
UN and NGO roundups write "30 children were killed or maimed", "killed or injured", "dead or
missing", "killed, injured or abducted": the figure sums the harms, so it is no death toll.
Such a figure is kept as a figure of another kind, never as the dead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

EITHER_RULE = "either:"


_PREDICATIVES = frozenset({"acomp", "oprd", "xcomp"})  # "were dead or missing"


def either_harm(anchor: Token | None) -> bool:
    """The harm word ``anchor`` (or the predicative adjective of the verb it is) is joined by
    "or" to another word of what befell them ("killed or maimed", "dead or missing",
    "killed, injured or abducted"), or is itself such a second word."""
    if anchor is None:
        return False
    return _either(anchor) or any(
        _either(c) for c in anchor.children if c.dep_ in _PREDICATIVES and c.pos_ == "ADJ"
    )


def _either(anchor: Token) -> bool:
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    words = [anchor.doc[i] for i in sorted(_chain(first))]
    return (
        len(words) > 1
        and all(t.pos_ in _HARM_POS for t in words)
        and any(c.dep_ == "cc" and c.lower_ == "or" for t in words for c in t.children)
    )


_HARM_POS = frozenset({"VERB", "ADJ"})  # "killed or maimed", "dead or missing"


def _chain(first: Token) -> set[int]:
    """The indices of ``first`` and the words conjoined to it, one after another."""
    found, todo = {first.i}, [first]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            # "killed, injured or abducted": the parser may take the middle item for a clause
            listed = c.dep_ == "advcl" and c.i > tok.i and c.doc[c.i - 1].text == ","
            if (c.dep_ == "conj" or listed) and c.i not in found:
                found.add(c.i)
                todo.append(c)
    return found
