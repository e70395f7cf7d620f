"""A place told of a part of a figure is the part's alone: "arrested 23 suspects across the
district, including five from Surab" and "40 held in raids across the province, 12 of them
from Khuzdar" put the five and the twelve in those towns, never the whole count."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# What holds a place on its way up to the figure it is told of ("from Surab" of "five")
_PLACE_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def anothers_part(tok: Token, num: Token) -> bool:
    """The place at ``tok`` is told of another figure of the sentence, a part of a count
    ("including five from Surab", "12 of them from Khuzdar"), whose phrase does not hold
    ``num`` (the figure whose place is read)."""
    head = tok
    while head.dep_ in _PLACE_DEPS and head.head.i != head.i:
        head = head.head
        if _a_part(head) and not _holds(head, num):
            return True
    return False


def _a_part(tok: Token) -> bool:
    """A number standing for people counted within a whole: the object of "including" or
    "among" ("including five"), or a number with its "of them" ("12 of them")."""
    if tok.pos_ != "NUM" or tok.dep_ == "nummod":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among"):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
        for c in tok.children
    )


def _holds(part: Token, num: Token) -> bool:
    return part.left_edge.i <= num.i <= part.right_edge.i


def own_part(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places a part's own phrase tells ("including five from Surab": Surab for the
    five), else every place of the sentence."""
    part = num if _a_part(num) else num.head if _a_part(num.head) else None
    if part is None:
        return found
    own = [(t, n) for t, n in found if _holds(part, t) and t.i != part.i]
    return own or found


def own_clause(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Kalat attack toll rises to six; three facilitators held in Surab": the places of the
    figure's own part of a sentence a semicolon splits, none of another part's."""
    sent = num.sent
    stops = [t.i for t in sent if t.text == ";"]
    if not stops:
        return found
    start = max((i for i in stops if i < num.i), default=sent.start - 1)
    end = min((i for i in stops if i > num.i), default=sent.end)
    return [(t, n) for t, n in found if start < t.i < end]

