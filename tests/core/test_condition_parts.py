"""Counts of the hurt by their condition ("four are in critical condition") are parts of the
injured, never their toll: never set against another report's toll, compared only with each
other, and then as divergent (``core.group.toll_parts.in_condition``)."""

from __future__ import annotations

import dataclasses

from core.group.conflicts import find_conflicts
from core.group.match import group
from core.model import Conflict
from tests.core.claim_factory import Batch


def _ruled(b: Batch, cid: str, rule: str) -> None:
    """Give claim ``cid`` the extraction rule ``rule`` (the factory writes "test")."""
    b.claims = [dataclasses.replace(c, rule=rule) if c.id == cid else c for c in b.claims]


def _between(b: Batch, one: str, other: str) -> list[Conflict]:
    events = group(b.claims, documents=b.documents())
    conflicts = find_conflicts(events, b.claims, documents=b.documents())
    return [x for x in conflicts if {one, other} <= set(x.claim_ids)]


def _two_reports(condition: str, rule: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2031-03-02")
    b.report("d2", published="2031-03-02")
    toll = b.add("d1", "Twenty people were injured when a van overturned in Kandy on Monday.",
                 "Twenty", 20, measure="injured", location="Kandy", date="2031-03-01")
    b.add("d2", "A van overturned in Kandy on Monday, injuring its passengers.", "passengers",
          1, measure="other", location="Kandy", date="2031-03-01")
    part = b.add("d2", condition, "Five", 5, measure="injured", location="Kandy",
                 date="2031-03-01")
    _ruled(b, part, rule)
    return b, toll, part


def test_a_count_in_critical_condition_never_contradicts_the_toll() -> None:
    b, toll, part = _two_reports("Five of the passengers are in critical condition.",
                                 "in_condition")
    assert not [x for x in _between(b, toll, part) if x.kind != "consistent"]


def test_the_condition_of_some_never_contradicts_the_toll() -> None:
    b, toll, part = _two_reports("The condition of Five passengers is serious.", "condition_of")
    assert not [x for x in _between(b, toll, part) if x.kind != "consistent"]


def test_a_toll_without_a_condition_rule_is_still_compared() -> None:
    b, toll, part = _two_reports("Five passengers were injured in the crash.",
                                 "verb:injure:passive")
    assert [x.kind for x in _between(b, toll, part)] == ["contradiction"]


def test_condition_counts_of_two_reports_diverge() -> None:
    """"Four critical" and "six in serious condition" (one given as a subset of the report's
    own toll) are compared with each other: divergent, never a contradiction."""
    b = Batch()
    b.report("d1", published="2031-03-02")
    b.report("d2", published="2031-03-02")
    toll = b.add("d1", "Nine people were injured in a blast in Kandy on Monday.", "Nine", 9,
                 measure="injured", location="Kandy", date="2031-03-01")
    four = b.add("d1", "Of them, four are in critical condition.", "four", 4,
                 measure="injured", location="Kandy", date="2031-03-01", part_of=toll)
    _ruled(b, four, "in_condition")
    b.add("d2", "A blast in Kandy on Monday wounded 11 people, six of them in serious "
          "condition.", "11", 11, measure="injured", location="Kandy", date="2031-03-01")
    six = b.add("d2", "A blast in Kandy on Monday wounded 11 people, six of them in serious "
                "condition.", "six", 6, measure="injured", location="Kandy",
                date="2031-03-01", part_of="c3")
    _ruled(b, six, "subset")
    assert [x.kind for x in _between(b, four, six)] == ["divergent"]
    assert not _between(b, toll, four)
    assert not _between(b, toll, six)


def test_a_subset_with_no_condition_is_not_a_condition_count() -> None:
    """"six of them women" is a subset of another kind: never compared with a count of the
    critical."""
    b = Batch()
    b.report("d1", published="2031-03-02")
    b.report("d2", published="2031-03-02")
    toll = b.add("d1", "Nine people were injured in a blast in Kandy on Monday.", "Nine", 9,
                 measure="injured", location="Kandy", date="2031-03-01")
    four = b.add("d1", "Of them, four are in critical condition.", "four", 4,
                 measure="injured", location="Kandy", date="2031-03-01", part_of=toll)
    _ruled(b, four, "in_condition")
    b.add("d2", "A blast in Kandy on Monday wounded 11 people, six of them women.", "11", 11,
          measure="injured", location="Kandy", date="2031-03-01")
    six = b.add("d2", "A blast in Kandy on Monday wounded 11 people, six of them women.", "six",
                6, measure="injured", location="Kandy", date="2031-03-01", part_of="c3")
    _ruled(b, six, "subset")
    assert not _between(b, four, six)


def _one_report(first: str, second: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2031-03-02")
    one = b.add("d1", first, "Three", 3, measure="injured", location="Kandy", date="2031-03-01")
    two = b.add("d1", second, "two", 2, measure="injured", location="Kandy", date="2031-03-01")
    _ruled(b, one, "in_condition")
    _ruled(b, two, "in_condition")
    return b, one, two


def test_one_reports_counts_of_two_conditions_are_a_breakdown() -> None:
    b, one, two = _one_report("Three of the hurt are in serious condition in Kandy.",
                              "Doctors said two are in critical condition.")
    assert not _between(b, one, two)


def test_one_reports_two_counts_of_one_condition_diverge() -> None:
    b, one, two = _one_report("Three of the hurt are in critical condition in Kandy.",
                              "Doctors said two are in critical condition.")
    assert [x.kind for x in _between(b, one, two)] == ["divergent"]
