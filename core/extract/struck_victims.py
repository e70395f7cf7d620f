"""A person "struck" or "hit" by what a shooting fires: "a bystander was hit by gunfire", "her
sister was also struck" (the shots told before). Hurt, as one "shot" is; not a person hit by
anything else ("hit with a fine", "struck by the news"), nor one who struck ("struck a deal")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

STRUCK_VERBS = frozenset({"strike", "hit"})
STRUCK_WORDS = frozenset({"struck", "hit"})  # the participles, for the cheap gate
ALSO = "also"  # "was also struck": by what struck the victim told before


@functools.cache
def _projectiles() -> frozenset[str]:
    return frozenset(load_rules("measures")["projectile_nouns"])


def struck_victim(verb: Token) -> bool:
    """Whether the passive ``verb`` says its subject was hit by a shot: by gunfire, a bullet
    or a round, or "also" struck with no other agent or instrument named."""
    if verb.lemma_.lower() not in STRUCK_VERBS or not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return False
    means = [
        o for prep in verb.children if prep.dep_ in ("agent", "prep")
        and prep.lower_ in ("by", "with") for o in prep.children if o.dep_ == "pobj"
    ]
    if means:
        return all(o.lemma_.lower() in _projectiles() for o in means)
    return any(c.dep_ == "advmod" and c.lower_ == ALSO for c in verb.children)
