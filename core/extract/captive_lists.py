"""People kidnapped (or arrested) named in a list without a numeral: "gunmen abducted an
engineer and his driver" (two), "bandits kidnapped a trader, his wife and a neighbour" (three),
"police arrested a factory owner and his manager" (two). Counted as the
victims of a casualty list are (``victim_lists.count_members``): one each for a person named
singly or by relation; a list with a member no one can count ("the family", "some
villagers") is left to no guess. A list that holds a count ("a Briton and two Australians were
kidnapped", "police arrested a cleric and three students") is read by the count's own reading
(``counted_captive_lists``): the one named singly is one more of the people it holds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.clause_members import own_members
from core.extract.list_members import conjuncts, kin_object, list_end
from core.extract.measures import Reading
from core.extract.pair_nouns import a_pair
from core.extract.person_nouns import person_noun
from core.extract.victim_lists import count_members
from core.extract.victim_mentions import LIST_RULE
from core.extract.victim_names import Found, one_victim, victim_figure
from core.text.nationalities import nationality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

KIDNAPPED: Measure = "kidnapped"
ARRESTED: Measure = "arrested"
HELD: frozenset[Measure] = frozenset({KIDNAPPED, ARRESTED})
THE = "the"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # the list's verb follows it: its own
ROLES = SUBJECTS | {"dobj"}


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


def counted_captive_lists(
    sent: Span, readings: Sequence[Found]
) -> tuple[list[Found], set[int]]:
    """The lists of people kidnapped or arrested that hold a count read on their verb ("a
    Briton and two Australians were kidnapped": 3, "police arrested a cleric and three
    students": 4), each one figure over the whole list, and the numerals it replaces. A
    member no one can count ("his family") leaves the count alone."""
    counted = {(num.i, r.measure): amount.value for amount, num, _s, r in readings
               if r.measure in HELD}
    found: list[Found] = []
    replaced: set[int] = set()
    for _amount, num, _span, reading in readings:
        if num.i in replaced:
            continue  # a second count of a list read already
        listed = _listed(sent, num, reading, counted)
        if listed is not None:
            found.append(listed[0])
            replaced.update(listed[1])
    return found, replaced


def _listed(
    sent: Span, num: Token, reading: Reading, counted: dict[tuple[int, Measure], float]
) -> tuple[Found, list[int]] | None:
    """The list a count of people held is a member of, as one figure with its numerals."""
    measure, noun, anchor = reading.measure, reading.noun, reading.anchor
    if measure not in HELD or noun is None or anchor is None:
        return None
    # "and two of his aides": the number is the member, its noun under "of"
    first = num if num.dep_ == "conj" else noun
    while first.dep_ == "conj":  # the list's first member holds its role
        # "abducted a couple and their two children": relatives the parser hung on the verb
        first = kin_object(first) or first.head
    if first.dep_ not in ROLES or first.head.i != anchor.i:
        return None
    members = conjuncts(first)
    if first.dep_ not in SUBJECTS:  # "abducted a trader and two others were shot": theirs
        members = own_members(members, measure)
    if len(members) < 2 or (noun not in members and num not in members):
        return None  # "and two of his aides": the number its own member
    # as a subject, "her son and two nephews were held" may be told by the one who speaks of
    # them (the casualty lists' subjects are read so too); as an object he is taken
    object_ = first.dep_ not in SUBJECTS
    count = count_members(members, measure, counted, relation=object_)
    if count is None:
        return None
    total, _how, numerals = count
    if not all(m.i in numerals or _a_person(m, numerals) for m in members):
        return None  # "seized a bus and 20 passengers": the bus is taken, no one more
    if measure == ARRESTED and any(_the_one(m, numerals) for m in members):
        return None  # "arrested the chairman and two others": he may be one told before
    start = min(m.left_edge.i for m in members)
    span = sent.doc[start : list_end(max(members, key=lambda m: m.i))]
    rule = f"{LIST_RULE}{anchor.lemma_.lower()}"
    figure = victim_figure(sent, span, total, Reading(
        measure=measure, noun=first, anchor=anchor, rule=rule))
    return figure, numerals


def _the_one(member: Token, numerals: list[int]) -> bool:
    """A member counted singly by "the" ("the chairman"), as lone arrests read one
    (``lone_arrests.LISTED_ARRESTS``: an article or a relation introduce him)."""
    counted = member.i in numerals or any(c.i in numerals for c in member.children)
    return not counted and any(c.dep_ == "det" and c.lower_ == THE for c in member.children)


def _a_person(member: Token, numerals: list[int]) -> bool:
    """A member counted singly names a person by its word, name or relation ("a Briton",
    "their driver"), or is counted by its numeral ("two of his aides")."""
    counted = any(c.i in numerals for c in member.children)
    if counted:
        return True
    if member.pos_ == "PROPN" and not nationality(member.lower_) and any(
        c.dep_ == "det" for c in member.children
    ):
        # "a Land Cruiser", "the Galaxy Leader": a thing so named (a person's name takes no
        # article), unlike a people's word ("a Briton")
        return False
    return person_noun(member) or a_pair(member) or one_victim(member, relation=True) is not None
