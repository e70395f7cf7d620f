"""The scope of a figure's subject read from the singular of a group noun as from its plural
("one ranger" / "two rangers"), the cadres and suspected members of an armed outfit counted as
its militants, and those held under a noun the table lacks ("two smugglers") as some of those
arrested (issue #11, conflicts)."""

from __future__ import annotations

import pytest

from core.group.conflicts import scope
from core.model import Measure
from tests.core.claim_factory import Batch

DAY = "2031-05-14"


@pytest.mark.parametrize(
    ("sentence", "figure", "subject", "measure", "expected"),
    [
        ("One ranger was hurt when the mine went off.", "One", "ranger", "injured", "security"),
        ("One labourer was hurt when the scaffold fell.", "One", "labourer", "injured",
         "civilians"),
        ("One girl was hurt in the stampede.", "One", "girl", "injured", "children"),
        ("Troops shot dead four cadres of the outlawed front.", "four", "cadres", "killed",
         "militants"),
        # the suspects arrested are all those arrested, cadres of an outfit too
        ("Police held nine cadres of the outlawed front.", "nine", "cadres", "arrested", "all"),
        # suspected members of an outfit are suspects, the attackers' side
        ("Troops killed five suspected members of the outlawed front.", "five",
         "suspected members", "killed", "militants"),
        ("Five members of one family were killed in the crash.", "Five", "members", "killed",
         "member"),
        # a noun the table lacks stays a scope of its own, singular or plural
        ("One driver was hurt in the crash.", "One", "driver", "injured", "driver"),
        ("Two drivers were hurt in the crash.", "Two", "drivers", "injured", "driver"),
    ],
)
def test_a_singular_group_noun_counts_its_group(
    sentence: str, figure: str, subject: str, measure: Measure, expected: str
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 1, subject=subject, measure=measure)
    assert scope(b.claims[0]) == expected


def test_one_ranger_against_two_rangers_is_a_contradiction() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-15")
    one = b.add("d1", "One ranger was hurt when the mine went off.", "One", 1,
                measure="injured", subject="ranger", date=DAY)
    two = b.add("d2", "Two rangers were hurt in the mine blast.", "Two", 2,
                measure="injured", subject="rangers", date=DAY)
    assert [x.kind for x in b.flagged(one, two)] == ["contradiction"]


def test_cadres_held_against_the_people_arrested_is_a_contradiction() -> None:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-15")
    cadres = b.add("d1", "Police held nine cadres of the outlawed front.", "nine", 9,
                   measure="arrested", subject="cadres", date=DAY)
    people = b.add("d2", "Eleven people were arrested in the sweep.", "Eleven", 11,
                   measure="arrested", subject="people", date=DAY)
    assert [x.kind for x in b.flagged(cadres, people)] == ["contradiction"]


def sweep() -> Batch:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-15")
    return b


def test_those_held_under_another_name_are_some_of_those_arrested() -> None:
    b = sweep()
    few = b.add("d1", "Police held two smugglers after the fire.", "two", 2,
                measure="arrested", subject="smugglers", date=DAY)
    people = b.add("d2", "Four people were arrested after the fire.", "Four", 4,
                   measure="arrested", subject="people", date=DAY)
    assert [x.kind for x in b.flagged(few, people)] == ["divergent"]


def test_more_held_under_another_name_than_arrested_in_all_is_a_contradiction() -> None:
    b = sweep()
    many = b.add("d1", "Police held five smugglers after the fire.", "five", 5,
                 measure="arrested", subject="smugglers", date=DAY)
    people = b.add("d2", "Three people were arrested after the fire.", "Three", 3,
                   measure="arrested", subject="people", date=DAY)
    assert [x.kind for x in b.flagged(many, people)] == ["contradiction"]


def test_one_reports_figures_of_those_held_are_never_set_against_each_other() -> None:
    b = sweep()
    people = b.add("d1", "Thirty people were arrested in the sweep.", "Thirty", 30,
                   measure="arrested", subject="people", date=DAY)
    few = b.add("d1", "Police said four smugglers were held on Monday.", "four", 4,
                measure="arrested", subject="smugglers", date=DAY)
    assert b.flagged(few, people) == []
