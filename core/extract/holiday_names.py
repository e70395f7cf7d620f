"""A holiday NER took for a place (issue #11, place): "over the Easter Sunday bombings" and
"during Ramzan", "on Diwali" name a day or a month, not a town; the holiday tables are
``core/text/holidays.py``'s and ``core/text/lunar_holidays.py``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text.dates import normalise_expression
from core.text.holidays import holiday
from core.text.lunar_holidays import a_lunar_name

if TYPE_CHECKING:
    from spacy.tokens import Span

# a town after these is the scene: "in Christmas, Florida"
SCENE_PREPOSITIONS = frozenset({"in", "near", "outside"})


def a_holiday(ent: Span) -> bool:
    """A holiday NER took for a place ("over the Easter Sunday bombings"), unless it stands
    where a town would, after "in", "near" or "outside" (a town called Christmas)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPOSITIONS:
        return False
    return a_festival_name(ent.text)


def _a_festival(name: str) -> bool:
    """ "detained on Diwali": a festival on no fixed day of the holiday tables
    (``festival_days``), a day all the same, never a town."""
    return normalise_expression(name) in word_set("dates", "festival_days")


def a_holiday_name(name: str) -> bool:
    """ "Memorial Day", "Easter Sunday": a holiday's name, whatever the year."""
    text = normalise_expression(name)
    return holiday(text, None, _ANY_YEAR) is not None or a_lunar_name(text)


_ANY_YEAR = 2000  # a holiday's name is one whatever the year


def a_festival_name(name: str) -> bool:
    """ "at Holi in Barsana", "during Durga Puja in Kolkata": a holiday or a festival, which
    is when people gathered, never a village the town after it holds."""
    return a_holiday_name(name) or _a_festival(name)
