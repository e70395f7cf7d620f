"""People hurt who then died in the same clause: "two policemen had been critically injured in
the blast and died in hospital", "three people were wounded and later succumbed". The verb of
dying joined to the verb of the harm, with no subject of its own, says what became of the
same people: they count among the dead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def died_after(harm: Token | None) -> bool:
    """The harm verb has a conjoined verb of dying ("intransitive" verbs of the killed) with
    no subject of its own, reported as done: "were injured and later died", not "were injured
    and one died" (a part of them) or "were injured and could die"."""
    if harm is None:
        return False
    lex = lexicon()
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in lex.intransitive
        and lex.verbs.get(c.lemma_.lower()) == "killed"
        and not any(g.dep_ in SUBJECTS for g in c.children)
        and factual(c)
        for c in harm.children
    )
