"""A person struck with a gun rather than shot: "her sister was pistol-whipped", "a guard was
pistol whipped during the holdup", "the clerk was gun-butted". News counts the one so struck
among the hurt of a robbery or a shooting. The compound is read from the parse: a participle
of a blow (measures.json 'weapon_blows') that a firearm noun ('firearm_nouns') modifies; a
firearm noun before any other word ("gun-related", "gun-toting") tells no blow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

# how the parse hangs "pistol" on "whipped": "pistol-whipped" (npadvmod), "pistol whipped"
MODIFIERS = frozenset({"npadvmod", "advmod", "compound", "amod"})
COPULA = "be"


def weapon_blow(word: Token) -> bool:
    """ "pistol-whipped", "gun-butted": a participle of a blow a firearm noun modifies."""
    if word.lower_ not in word_set("measures", "weapon_blows"):
        return False
    firearms = word_set("measures", "firearm_nouns")
    return any(c.dep_ in MODIFIERS and c.lower_ in firearms for c in word.children)


def struck_state(verb: Token) -> Measure | None:
    """Hurt, when a copula says its subject was pistol-whipped (the parse reads "was
    pistol-whipped" as "was" with the participle as its complement)."""
    if verb.lemma_.lower() != COPULA:
        return None
    return "injured" if any(c.dep_ == "acomp" and weapon_blow(c) for c in verb.children) else None
