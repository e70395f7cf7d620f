"""The groups a breakdown names are parts of the toll, never set against it nor against each
other (issue #11, conflicts): "among the dead are four guards and three policemen": the three
policemen are never set against another report's four guards, and "the dead included
four guards" is no disagreement with a toll of seven."""

from __future__ import annotations

from core.group.conflicts import find_conflicts
from core.model import Conflict, Event
from tests.core.claim_factory import Batch

DAY = "2031-05-14"
AMONG = "Among the dead are four guards and three policemen, the district chief said."


def conflicts_of(b: Batch) -> tuple[Conflict, ...]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    found = find_conflicts([event], b.claims, documents=b.documents())
    return tuple(c for c in found if c.kind != "consistent")


def two_reports(b: Batch) -> None:
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-15")


def test_one_group_of_a_breakdown_is_not_set_against_another_group() -> None:
    b = Batch()
    two_reports(b)
    b.add("d1", "Seven people were killed at the depot.", "Seven", 7, subject="people", date=DAY)
    b.add("d1", AMONG, "four", 4, subject="guards", date=DAY)
    b.add("d1", AMONG, "three", 3, subject="policemen", date=DAY)
    b.add("d2", "Seven people died in the raid on the depot.", "Seven", 7,
          subject="people", date=DAY)
    b.add("d2", "The dead included four guards, officials said.", "four", 4,
          subject="guards", date=DAY)
    assert conflicts_of(b) == ()


def test_named_groups_of_one_scope_in_a_breakdown_stay_apart_in_one_report() -> None:
    b = Batch()
    two_reports(b)
    b.add("d1", AMONG, "four", 4, subject="guards", date=DAY)
    b.add("d1", AMONG, "three", 3, subject="policemen", date=DAY)
    b.add("d2", "Five guards were killed in the raid.", "Five", 5, subject="guards", date=DAY)
    found = conflicts_of(b)
    # the guards are still compared with the guards, never with the policemen
    assert [set(c.claim_ids) for c in found] == [{"c1", "c3"}]


def test_the_same_group_in_a_breakdown_is_still_compared() -> None:
    b = Batch()
    two_reports(b)
    guards = b.add("d1", AMONG, "four", 4, subject="guards", date=DAY)
    other = b.add("d2", "Six guards were killed in the raid.", "Six", 6,
                  subject="guards", date=DAY)
    assert [set(c.claim_ids) for c in conflicts_of(b)] == [{guards, other}]


def test_two_groups_outside_any_breakdown_are_still_compared() -> None:
    b = Batch()
    two_reports(b)
    b.add("d1", "Four guards were killed in the raid.", "Four", 4, subject="guards", date=DAY)
    b.add("d2", "Six policemen were killed in the raid.", "Six", 6,
          subject="policemen", date=DAY)
    assert len(conflicts_of(b)) == 1


def test_a_group_the_dead_included_is_no_disagreement_with_the_toll() -> None:
    b = Batch()
    two_reports(b)
    b.add("d1", "Seven people were killed at the depot.", "Seven", 7, subject="people", date=DAY)
    b.add("d2", "The dead included four guards, officials said.", "four", 4,
          subject="guards", date=DAY)
    assert conflicts_of(b) == ()


def test_a_group_killed_is_still_set_beside_the_toll() -> None:
    b = Batch()
    two_reports(b)
    b.add("d1", "Seven people were killed at the depot.", "Seven", 7, subject="people", date=DAY)
    b.add("d2", "Four guards were killed, officials said.", "Four", 4,
          subject="guards", date=DAY)
    assert [c.kind for c in conflicts_of(b)] == ["divergent"]


def test_tolls_in_other_words_are_still_compared_beside_a_breakdown() -> None:
    b = Batch()
    two_reports(b)
    people = b.add("d1", "Twelve people were killed, and four of them were children.", "Twelve",
                   12, subject="people", date=DAY)
    bodies = b.add("d2", "Fifteen bodies were pulled from the rubble.", "Fifteen", 15,
                   subject="bodies", date=DAY)
    found = conflicts_of(b)
    assert [(c.kind, set(c.claim_ids)) for c in found] == [("contradiction", {people, bodies})]
