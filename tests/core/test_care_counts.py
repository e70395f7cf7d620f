"""Those still in care set against another report's hurt in all; "N more" hurt after the dead
is the hurt in all (core/group/care_counts.py, core/group/toll_parts.py)."""

from __future__ import annotations

import pytest

from core.group.conflicts import scope
from tests.core.claim_factory import Batch

DAY = "2031-07-06"


def reports(first: str = "2031-07-08") -> Batch:
    b = Batch()
    b.report("d1", published=first, outlet="Frontier Daily")
    b.report("d2", published="2031-07-08", outlet="Valley Times")
    return b


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "subject", "kind"),
    [
        ("Five wounded remain in hospital, a doctor said.", "Five", 5, "wounded",
         "contradiction"),
        ("Two people are still being treated at the district hospital.", "Two", 2,
         "people", "divergent"),
        ("One constable is undergoing treatment in the provincial capital.", "One", 1,
         "constable", "divergent"),
    ],
)
def test_a_count_still_in_care_is_set_against_another_reports_hurt(
    sentence: str, figure: str, value: int, subject: str | None, kind: str
) -> None:
    b = reports()
    whole = b.add("d1", "Three people were wounded in the attack.", "Three", 3,
                  measure="injured", subject="people", date=DAY)
    care = b.add("d2", sentence, figure, value, measure="injured", subject=subject, date=DAY)
    assert scope(b.claims[-1]) == "care"
    (line,) = b.flagged(care, whole)
    assert line.kind == kind
    assert "still in care" in line.explanation


def test_more_in_care_than_an_earlier_report_counted_is_divergent() -> None:
    b = reports(first="2031-07-07")  # the hurt may have been counted again since
    whole = b.add("d1", "Three people were wounded in the attack.", "Three", 3,
                  measure="injured", subject="people", date=DAY)
    care = b.add("d2", "Five wounded remain in hospital, a doctor said.", "Five", 5,
                 measure="injured", subject="wounded", date=DAY)
    (line,) = b.flagged(care, whole)
    assert line.kind == "divergent"


def test_a_count_in_care_and_its_own_reports_hurt_are_a_breakdown() -> None:
    b = reports()
    whole = b.add("d2", "Twelve people were wounded in the attack.", "Twelve", 12,
                  measure="injured", subject="people", date=DAY)
    care = b.add("d2", "Five wounded remain in hospital, a doctor said.", "Five", 5,
                 measure="injured", subject="wounded", date=DAY)
    assert b.flagged(care, whole) == []


def test_counts_in_care_are_never_the_toll() -> None:
    b = reports()
    first = b.add("d1", "Three wounded remain in hospital.", "Three", 3, measure="injured",
                  subject="wounded", date=DAY)
    second = b.add("d2", "Five wounded remain in hospital.", "Five", 5, measure="injured",
                   subject="wounded", date=DAY)
    assert b.flagged(first, second) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Two policemen were martyred, the spokesman said, adding that four more policemen "
         "had been wounded.", "four"),
        ("The gunmen shot dead two guards and wounded four more before fleeing.", "four"),
    ],
)
def test_more_hurt_after_the_dead_are_the_hurt_in_all(sentence: str, figure: str) -> None:
    b = reports()
    whole = b.add("d1", "Three policemen were wounded in the attack.", "Three", 3,
                  measure="injured", subject="policemen", date=DAY)
    more = b.add("d2", sentence, figure, 4, measure="injured", subject="policemen", date=DAY)
    assert b.flagged(whole, more)


def test_more_hurt_after_the_hurt_are_more_of_them() -> None:
    b = reports()
    whole = b.add("d1", "Three policemen were wounded in the attack.", "Three", 3,
                  measure="injured", subject="policemen", date=DAY)
    more = b.add("d2", "Six were injured on Monday and four more were wounded on Tuesday.",
                 "four", 4, measure="injured", subject="policemen", date=DAY)
    assert scope(b.claims[-1]) == "increment"
    assert b.flagged(whole, more) == []
