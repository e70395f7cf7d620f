"""How headlines and South Asian copy name the people a figure counts: by the force or unit
they serve in, its name between the number and the noun ("Five Border Security Force (BSF)
jawans"), and as a list the comma joins ("2 cops, civilian injured in blast")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.participants import participant

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading


def named_unit(head: Token) -> bool:
    """The word the parser hung the number on is the last of a unit's proper name that
    qualifies the noun after it ("Eight District Reserve Guard (DRG) personnel"): the noun
    is what the number counts; a plural noun after a group's initials may be tagged a name
    ("Three ULFA (I) ultras")."""
    return (
        head.dep_ == "nmod"
        and head.pos_ == "PROPN"
        and (head.head.pos_ == "NOUN" or head.head.tag_ == "NNPS")
        and head.head.i > head.i
    )


def listed_beside(node: Token) -> Reading | None:
    """ "2 cops, civilian injured in grenade attack": a verbless headline's counted noun
    with the next of its list in apposition, whose participle tells what befell them all."""
    if node.dep_ != "ROOT":
        return None
    for item in node.children:
        between = node.doc[node.i + 1 : item.i]
        if item.dep_ != "appos" or not between or any(t.text != "," for t in between):
            continue
        reading = participant(item)
        if reading is not None and reading.anchor is not None and reading.anchor.i > item.i:
            return reading
    return None
