"""The period a trend is measured against, which dates none of its sentence's figures (issue
#11, dates): a release writes its total beside the change from an earlier month or year ("71
attacks in November, a 34 per cent increase over October", "a sharp rise on last year", "up
12 percent over 2029"). The total counts over the report's own period; the baseline is only
what the change is told from. A span leading up to the telling ("a 20 percent rise over the
past five years") is the change's own time and stays a date.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from core.extract.change_amounts import DIRECTIONS
from core.extract.compared_periods import YEAR, measured_against, steps_back
from core.extract.nlp import sentence_ents
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def trend_baseline(date: Token) -> bool:
    """``date`` (a token of a time expression) is the baseline of a trend: the comparison
    preposition ("over", "on") hangs on a noun of change, or on a verb or a direction word
    that carries a share, and the time names a month or a year, or one told back ("the
    previous month", "the same period last year"), not a span up to now nor the one counted
    over ("over the year")."""
    if not measured_against(date):
        return False
    ent = next(e for e in sentence_ents(date.sent) if e.start <= date.i < e.end)
    words = [t.lower_ for t in ent]
    if any(w in word_set("dates", "baseline_span_words") for w in words) or _the_last(words):
        return False
    if not _a_named_period(words, ent.text):
        return False  # "over the year", "over the period": the span counted over, no baseline
    holder = ent.root.head.head  # the word the preposition hangs on
    trends = word_set("cues", "recorder_trends")
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in trends
    if holder.lemma_.lower() in trends or holder.lower_ in DIRECTIONS:
        return _carries_a_share(holder)
    return False


def _a_named_period(words: list[str], text: str) -> bool:
    """The time names one period to measure against: a month or a year by its name ("over
    October", "over 2029"), or one told back ("the previous month", "last year", "the same
    period last year"); not "the year" or "the period" the figures count over."""
    months = load_rules("dates")["months"]
    return (
        any(w.rstrip(".") in months or YEAR.fullmatch(w) for w in words)
        or steps_back(text)
        or (len(words) == 2 and words[0] == "last")  # "last month", "last quarter"
    )


def _the_last(words: list[str]) -> bool:
    """ "the last year", "the last three months": a span up to now ("last year" alone is the
    calendar year before)."""
    return any(a == "the" and b == "last" for a, b in itertools.pairwise(words))


def _carries_a_share(holder: Token) -> bool:
    """The verb or direction word holds the change as a share ("rose 34 per cent", "up
    12pc"): a bare "rose over the weekend" tells a span, not a baseline."""
    marks = word_set("measures", "share_marks") | word_set("dates", "baseline_share_marks")
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ != "by":
            continue
        words = " ".join(t.lower_ for t in child.subtree)
        if any(t.ent_type_ == "PERCENT" for t in child.subtree) or any(
            f" {mark} " in f" {words} " or words.endswith(mark) for mark in marks
        ):
            return True
    return False
