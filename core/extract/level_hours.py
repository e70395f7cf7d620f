"""The hour a toll's level was reached: "The death toll rose to 12 at 7 this morning", "the
toll stood at 22 as of 10 last night". A verb tells a toll's level once; a second number it
takes after a clock's preposition, past the level, is when the level was told, and an hour
is never a count. The recogniser often leaves the hour a bare CARDINAL or glues it to the
time after it, and the toll's own rule ("what a toll stands at is its count") would take it.

The level is told before the hour, by a toll's preposition with a number ("to 12", "at 22")
or as the verb's object ("reached 33"); the hour after it by a clock's preposition ("at",
"by", "as of"), not "from" ("rose to 12 from 7" gives the level it left), and it is a number
a clock shows (0 to 24, or in words). So is a count of places or things told after the
level by a preposition of its own ("rose to 14 at 9 hospitals", "stood at 30 in 4 districts"):
where the level was counted, no casualty count.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import people_noun
from core.extract.numbered_groups import group_part_words
from core.extract.toll_measures import TOLL_PREPOSITIONS
from core.rules import load_rules
from core.text.numbers import find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Token

DAY_HOURS = 24
LEVEL_LEFT = "from"  # "rose to 12 from 7": the level the toll left, a count
PREPOSITION_OBJECT = "pobj"
LEVEL_ROLES = frozenset({"dobj", PREPOSITION_OBJECT})  # "reached 33", "rose to 12"


@functools.cache
def _clock_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    raw = load_rules("dates")
    return (
        frozenset(raw["clock_prepositions"]) - {LEVEL_LEFT},
        frozenset(tuple(p.split()) for p in raw["clock_phrases"]),
    )


def hour_after_level(num: Token) -> bool:
    """The number is the hour at which the level told before it on the same verb was reached
    (see the module)."""
    if num.dep_ != PREPOSITION_OBJECT or not _an_hour(num) or _an_increase(num):
        return False
    prep = num.head
    if not _a_clock_preposition(prep):
        return False
    # "as of 10": the parser hangs "of" on "as", and "as" on the verb or the level
    held = prep.head.head if prep.head.dep_ == "prep" and prep.head.i == prep.i - 1 else prep.head
    if held.like_num:  # "reached 33 as of 8": the phrase hangs on the level itself
        return held.i < prep.i and held.dep_ in LEVEL_ROLES
    return held.pos_ in ("VERB", "AUX") and any(_a_level(c, prep) for c in held.children)


def places_after_level(noun: Token) -> bool:
    """A counted noun of no people told after a toll's level on the same verb, by a
    preposition of its own ("rose to 14 at 9 hospitals"): where or what the level was
    counted in ("rose to 14 people" is the level itself; "by 3 more" an increase)."""
    if noun.dep_ != PREPOSITION_OBJECT or noun.like_num or people_noun(noun):
        return False
    if not any(c.dep_ == "nummod" for c in noun.children):
        return False
    prep = noun.head
    verb = prep.head
    return prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and any(
        _a_level(c, prep) for c in verb.children
    )


def _a_level(word: Token, prep: Token) -> bool:
    """The verb's level told before the hour: "rose to 12", "stood at 22", "reached 33"."""
    if word.i >= prep.i:
        return False
    if word.dep_ in LEVEL_ROLES:
        return word.like_num
    return word.dep_ == "prep" and word.lower_ in TOLL_PREPOSITIONS and any(
        g.dep_ == PREPOSITION_OBJECT and g.like_num for g in word.children
    )


def _a_clock_preposition(prep: Token) -> bool:
    prepositions, phrases = _clock_words()
    if prep.lower_ in prepositions:
        return True
    doc = prep.doc
    return any(
        prep.i + 1 >= len(words)
        and tuple(t.lower_ for t in doc[prep.i + 1 - len(words) : prep.i + 1]) == words
        for words in phrases
    )


def _an_increase(num: Token) -> bool:
    """ "rose to 31 by 3 more": a number a word of more after it ("more", "further",
    "additional") tells an increase, a count, never an hour."""
    doc = num.doc
    return num.i + 1 < len(doc) and doc[num.i + 1].lower_ in group_part_words()


def _an_hour(num: Token) -> bool:
    """0 to 24 in digits, or a number word ("seven")."""
    found = list(find_amounts(num.text))
    return len(found) == 1 and found[0].value <= DAY_HOURS and "," not in num.text
