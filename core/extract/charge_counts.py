"""Which figures of a charge count people arrested (``charges``). Only the people charged:
"two men were charged", "prosecutors charged three men", "three men charged in the case"; not
the counts of the charge ("charged with one count of manslaughter and three counts of child
abuse": no one arrested). And once: a report that told the arrest counts them there ("police
arrested two men and charged them", "two officers were arrested and one was charged": the one
is of the two, "Police arrested five men on Monday. Two were charged with murder.")."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, TypeAlias

from core.extract.charges import ARRESTED, charge_verbs, charged_arrest
from core.extract.figures import checkable_other
from core.extract.lone_arrests import lone_arrest
from core.extract.restatements import RESTATED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.text.numbers import Amount

Found: TypeAlias = "tuple[Amount, Token, Span, Reading]"
PERSON_ROLES = frozenset({"nsubjpass", "dobj"})
PARTICIPLE_ROLES = frozenset({"acl", "amod"})


def charged_once(found: list[Found], arrests_before: bool) -> list[Found]:
    """The sentence's figures, a charge's counting people arrested only when they are the
    ones charged and no arrest the report told counts them already: one the body told before
    (``arrests_before``) or one of the sentence. Any other figure of a charge reads as it did
    before a charge was read (a count worth checking, "other", or none)."""
    arrests_here = any(f[3].measure == ARRESTED and not charged_arrest(f[3]) for f in found)
    told = arrests_before or arrests_here
    kept: list[Found] = []
    for amount, num, span, reading in found:
        if _restated_charge(num, reading):
            continue  # "the two are charged": the group told before, counted there
        if not charged_arrest(reading) or (not told and _the_charged(num, reading)):
            kept.append((amount, num, span, reading))
        elif not told and checkable_other(amount, span):  # "three counts of child abuse"
            other = dataclasses.replace(reading, measure="other", rule="count:charge")
            kept.append((amount, num, span, other))
    return kept


def _restated_charge(num: Token, reading: Reading) -> bool:
    """ "... two brothers charged in the deaths. The two are charged in the killings of ...":
    a definite group said again (``restatements``) whose own verb is a charge is the group the
    report counted, arrested or not, and no arrest of its own."""
    if not reading.rule.startswith(RESTATED):
        return False
    node = num.head if num.dep_ in ("nummod", "quantmod") else num
    return node.dep_ in PERSON_ROLES and node.head.lemma_.lower() in charge_verbs()


def _the_charged(num: Token, reading: Reading) -> bool:
    """Whether the figure counts the people the charge is of: its subject in the passive, its
    object in the active, the noun its participle qualifies; a lone person is read so."""
    verb = reading.anchor
    if verb is None or lone_arrest(reading):
        return True
    node = num.head if num.dep_ in ("nummod", "quantmod") else num
    if verb.dep_ in PARTICIPLE_ROLES and verb.head == node:
        return True
    return node.head == verb and node.dep_ in PERSON_ROLES
