"""A jail named after the town it stands in ("the Larkana District Jail", "Sukkur Central
Prison"), for ``unlabelled_places``: the jail inmates broke out of or attackers stormed is
the report's scene, and its name gives the town where NER labels nothing."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.place_roles import breakout_words
from core.extract.place_words import attack_verbs
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_jail_town(tok: Token) -> bool:
    """The last word of a capitalised name before a jail noun, with at most a grade word
    between ("Larkana" of "the Larkana District Jail"), of a jail broken out of or stormed."""
    if tok.dep_ != "compound" or not tok.text[:1].isupper() or tok.text.isupper():
        return False  # "the JAIL", a headline in capitals
    # the word tests first: the sentence is found only before a jail's noun
    noun = tok.head
    jails, _ = breakout_words()
    if noun.i <= tok.i or noun.lemma_.lower() not in jails or tok.i == tok.sent.start:
        return False
    grades = _jail_grades()
    between = tok.doc[tok.i + 1 : noun.i]
    return (
        tok.lower_ not in grades
        and len(between) <= 1
        and all(t.lower_ in grades and t.head.i == noun.i for t in between)
        and _broken_out_of(noun)
    )


def _broken_out_of(noun: Token) -> bool:
    """Inmates broke out of the jail ("broke out of", "escaped from", "fled the X jail") or
    attackers stormed it ("stormed the X jail", "an attack on the X jail" is a post's)."""
    _, escapes = breakout_words()  # one home with the break-out scenes of place_roles
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in escapes | attack_verbs()
    if noun.dep_ != "pobj":
        return False
    if head.lower_ == "of":
        return head.head.lower_ == "out"  # "broke out of", "ran out of" is no jail's
    return head.lower_ == "from" and head.head.lemma_.lower() in escapes


@functools.cache
def _jail_grades() -> frozenset[str]:
    """The grade words of a jail's name ("District", "Central")."""
    return frozenset(str(w) for w in load_rules("places")["jail_grades"])
