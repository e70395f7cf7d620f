"""A day told between a reporting verb and the clause of what was said: "police said on
Wednesday six suspects had been arrested", "said Monday that two more had died". The parser
may hang it in the clause; it dates the saying, as its place says, not what was said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.shown_sources import reports

if TYPE_CHECKING:
    from spacy.tokens import Token

# the children that open the clause of what was said: the date before them stands outside it
_CLAUSE_OPENERS = frozenset({"nsubj", "nsubjpass", "mark", "expl"})


def before_speech(root: Token, clause: Token) -> bool:
    """The date (``root``) stands between the reporting verb and the ``clause`` it hangs on,
    the ccomp of what was said, before the clause's first word."""
    speech = clause.head
    if clause.dep_ != "ccomp" or not speech.i < root.i < clause.i:
        return False
    if speech.lemma_.lower() not in reporting_verbs() or not reports(speech):
        return False
    openers = [c.left_edge.i for c in clause.children if c.dep_ in _CLAUSE_OPENERS]
    return bool(openers) and root.i < min(openers)
