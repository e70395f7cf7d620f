"""A report's toll and the one group it names, set side by side as ``divergent``."""

from __future__ import annotations

from core.group.conflicts import find_conflicts, partial, scope
from core.model import Conflict, Event
from tests.core.claim_factory import Batch


def conflicts_of(b: Batch) -> tuple[Conflict, ...]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    return find_conflicts([event], b.claims, documents=b.documents())


def side_by_side(b: Batch) -> list[Conflict]:
    return [x for x in conflicts_of(b) if " in all: " in x.explanation]


def test_a_group_and_a_later_toll_of_one_report_are_set_side_by_side() -> None:
    b = Batch()
    b.report("d1", published="2031-04-02")
    guards = b.add("d1", "At least five guards were killed when gunmen stormed the depot.",
                   "At least five", 5, qualifier="at_least", subject="guards")
    b.add("d1", "One of the wounded died on Tuesday, raising the death toll to six.", "One", 1,
          subject="wounded")
    toll = b.add("d1", "One of the wounded died on Tuesday, raising the death toll to six.",
                 "six", 6)
    (line,) = side_by_side(b)
    assert line.kind == "divergent"
    assert set(line.claim_ids) == {guards, toll}
    assert line.explanation.startswith("at least 5 guards vs exactly 6 in all")


def test_a_group_larger_than_the_toll_says_so() -> None:
    b = Batch()
    pilgrims = b.add("d1", "Bus crash kills 18 pilgrims", "18", 18, subject="pilgrims")
    bodies = b.add("d1", "A doctor said 15 bodies had been brought to the morgue.", "15", 15,
                   subject="bodies")
    (line,) = side_by_side(b)
    assert set(line.claim_ids) == {pilgrims, bodies}
    assert "more of them than the toll" in line.explanation


def test_no_group_beside_the_toll_when_it_is_a_breakdown_or_another_report() -> None:
    b = Batch()
    b.report("d1", published="2031-04-02")
    b.report("d2", published="2031-04-02")
    b.add("d1", "The ambush killed 12 people, officials said.", "12", 12, subject="people")
    b.add("d1", "Seven soldiers were among the dead.", "Seven", 7, subject="soldiers")
    b.add("d2", "Nine soldiers died in the ambush, the army said.", "Nine", 9,
          subject="soldiers")
    b.add("d2", "A policeman was also killed.", "A policeman", 1, subject="policeman")
    assert side_by_side(b) == []


def test_no_group_beside_the_toll_when_the_report_names_two_groups() -> None:
    b = Batch()
    b.add("d1", "The raid left 10 people dead.", "10", 10, subject="people")
    b.add("d1", "Four soldiers died in the raid.", "Four", 4, subject="soldiers")
    b.add("d1", "Three civilians died in the crossfire.", "Three", 3, subject="civilians")
    b.add("d1", "Three men and two women were hurt.", "Three", 3, measure="injured",
          subject="men")
    b.add("d1", "Three men and two women were hurt.", "two", 2, measure="injured",
          subject="women")
    b.add("d1", "In all 5 people were wounded.", "5", 5, measure="injured", subject="people")
    assert side_by_side(b) == []


def test_a_toll_named_beside_a_hospital_is_the_whole_toll() -> None:
    b = Batch()
    toll = b.add("d1", "The wounded were taken to City Hospital, raising the death toll to 7.",
                 "7", 7)
    count = b.add("d1", "City Hospital received 12 bodies, a doctor said.", "12", 12,
                  subject="bodies")
    by_id = {c.id: c for c in b.claims}
    assert partial(by_id[toll]) is None
    assert partial(by_id[count]) == "facility"


def test_the_number_of_a_group_counts_that_group() -> None:
    """A figure read with no subject counts what "the number of ..." before it names: set
    against the same group's count, never against the whole toll."""
    b = Batch()
    b.report("d1", published="2031-04-02")
    three = b.add("d1", "The guards said they killed 3 of the raiders.", "3", 3,
                  subject="raiders")
    four = b.add("d1", "A police official put the number of raiders killed at four.", "four", 4)
    toll = b.add("d1", "The attack left 9 people dead in all.", "9", 9, subject="people")
    ten = b.add("d1", "It raised the death toll to ten.", "ten", 10)
    by_id = {c.id: c for c in b.claims}
    assert scope(by_id[four]) == "militants"  # the attackers, whatever their name
    assert scope(by_id[ten]) == "all"
    found = [x for x in conflicts_of(b) if four in x.claim_ids]
    assert [x.kind for x in found] == ["contradiction"]
    assert set(found[0].claim_ids) == {three, four}
    assert all(toll not in x.claim_ids for x in found)


def test_a_vague_group_is_set_against_the_toll_by_the_least_it_asserts() -> None:
    b = Batch()
    b.add("d1", "Dozens of villagers were killed when the militia torched Ferrowick.",
          "Dozens", 12, qualifier="vague", subject="civilians")
    b.add("d1", "Officials later put the death toll at 20.", "20", 20)
    (line,) = side_by_side(b)
    assert line.explanation.startswith("dozens (24 or more) civilians vs exactly 20 in all")
    assert "more of them than the toll counts in all" in line.explanation


def test_those_left_in_care_are_a_part_of_the_hurt() -> None:
    b = Batch()
    b.report("d1", published="2031-04-02")
    b.report("d2", published="2031-04-02")
    total = b.add("d1", "Nearly 80 people were injured in the bazaar blast.", "Nearly 80", 80,
                  qualifier="nearly", measure="injured", subject="people")
    left = b.add("d2", "Doctors said 37 people were still being treated for their injuries.",
                 "37", 37, measure="injured", subject="people")
    remain = b.add("d2", "Eleven remain in the trauma ward, a surgeon said.", "Eleven", 11,
                   measure="injured")
    by_id = {c.id: c for c in b.claims}
    assert partial(by_id[total]) is None
    assert partial(by_id[left]) == "care"
    assert partial(by_id[remain]) == "care"
    # never the toll: only set beside the other report's hurt in all, as a part of them
    found = [x for x in conflicts_of(b) if x.measure == "injured"]
    assert {x.kind for x in found} == {"divergent"}
    assert {frozenset(x.claim_ids) for x in found} == {
        frozenset((left, total)), frozenset((remain, total))
    }
