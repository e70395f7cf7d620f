"""People said to be missing in a report of a kidnapping: "gunmen abducted dozens of villagers
... relatives have counted 38 people missing, 15 of them women and 10 children" count the
captives, kidnapped (the parts the list gives too); so do people said to be taken or still
held (``held_captives``). In any other report (a flood, a ferry that sank) the missing stay
what they were: no count of a harm."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.held_captives import (
    held_by_takers,
    held_captive,
    held_group,
    in_captivity,
    kidnapping_told,
    part_of_the_taken,
    still_held,
)
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.model import Measure
    from core.text.numbers import Amount

    Figure = tuple[Amount, Token, Span, Reading]

RULE = "missing<kidnapped"
HELD_RULE = "held<kidnapped"
PART_RULE = "subset<kidnapped"
# the words between a counted noun and a list of its parts: "38 people missing, 15 of them ..."
_LISTED = frozenset({"conj", "appos"})
# "38 people missing", "41 people are missing", "30 remain missing": where the state sits
_STATE_DEPS = frozenset({"acl", "amod", "acomp", "ccomp", "oprd", "xcomp"})


@functools.cache
def _missing_words() -> frozenset[str]:
    return frozenset(load_rules("measures")["missing_words"])


def with_missing(
    readings: list[Figure],
    known: Mapping[tuple[float, str], Measure],
    *,
    kidnapping: bool,
    captives_before: bool = False,
) -> list[Figure]:
    """The figures, those that count people said to be missing, taken or still held read as
    captives when the report counted people kidnapped before or in the same sentence
    (``known``: the groups counted so far; ``captives_before``: any figure of captives so
    far, a headline's bare "34 still held" too); "still held" too when it names a kidnapping
    anywhere (``kidnapping``: a headline's "three still held" comes before its lead)."""
    counted = captives_before or "kidnapped" in known.values() or any(
        r.measure == "kidnapped" for *_, r in readings
    )
    if not (counted or kidnapping):
        return readings
    # "Four of those held were women": of the captives, unless the report counted arrests
    held_are_captives = "arrested" not in known.values()
    out = []
    captives: set[int] = set()  # the figures read as captives, by token
    for amount, num, span, read in readings:
        rule = _captives_rule(num, read, counted=counted, kidnapping=kidnapping)
        if rule is None and read.measure == "arrested" and held_are_captives and held_group(num):
            rule = HELD_RULE
        if rule is None and read.total_of is not None and read.total_of.i in captives:
            rule = PART_RULE  # "35 people are missing, including 11 women"
        if rule is None:
            out.append((amount, num, span, read))
            continue
        captives.add(num.i)
        out.append((amount, num, span, dataclasses.replace(read, measure="kidnapped", rule=rule)))
    return out


def _captives_rule(num: Token, read: Reading, *, counted: bool, kidnapping: bool) -> str | None:
    """The rule by which the figure counts captives: said missing, taken or still held
    (``held_captives``) after captives were ``counted``; "still held" read as an arrest
    (the report names a kidnapping); None when it counts none. In a report that names a
    kidnapping but counted no one taken, people in captivity are its captives ("the 14 pupils
    remain in captivity"), and so are people its sentence says are missing after one ("eight
    aid workers are missing after the abduction"; not "nine fishermen are missing after a
    storm" in a report that tells of pirates later)."""
    uncounted = read.measure in (None, "other")
    if uncounted and kidnapping and in_captivity(num):
        return HELD_RULE
    if uncounted and (counted or (kidnapping and kidnapping_told(num))) and said_missing(num):
        return RULE
    if (counted and uncounted and (held_captive(num) or part_of_the_taken(num))) or (
        read.measure in ("arrested", None, "other") and (still_held(num) or held_by_takers(num))
    ):
        return HELD_RULE
    return None


def said_missing(num: Token) -> bool:
    """The figure's people (or the list of parts they head) are said to be missing."""
    node = num.head if num.dep_ == "nummod" else num
    while node.dep_ in _LISTED and node.head.i != node.i:
        node = node.head  # "..., 15 of them women and 10 children": the people listed
    words = _missing_words()
    if any(c.dep_ in _STATE_DEPS and c.lower_ in words for c in node.children):
        return True  # "38 people missing", "counted 12 missing"
    head = node.head
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "41 people are missing" (the parser's verb), "30 remain missing" / "unaccounted for"
    return head.lower_ in words or any(
        c.dep_ in _STATE_DEPS and c.lower_ in words for c in head.children
    )
