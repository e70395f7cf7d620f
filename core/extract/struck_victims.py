"""People struck by what a gun fires: "a girl was struck by a stray bullet", "a man was hit
by gunfire", "was hit in the leg", "her sister was also struck" (by the shots told before).
News says of a person hit by a round that the person was hurt (dead when the clause says so),
as "was shot" says it; not of one hit by anything else ("hit with a fine", "struck by the
news"), nor of one who struck ("struck a deal")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.weapon_blows import weapon_blow
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


ALSO = "also"  # "was also struck": by what struck the victim told before


def _table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = load_rules("measures")["struck"]
    return table


@functools.cache
def fired_things() -> frozenset[str]:
    """What is fired or thrown at people ("bullet", "shell", "stone"): measures.json 'struck'
    'rounds' and 'missiles'."""
    return frozenset({*_table()["rounds"], *_table()["missiles"]})


def struck_verb(verb: Token) -> bool:
    """The cheap test: a verb of striking ("hit", "struck", "pistol-whipped")."""
    return verb.lemma_.lower() in _table()["verbs"] or weapon_blow(verb)


def struck_by(verb: Token) -> Measure | None:
    """The harm a passive verb of striking says its person suffered: struck by a round ("struck
    by gunfire", "hit by a bullet": measures.json 'struck' 'rounds'), or a part of
    the body hit ("hit in the leg", "struck in the chest"); None for anything else ("hit by
    a car" is no harm of a gun, "hit with a lawsuit" none at all)."""
    if not struck_verb(verb):
        return None
    if weapon_blow(verb):
        return "injured"  # "a guard was pistol whipped": struck with a gun
    parts = set(_table()["body_parts"]) | word_set("measures", "limb_words")
    agents = [o for p in verb.children if p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if any(c.dep_ == "nummod" for o in agents for c in o.children):
        return None  # "hit by six bullets": the wounds of a victim told elsewhere
    if any(obj.lemma_.lower() in fired_things() for obj in agents):  # "hit by a brick"
        return "injured"
    if agents:
        return None  # "hit in the face by a ball": struck by no gun's round
    body = any(
        p.dep_ == "prep" and p.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in parts for o in p.children)
        for p in verb.children
    )
    return "injured" if body or _also_struck(verb) else None


def _also_struck(verb: Token) -> bool:
    """ "her sister was also struck": passive, "also", and no means named ("was also hit with
    a fine"): struck by what struck the victim told before."""
    kids = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in kids)
        and any(c.dep_ == "advmod" and c.lower_ == ALSO for c in kids)
        and not any(c.lower_ == "with" for c in kids)
    )
