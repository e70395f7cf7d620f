"""Places written as a list ("protests spread to Tarnia, Wendland, Ostmark and Belavia"):
the names joined to one another, and whether a list spans a wide area, places of more than
one country, which no figure of one incident took place in (``a_wide_list``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# names a list holds before it spans an area no incident's figure lies in: two places are
# an incident's pair ("clashes in X and Y"), three or more across countries a spread
MIN_WIDE_LIST = 3
JOINS = frozenset({"and", "&"})
# prepositions of a scene before a list of towns the recogniser took for one body's name
LIST_SCENE_PREPOSITIONS = frozenset({"in", "across", "near", "around", "at", "between"})


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


def a_listed_name(name: Span) -> bool:
    """The name is a member of a list that goes on after it ("X, *Y* and Z"), by the parse."""
    root = name.root
    return root.dep_ == "conj" and any(c.dep_ in ("cc", "conj") for c in root.children)


def towns_taken_for_a_body(ent: Span) -> bool:
    """ "killed nine in Kharkiv and Odesa": one entity of place names joined by "and", each
    a town, province or country the gazetteer knows, after a preposition of a scene; the
    recogniser read the list as the name of a body."""
    if ent.root.dep_ != "pobj" or ent.root.head.lower_ not in LIST_SCENE_PREPOSITIONS:
        return False
    names: list[list[str]] = [[]]
    for tok in ent:
        if tok.lower_ in JOINS or tok.text == ",":
            names.append([])
        else:
            names[-1].append(tok.text)
    if len(names) < 2 or any(not n for n in names):
        return False
    return all(places.lookup(" ".join(n)) is not None for n in names)


def towns_listed(name: str) -> bool:
    """ "Kharkiv and Odesa": a place written as a list of towns, each one the gazetteer
    knows (``place_entities.joined_places`` keeps such a list as written)."""
    parts = name.split(" and ")
    found = [places.resolve(p) for p in parts]
    return len(parts) > 1 and all(p is not None and p.level == "city" for p in found)

