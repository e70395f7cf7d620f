"""People buried: a count of the dead ("At least 17 people from the village had been buried by
Sunday", "villagers buried 12 of the victims"), unless buried alive or under what fell on them
("four were buried under the rubble" are trapped, not yet counted dead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.model import Measure

if TYPE_CHECKING:
    from spacy.tokens import Token


def buried(verb: Token, node: Token, dep: str) -> Measure | None:
    """The dead a burial counts: the people a verb of burial takes as its object or passive
    subject, with no word of being buried alive or under something."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex.burial_verbs or dep not in ("dobj", "nsubjpass"):
        return None
    if not people_noun(node):
        return None  # "buried two bombs", "buried 12 mines"
    if any(t.lower_ in lex.live_burial_words for t in verb.subtree):
        return None
    return "killed"
