"""The words of a date entity's time expression: the entity with the preposition, the bound
or the stretch before it ("so far this year", "since the offensive began 11 days ago", "the
day after Thanksgiving"), as ``periods`` resolves it. Split from ``claim_dates``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.bounded_dates import CLAUSE_BOUNDS, clause_bound
from core.rules import word_set
from core.text.dates import date_words, normalise_expression
from core.text.holidays import holiday

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TIME_PREPS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "over",
        "since",
        "until",
        "till",
        "through",
        "throughout",
        "by",
        "from",
        "between",
        "within",
        "before",
        "after",
        "across",
        "for",
    ]
)


def _time_expression_start(ent: Span) -> int:
    """Where the time expression of the entity begins: the tagger may take in the noun "past"
    before a day ("the town's violent past early Sunday"), which then read as "past Sunday",
    the Sunday a week back. "the past two weeks", "this past Sunday" keep it."""
    doc, start = ent.doc, ent.start
    if start > ent.sent.start and _orders_the_day(doc[start - 1], ent):
        return start - 1  # "penultimate Sunday": the recogniser tags the weekday alone
    if start + 1 >= ent.end or doc[start].lower_ != "past" or doc[start + 1].like_num:
        return start
    before = doc[start - 1].lower_ if start > ent.sent.start else ""
    if before in ("this", "the") or doc[start + 1].lower_ in date_words().units:
        return start
    return start + 1


def _orders_the_day(word: Token, ent: Span) -> bool:
    """ "penultimate" right before the weekday (dates.json "day_order_words"), however the
    parser hangs it; not after an article ("the penultimate Sunday of May" counts within
    the month, not back from the report)."""
    if word.lower_ not in word_set("dates", "day_order_words") or len(ent) != 1:
        return False
    before = word.nbor(-1) if word.i > ent.sent.start else None
    return before is None or before.pos_ != "DET"


def an_ordered_part(ent: Span) -> bool:
    """ "the penultimate week (of the operation)": an article before a word of
    ``day_order_words`` that opens the entity orders a part of something else, no time
    counted back from the report ("penultimate week" alone is the week before last)."""
    return (
        len(ent) > 2
        and ent[0].pos_ == "DET"
        and ent[1].lower_ in word_set("dates", "day_order_words")
    )


def time_expression(ent: Span) -> str:
    """The entity with its governing preposition and adverbs ("so far this year")."""
    doc = ent.doc
    start = _time_expression_start(ent)
    for child in ent.root.children:
        if child.dep_ == "advmod" and child.i < start:
            start = min(start, child.left_edge.i)
    head = ent.root.head
    prefix = ""
    shifted_from = _day_before_after(ent)
    if shifted_from is not None:
        return doc[shifted_from : ent.end].text  # "the day after Thanksgiving"
    if ent.root.dep_ == "pobj" and head.lower_ in TIME_PREPS and not _ranked_after(head):
        prefix = head.text + " "
        if head.lower_ in CLAUSE_BOUNDS and _when_after(ent):
            # "the largest since August, when ... killed 17": August's figure
            prefix = "in "
        # "until November", "in the first half of 2024"
        if head.head.lower_ == "so" or (head.i > 0 and doc[head.i - 1].lower_ == "far"):
            prefix = "so far " + prefix
        if (bound := clause_bound(head.head)) is not None:
            prefix = bound + " "  # "since the fighting began in April"
    elif ent.root.dep_ in ("advmod", "npadvmod") and (bound := clause_bound(head)):
        prefix = bound + " "  # "since the offensive began 11 days ago"
    elif _bound_before(ent):
        # "since January this year": the parser roots the entity on "year", not "January"
        prefix = doc[ent.start - 1].text + " "
    return prefix + doc[start : ent.end].text


def _ranked_after(prep: Token) -> bool:
    """ "followed by August": the agent of a ranking verb names the next month, no bound."""
    return prep.dep_ == "agent" and prep.head.lemma_.lower() in word_set(
        "dates", "ranked_after_verbs"
    )


def _bound_before(ent: Span) -> bool:
    """ "since" or "until" just before the entity governs its first word; not before a "when"
    clause, which tells what happened at that point ("since October, when clashes left
    dozens dead": the figure is October's)."""
    if ent.start == ent.sent.start:
        return False
    prep = ent.doc[ent.start - 1]
    return (
        prep.lower_ in CLAUSE_BOUNDS
        and ent.doc[ent.start].head.i == prep.i
        and not _when_after(ent)
    )


def _when_after(ent: Span) -> bool:
    """A "when" clause follows the entity ("since October, when clashes left dozens dead"):
    it tells what happened at that point, which the bound does not span."""
    after = [t.lower_ for t in ent.doc[ent.end : min(ent.end + 2, ent.sent.end)]]
    return "when" in after


def _day_before_after(ent: Span) -> int | None:
    """Where "the day after" / "two days before" a holiday starts, which the tagger writes as
    an entity of its own ("the day", "Thanksgiving")."""
    doc, prep = ent.doc, ent.start - 1
    if prep < 1 or doc[prep].lower_ not in ("after", "before") or doc[prep - 1].lower_ not in (
        "day", "days"
    ):
        return None
    if holiday(normalise_expression(ent.text), None, 2000) is None:
        return None
    start = prep - 1
    while start > ent.sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    return start
