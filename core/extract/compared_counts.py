"""A count set against an earlier one ("compared with 58 at the same point last year", "up
from 162 a year earlier"), which the tagger may read with the time after it as one date
(split from ``figures``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.compared_periods import a_same_span_back, steps_back

if TYPE_CHECKING:
    from spacy.tokens import Token


# the words a count is set against another by: "compared with 58", "down from 52"
COMPARING_WORDS = frozenset({"compared", "compare", "comparison", "down", "up", "against"})
COMPARING_PREPOSITIONS = frozenset({"with", "to", "from"})
_SAME = "same"
_SAME_PERIOD_REACH = 3  # "70 at the same point", "78 in the same period"
_SPAN_BACK_REACH = 6  # "58 at this point last year"


def compared_count(num: Token) -> bool:
    """ "43 homicides this year, compared with 58 at the same point last year", "down from 52
    in the same period": the tagger may take the earlier count and its period for one date,
    but the number the comparison takes, with the period after it, is a count."""
    prep = num.head
    period = num.doc[num.i + 1 : num.i + 1 + _SAME_PERIOD_REACH]
    return moved_from(num) or (
        num.dep_ == "pobj"
        and num.pos_ == "NUM"
        and prep.lower_ in COMPARING_PREPOSITIONS
        and prep.head.lower_ in COMPARING_WORDS
        # a tally set against the same stretch of another year ("at the same point last
        # year", "in the same period of 2030") or the one before ("up from 162 a year
        # earlier", which the tagger reads as one date with the figure)
        and (
            any(t.lower_ == _SAME for t in period)
            or _dated_back(num)
            # "down from 58 at this point last year"
            or a_same_span_back(num.doc[num.i + 1 : num.i + 1 + _SPAN_BACK_REACH].text)
        )
    )




def moved_from(num: Token) -> bool:
    """ "Homicides fell to 19 from 27", "are down to 19 from 27": the count a figure moved
    from, beside the "to" of the count it moved to, which the tagger may read as a day."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    mover = prep.head
    targets = [mover, *(c for c in mover.children if c.lower_ in _DIRECTIONS)]
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.like_num for o in c.children)
        for t in targets
        for c in t.children
    )


_DIRECTIONS = frozenset({"down", "up"})  # "are down to 19 from 27"


def _dated_back(num: Token) -> bool:
    """The date the tagger ran over the figure is a time told back: "162 a year earlier"."""
    doc, end = num.doc, num.i + 1
    while end < len(doc) and doc[end].ent_type_ == "DATE" and end - num.i <= _SAME_PERIOD_REACH:
        end += 1
    return end > num.i + 1 and steps_back(doc[num.i + 1 : end].text)
