"""People hurt or taken who then died in the same clause: "two guards had been badly hurt by
the bomb and died in hospital", "three people were wounded and later succumbed",
"45 people were kidnapped and killed". The verb of dying or killing joined to the verb of the
harm, with no subject of its own, says what became of the same people: they count among the
dead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# the taken then killed ("were kidnapped and killed"); the hurt "and killed" may be the two
# groups of a toll ("were injured and killed in separate incidents")
TAKEN = frozenset({"kidnapped"})


def died_after(harm: Token | None, measure: str = "injured") -> bool:
    """The harm verb has a conjoined verb of dying ("intransitive" verbs of the killed), or for
    the taken (``measure``) one of killing, with no subject of its own, reported as done:
    "were injured and later died", "were kidnapped and killed", not "were injured and one
    died" (a part of them) or "were injured and could die"."""
    if harm is None:
        return False
    lex = lexicon()
    return any(
        c.dep_ == "conj"
        and lex.verbs.get(c.lemma_.lower()) == "killed"
        and (c.lemma_.lower() in lex.intransitive or (measure in TAKEN and _passive_participle(c)))
        and not any(g.dep_ in SUBJECTS for g in c.children)
        and factual(c)
        for c in harm.children
    )


def _passive_participle(verb: Token) -> bool:
    """ "were kidnapped and killed", "abducted and later murdered": a participle of killing
    that shares the passive subject of the verb before it (no object of its own)."""
    return verb.tag_ == "VBN" and not any(c.dep_ in OBJECTS for c in verb.children)
