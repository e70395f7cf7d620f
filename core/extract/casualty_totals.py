"""A count of casualties broken down into its dead and its hurt ("480 casualties, including
120 dead and 360 wounded", "14 casualties in the ambush, 9 killed and 5 wounded"): the
casualties are both, a figure of its own, never a toll of the dead beside the sentence's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.either_harms import told_dead_and_hurt
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.model import Measure
    from core.text.numbers import Amount

BOTH: Measure = "other"  # the measure of a figure counting the dead and the hurt together
BOTH_RULE = ":both"  # added to the rule, so the grid says why it is no toll of the dead


def both_harms(
    readings: list[tuple[Amount, Token, Span, Reading]],
) -> list[tuple[Amount, Token, Span, Reading]]:
    """The readings, a casualties count read as the killed made a count of both when figures
    of the killed and of the hurt after it in its sentence add up to no more than it, or
    when its own words say it holds both ("including killed and wounded")."""
    for amount, num, _span, reading in readings:
        if reading.measure != "killed" or not _counts_both(reading.noun):
            continue
        if reading.noun is not None and _said_both(reading.noun):
            reading.measure = BOTH  # "900 casualties, including killed and wounded"
            reading.rule += BOTH_RULE
            continue
        later = [(a.value, r.measure) for a, n, _s, r in readings if n.i > num.i]
        dead = sum(v for v, m in later if m == "killed")
        hurt = sum(v for v, m in later if m == "injured")
        if dead and hurt and dead + hurt <= amount.value:
            reading.measure = BOTH
            reading.rule += BOTH_RULE
    return readings


_TOLD = frozenset({"pcomp", "pobj"})  # "including killed and wounded", "in killed and ..."


def _said_both(noun: Token) -> bool:
    """The casualties' own words say they are the dead and the hurt, with no figures."""
    return any(
        c.dep_ == "prep" and any(g.dep_ in _TOLD and told_dead_and_hurt(g) for g in c.children)
        for c in noun.children
    )


def _counts_both(noun: Token | None) -> bool:
    nouns = word_set("measures", "both_harm_nouns")
    return noun is not None and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)
