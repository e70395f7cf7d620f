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
from collections.abc import Collection, Sequence

from core.extract.cues import cues
from core.extract.incident_words import told_apart
from core.extract.measures import lexicon
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


# How a victim is named by their name ("Jon Roe, 22", "the manager, Ann Poe"): the person a
# count or a description before may already have told
NAME_RULES = (":name:", ":apposition:")


def named_again(claims: Sequence[Claim], bare: Collection[str] = ()) -> set[str]:
    """ "A bomb killed a deputy and a technician ... Deputy Ray Cole and Trooper Dan Fry died
    at the scene": victims named by name after a count of the same harm of the same happening
    (by numeral, or a description: "a deputy and a technician", "the sheriff was hurt") are
    the people it counted, told again, no figure of their own (the ids of such claims), as
    long as the names told after it fit within it. A description of one is named again only
    by its own noun ("the sheriff" ... "Sheriff Tom Reed"); one more ("another", "also",
    ranked, told apart) and a count that counts no one (a toll, one recalled) stay, nor is a
    bare "shot" figure (``bare``: the ids of those hit, no count of the hurt once the report
    counts dead) a count of them."""
    out: set[str] = set()
    for at, named in enumerate(claims):
        if not _by_name(named) or not _one_more_not(named):
            continue
        count = next(
            (c for c in reversed(claims[:at]) if c.id not in bare and _may_tell(c, named)), None
        )
        if count is None:
            continue
        if _by_name(count):  # told by name before: the same person only by the same name
            out.add(named.id)
            continue
        told = sum(
            c.value for c in claims
            if _by_name(c) and c.measure == named.measure
            and 0 < c.start - count.start <= NEAR
        )
        one = count.value > 1 or _its_own_noun(count.subject, named.number_text)
        if told <= count.value and one:
            out.add(named.id)
    return out


def _by_name(claim: Claim) -> bool:
    """A victim named by their name, no numeral."""
    return claim.rule.startswith(VICTIM_RULES) and any(r in claim.rule for r in NAME_RULES)


def _may_tell(count: Claim, named: Claim) -> bool:
    """Whether ``count`` (before ``named``) may count them: the same harm, near, of one
    happening, neither recalled nor a toll."""
    return (
        count.measure == named.measure
        and not count.recalls
        and not count.rule.startswith((TOLL_RULE, SELF_INFLICTED))
        and (not _by_name(count) or _same_name(count, named) or _described_again(named))
        and named.start - count.start <= NEAR
        and same_happening(count, named.date_start)
    )


def _described_again(named: Claim) -> bool:
    """ "The victim, a rickshaw driver, died": one told by what they were in apposition to a
    definite noun ("the victim", "the deceased"), which points back at the one told before,
    whatever their name."""
    return ":apposition:" in named.rule and named.number_text.lower().split()[0] in _INDEFINITE


_INDEFINITE = frozenset({"a", "an"})


def _its_own_noun(described: str | None, words: str) -> bool:
    """ "the sheriff" told again as "Sheriff Tom Reed": the described one's noun in the words
    that name them."""
    if not described:
        return False
    return described.lower().split()[-1] in words.lower().replace(",", " ").split()


def _same_name(told: Claim, named: Claim) -> bool:
    """ "Ann Hale, 52, was injured ... Chief Hale was in critical condition": one person told
    by their surname again, alone or after a title (``titles``, ``person_nouns`` of the cues or
    a victim noun); "Tom Lind" after "Mara Lind" is someone else of the family."""
    first, again = _words(told.number_text), _words(named.number_text)
    if told.value != 1 or not first or not again or first[-1] != again[-1]:
        return False
    return len(again) == 1 or again[-2] in _title_words()


def _words(text: str) -> list[str]:
    return [w.strip(",.").lower() for w in text.split() if w.strip(",.")]


@functools.cache
def _title_words() -> frozenset[str]:
    c = cues()
    return c.titles | c.person_nouns | lexicon().victim_nouns
