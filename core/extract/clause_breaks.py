"""Where one report ends and the next begins inside a sentence: "Police say five robbers shot
dead in forest clash; villagers allege they were herdsmen" tells two reports, each with its
own source, though the parser may make the first the content of the second."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SEMICOLON = ";"


def semicolon_between(clause: Token, verb: Token) -> bool:
    """A semicolon that one of the two hangs on stands between the clause and the verb the
    parser made it depend on: the clause is a sentence of its own, not what the verb says."""
    low, high = sorted((clause.i, verb.i))
    return any(
        t.text == SEMICOLON and t.head.i in (clause.i, verb.i)
        for t in clause.doc[low + 1 : high]
    )
