"""One victim named without a numeral beside a count of more (issue #11, conflicts): in a
report that counts the measure it is one of the counted; a report that names only its one
victim is divergent from a larger count, never in contradiction with it."""

from __future__ import annotations

from tests.core.claim_factory import Batch

DAY = "2031-05-14"
NAMED = "singular_victim:indefinite:kill"  # the extraction's reader of "a farmer was killed"


def ambush() -> Batch:
    b = Batch()
    for doc in ("d1", "d2"):
        b.report(doc, published="2031-05-15")
    return b


def test_a_named_victim_is_one_of_its_reports_count() -> None:
    b = ambush()
    count = b.add("d1", "Six villagers were killed in the raid on the hamlet.", "Six", 6,
                  subject="villagers", date=DAY)
    one = b.add("d1", "A 70-year-old villager was killed in his field.",
                "A 70-year-old villager", 1, subject="villager", rule=NAMED, date=DAY)
    b.add("d2", "A villager was killed in the raid, police said.", "A villager", 1,
          subject="villager", rule=NAMED, date=DAY)
    assert b.flagged(count, one) == []


def test_a_report_naming_its_one_victim_diverges_from_a_larger_count() -> None:
    b = ambush()
    one = b.add("d1", "A ranger was killed when the patrol was ambushed.", "A ranger", 1,
                subject="ranger", rule=NAMED, date=DAY)
    count = b.add("d2", "Three rangers were killed in the ambush.", "Three", 3,
                  subject="rangers", date=DAY)
    assert [x.kind for x in b.flagged(one, count)] == ["divergent"]


def test_one_more_victim_named_beside_its_reports_toll_is_no_count() -> None:
    b = ambush()
    b.add("d1", "Two rangers were killed in the ambush.", "Two", 2, subject="rangers", date=DAY)
    one = b.add("d1", "A ranger died of his wounds on Friday, raising the toll to three.",
                "A ranger", 1, subject="ranger", rule=NAMED, date=DAY)
    count = b.add("d2", "Three rangers were killed in the ambush.", "Three", 3,
                  subject="rangers", date=DAY)
    assert b.flagged(one, count) == []


def test_a_count_of_one_in_words_is_a_count() -> None:
    b = ambush()
    one = b.add("d1", "One ranger was killed when the patrol was ambushed.", "One", 1,
                subject="ranger", date=DAY)
    count = b.add("d2", "Three rangers were killed in the ambush.", "Three", 3,
                  subject="rangers", date=DAY)
    assert [x.kind for x in b.flagged(one, count)] == ["contradiction"]
