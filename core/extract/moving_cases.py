"""Cases a change verb moves or a statistic states: "Robbery cases rose to 912", "cases of
abduction stood at 41", "Assault cases fell by 6% to 1,310". They count as cases counted by
a numeral do ("912 robbery cases"): the toll reads them as other things counted, and
``core.extract.counted_cases`` then counts the harm they name (cases of murder the dead, of
kidnapping the taken). Bare "Cases rose to 40" name nothing and are left to the context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

OF = "of"  # "cases of murder"
KIND_DEPS = frozenset({"compound", "amod"})  # "murder cases", "defilement cases" (an adjective)
HANDLED_DEPS = frozenset({"acl", "relcl"})  # "cases solved by ...", "cases that were closed"
RULE = "toll:"


def moving_cases(subj: Token, verb: Token) -> Reading | None:
    """The figure a verb that moves or states a count (checked by the caller) gives its
    subject, plural cases of a named kind."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in word_set("measures", "case_nouns"):
        return None
    if any(c.dep_ in HANDLED_DEPS for c in subj.children):
        return None  # "Murder cases solved by detectives rose to 400": no count of the crimes
    named = any(
        (c.dep_ in KIND_DEPS and c.i < subj.i) or (c.dep_ == "prep" and c.lower_ == OF)
        for c in subj.children
    )
    if not named:
        return None
    return Reading(measure="other", noun=subj, anchor=verb, rule=f"{RULE}{subj.lemma_.lower()}")
