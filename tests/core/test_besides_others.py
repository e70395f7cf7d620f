""""Another N" arrested after a sentence that counts other things: all the arrested, compared
with another report's count; after a sentence that counts arrests, more of them, never."""

from __future__ import annotations

from core.group.besides_others import besides_other_counts
from core.model import Measure
from tests.core.claim_factory import Batch

START, END = "2034-01-01", "2034-03-31"


def _command_report(
    before: str, figure: str, value: float, measure: Measure
) -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published="2034-04-05", outlet="Outlet 1")
    b.add("d1", before, figure, value, measure=measure, subject="rebels",
          location="Mindoro", date=START, date_end=END)
    taken = b.add("d1", "Another 18 rebels were arrested, the command said.", "18", 18,
                  measure="arrested", subject="rebels", location="Mindoro", date=START,
                  date_end=END)
    return b, taken


def test_another_count_after_other_counts_is_the_whole_count() -> None:
    b, taken = _command_report("A total of 60 rebels surrendered in the quarter.", "60", 60,
                               "other")
    assert besides_other_counts(b.claims, b.documents()) == {taken}


def test_another_count_after_the_same_measure_is_more_of_it() -> None:
    b, _ = _command_report("Troops arrested 60 rebels in the quarter.", "60", 60, "arrested")
    assert besides_other_counts(b.claims, b.documents()) == frozenset()


def test_another_count_besides_the_surrendered_is_compared_with_another_reports() -> None:
    b, taken = _command_report("A total of 60 rebels surrendered in the quarter.", "60", 60,
                               "other")
    b.report("d2", published="2034-04-05", outlet="Outlet 2")
    rival = b.add("d2", "Troops arrested 21 rebels in the quarter, the command said.", "21", 21,
                  measure="arrested", subject="rebels", location="Mindoro", date=START,
                  date_end=END)
    assert b.flagged(taken, rival) != []
