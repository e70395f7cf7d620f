"""The victims named without a numeral whom a later count of the same report sums up: "Jon
Roe and Ana Ruiz were killed when the truck hit their car ... Troopers said three people died
in all"; "... and then killed himself. With the gunman, four people are dead". The count is
the figure a checker checks; the person it counts is no claim of their own (the annotation
guideline). Read over the whole report once its sentences are read.

A count sums a victim up when it comes after them, near (in the same passage of the report:
a long report of a war tells many incidents), counts the same harm of the same happening (not
a tally over weeks, not an earlier incident recalled), counts more than one, names no one
else ("two others were hurt" are not those named), and names everyone harmed so or the
victim's own kind ("three people", "the dead", "two children" for "a child"; "three
militants" count no soldier). Not a count before the victim (a death told after "four
workers died" may be one more), nor a toll that only stands at a number ("the toll from the
unrest stands at three" points back at no one; a toll that does is read by
``victim_mentions.absorbed``). A victim "also" harmed, "another" one, one ranked by an
ordinal ("a fourth victim", read by ``victim_mentions.counted_later``), or one a sentence
tells "separately" is someone more; and the victims named so must fit within the count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from core.extract.incident_words import told_apart
from core.extract.victim_mentions import (
    MORE_WORDS,
    OTHER_WORDS,
    TOLL_RULE,
    UNNUMBERED_RULES,
    numbered_list,
    same_happening,
    text_rank,
)
from core.extract.victim_names import CASUALTY_MEASURES
from core.model import Claim
from core.rules import load_rules

SELF_INFLICTED = "self_inflicted:"  # "... and then killed himself"
VICTIM_RULES = (*UNNUMBERED_RULES, SELF_INFLICTED)
GROUP_COUNT = 2  # a count of one sums up no one
ALSO = re.compile(r"\balso\b", re.IGNORECASE)  # "a woman was also killed": someone more
MASCULINE = "man"  # "a man" / "two men"
ANOTHER_RULE = ":another:"  # "killing three and wounding another"
NEAR = 1000  # characters between a victim and a count that counts them: one passage


@functools.cache
def _whole_nouns() -> frozenset[str]:
    words: list[str] = load_rules("measures")["whole_count_nouns"]
    return frozenset(words)


def covered_victims(claims: Sequence[Claim], counts: Sequence[Claim]) -> set[str]:
    """The ids of the claims of victims named without a numeral (``claims``) whom one of the
    report's counts by numeral (``counts``, as the sentences remembered them, with the people
    a toll names as their subject) counts; a count the report no longer makes in that
    measure (withdrawn, or people "shot" who are no casualties) counts no one."""
    final = {c.id: c.measure for c in claims}
    counts = [c for c in counts if final.get(c.id) == c.measure]
    victims = [
        c for c in claims
        if c.rule.startswith(VICTIM_RULES) and not c.recalls and c.measure in CASUALTY_MEASURES
        and not numbered_list(c.rule, c.number_text)
    ]
    out: set[str] = set()
    for measure in {v.measure for v in victims}:
        named = [v for v in victims if v.measure == measure]
        covering = {
            v.id: [c.value for c in counts if _covers(c, v)] for v in named if _one_more_not(v)
        }
        largest = max((x for values in covering.values() for x in values), default=0.0)
        if covering and sum(v.value for v in named) <= largest:
            out.update(i for i, values in covering.items() if values)
    return out


def _one_more_not(victim: Claim) -> bool:
    """A victim not told as someone more: not "another", not "also" harmed, not ranked."""
    sentence = victim.sentence.lower()
    return not (
        ANOTHER_RULE in victim.rule
        or not OTHER_WORDS.isdisjoint(victim.number_text.lower().split())
        or ALSO.search(sentence) is not None
        or told_apart(sentence)
        or text_rank(victim.number_text) > 0
    )


def _covers(count: Claim, victim: Claim) -> bool:
    """Whether ``count`` counts ``victim`` (see the module)."""
    if (
        count.measure != victim.measure
        or count.recalls
        or count.rule.startswith(VICTIM_RULES)
        or not same_happening(count, victim.date_start)
        or abs(count.start - victim.start) > NEAR
    ):
        return False
    if (
        count.start < victim.start
        or count.value < GROUP_COUNT
        or count.rule.startswith(TOLL_RULE)
    ):
        return False
    after = count.sentence[count.start - count.sentence_start + len(count.number_text) :]
    following = after.split()[:1]
    if following and following[0].lower().strip(",.;:") in MORE_WORDS:
        return False
    return _of_their_kind(count.subject, victim.subject)


def _of_their_kind(counted: str | None, victim: str | None) -> bool:
    """A count of everyone harmed, or of the victim's own kind of people."""
    if not counted:
        return True
    noun = counted.lower().split()[-1]
    if noun in _whole_nouns():
        return True
    if not victim:
        return False
    one = victim.lower().split()[-1]
    return noun in (one, f"{one}s", f"{one}es", f"{one}ren") or (
        one.endswith(MASCULINE) and noun == f"{one[: -len(MASCULINE)]}men"
    )
