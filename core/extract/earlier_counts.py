"""The earlier figure of a count said to have moved with no verb of change ("fatalities
were up from 1,204", "with abductions down from 88 in 2029"): the plural before the
direction word says what the earlier figure counts, as it does after "rose from"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.extract.toll_measures import opening_plural, read_noun, toll_measure

if TYPE_CHECKING:
    from spacy.tokens import Token

# the direction a count moved in from an earlier figure ("up from six", "down from 40")
DIRECTIONS = frozenset({"up", "down"})
FROM = "from"
COPULA = "be"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# how the parse hangs the direction word on "were" ("were up"), or on "with" ("with deaths up")
ON_COPULA = frozenset({"advmod", "prt", "acomp"})
RULE = "toll:"


def earlier_count(node: Token) -> Reading | None:
    """The figure after "up from" or "down from" whose subject, a plural of harm or deeds or a
    toll noun, is that of "were" or of the "with" phrase the direction word stands in."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != FROM or prep.dep_ != "prep":
        return None
    direction = prep.head
    if direction.lower_ not in DIRECTIONS:
        return None
    holder = direction
    if direction.dep_ in ON_COPULA and direction.head.lemma_.lower() == COPULA:
        holder = direction.head
    subject = next(
        (c for c in holder.children if c.dep_ in SUBJECTS and c.i < direction.i), None
    )
    if subject is None:
        return None
    measure = toll_measure(subject)
    if measure is None and (subject.tag_ == "NNS" or opening_plural(subject) is not None):
        measure = read_noun(subject)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=direction, rule=f"{RULE}{subject.lemma_.lower()}")
