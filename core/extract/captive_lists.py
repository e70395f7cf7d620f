"""People kidnapped (or arrested) named in a list without a numeral: "gunmen abducted an
engineer and his driver" (two), "bandits kidnapped a trader, his wife and a neighbour" (three),
"police arrested a factory owner and his manager" (two). Counted as the
victims of a casualty list are (``victim_lists.count_members``): one each for a person named
singly or by relation; a list with a member no one can count ("the family", "some
villagers") is left to no guess."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.clause_members import own_members
from core.extract.list_members import conjuncts, list_end
from core.extract.measures import Reading
from core.extract.victim_lists import count_members
from core.extract.victim_mentions import LIST_RULE
from core.extract.victim_names import Found, victim_figure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

KIDNAPPED: Measure = "kidnapped"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # the list's verb follows it: its own


def captive_list(
    sent: Span, first: Token, anchor: Token, measure: Measure = KIDNAPPED
) -> Found | None:
    """The figure of the list ``first`` opens as the captives of ``anchor`` (or the people
    it arrested: ``measure``), if every member counts."""
    members = conjuncts(first)
    if first.dep_ not in SUBJECTS:  # "abducted a trader and another was shot": one taken
        members = own_members(members, measure)
    if len(members) < 2:
        return None
    count = count_members(members, measure, {}, relation=True)
    if count is None:
        return None
    start = min(m.left_edge.i for m in members)
    span = sent.doc[start : list_end(members[-1])]
    reading = Reading(
        measure=measure, noun=first, anchor=anchor, rule=f"{LIST_RULE}{anchor.lemma_.lower()}"
    )
    return victim_figure(sent, span, count[0], reading)
