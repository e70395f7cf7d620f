"""A list of the groups an incident harmed, one figure per group, is the report's toll (issue
#11, conflicts): "three guards and two drivers were killed" is set against another report's
"seven killed"; a list given as part of a toll, or beside the toll in its sentence, is not."""

from __future__ import annotations

from core.group.conflicts import find_conflicts
from core.model import Conflict, Event
from tests.core.claim_factory import Batch

DAY = "2031-03-09"
LISTED = "Three guards and two villagers were killed in the ambush."


def conflicts_of(b: Batch) -> tuple[Conflict, ...]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    return find_conflicts([event], b.claims, documents=b.documents())


def listed(b: Batch, sentence: str = LISTED) -> tuple[str, str]:
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-03-10")
    guards = b.add("d1", sentence, "Three", 3, subject="guards", date=DAY)
    villagers = b.add("d1", sentence, "two", 2, subject="villagers", date=DAY)
    return guards, villagers


def test_the_sum_of_a_list_is_set_against_another_reports_toll() -> None:
    b = Batch()
    guards, villagers = listed(b)
    toll = b.add("d2", "Seven people were killed in the ambush, police said.", "Seven", 7,
                 subject="people", date=DAY)
    lines = [c for c in conflicts_of(b) if toll in c.claim_ids]
    assert [c.kind for c in lines] == ["contradiction"]
    assert set(lines[0].claim_ids) == {guards, villagers, toll}
    assert "(5 in all)" in lines[0].explanation


def test_a_sum_that_agrees_is_no_conflict() -> None:
    b = Batch()
    listed(b)
    b.add("d2", "Five people were killed in the ambush, police said.", "Five", 5,
          subject="people", date=DAY)
    assert [c for c in conflicts_of(b) if c.kind != "consistent"] == []


def test_a_list_given_as_a_part_of_a_toll_is_no_toll() -> None:
    b = Batch()
    listed(b, "Three guards and two villagers were among the dead.")
    toll = b.add("d2", "Seven people were killed in the ambush, police said.", "Seven", 7,
                 subject="people", date=DAY)
    assert [c for c in conflicts_of(b) if toll in c.claim_ids] == []


def test_a_list_beside_its_own_toll_is_no_toll() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-03-10")
    sentence = "Six people died in the ambush: three guards and two villagers."
    six = b.add("d1", sentence, "Six", 6, subject="people", date=DAY)
    b.add("d1", sentence, "three", 3, subject="guards", date=DAY)
    b.add("d1", sentence, "two", 2, subject="villagers", date=DAY)
    toll = b.add("d2", "Seven people were killed in the ambush, police said.", "Seven", 7,
                 subject="people", date=DAY)
    lines = [c for c in conflicts_of(b) if toll in c.claim_ids]
    assert [set(c.claim_ids) for c in lines] == [{six, toll}]
