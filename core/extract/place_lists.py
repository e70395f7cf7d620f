"""Places written as a list ("protests spread to Tarnia, Wendland, Ostmark and Belavia"):
the names joined to one another, and whether a list spans a wide area, places of more than
one country, which no figure of one incident took place in (``a_wide_list``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# names a list holds before it spans an area no incident's figure lies in: two places are
# an incident's pair ("clashes in X and Y"), three or more across countries a spread
MIN_WIDE_LIST = 3


def name_conjuncts(head: Token) -> list[Token]:
    """ "in Tarn, Wend and Ost": the names joined to the head, the parser hanging each on the
    one before it or all on the head, in the order written."""
    found: list[Token] = []
    todo = [head]
    while todo:
        tok = todo.pop()
        joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        found.extend(joined)
        todo.extend(joined)
    return sorted(found, key=lambda t: t.i)


def a_wide_list(tok: Token) -> bool:
    """``tok`` is one of three or more names the sentence lists, which the gazetteer places
    in more than one country ("to Tarnia, Wendland and Ostmark", "in Berlin, Madrid, Rome and
    Lisbon"); towns of one country ("raids in X, Y and Z") are an incident's."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    members = [head, *name_conjuncts(head)]
    if len(members) < MIN_WIDE_LIST:
        return False
    found = [places.resolve(m.doc[_name_start(m) : m.i + 1].text) for m in members]
    countries = {p.key if p.level == "country" else p.country for p in found if p is not None}
    return len(countries - {None, ""}) > 1


def the_figures_own_list(tok: Token, anchor: Token) -> bool:
    """The list at ``tok`` sets the figure at ``anchor`` in its own clause ("raiders killed
    610 herders in X, Y and Z"), a tally over the listed places together; not a list of
    another clause ("as marches spread to X, Y and Z, 40 were held"), nor when the figure
    names a wider area of its own ("..., and 30 were detained across the continent")."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    clauses = [anchor, *anchor.ancestors]
    holder = tok.head.head
    while holder.dep_ in _HELD_DEPS and holder.pos_ == "NOUN":
        holder = holder.head  # "killed 85 people in X, Y and Z": the list on the victims
    if holder.i not in {t.i for t in clauses}:
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ in _WIDER_PREPS for t in clauses[:2] for c in t.children
    )


_HELD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
_WIDER_PREPS = frozenset({"across", "throughout"})  # "across the continent": an area of its own


def _name_start(tok: Token) -> int:
    """Where the name ``tok`` ends starts: its proper nouns before it ("South Korea")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return start
