"""One report's tallies: a tally's growth over the period before is no revision of its parts."""

from __future__ import annotations

import pytest

from core.group.tally_growth import revises_tally
from tests.core.claim_factory import Batch

START, END = "2023-01-01", "2023-12-31"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armed attacks in 2023 rose to 840, the highest in years.", False),
        ("The yearly count of raids has climbed to 312, the monitor said.", False),
        ("The ministry revised the year's toll to 1,210 on Friday.", True),
        ("The updated count for the year stands at 1,210.", True),
        ("The monitor recorded 840 attacks in 2023.", False),
    ],
)
def test_what_revises_a_tally(sentence: str, expected: bool) -> None:
    assert revises_tally(sentence) is expected


def _national_and_regional(lead: str, figure: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2024-01-08", outlet="Outlet 1")
    whole = b.add("d1", lead, figure, 840, measure="attacks", subject="attacks",
                  location="Norland", date=START, date_end=END)
    part = b.add("d1", "The northern region saw 312 attacks, the monitor said.", "312", 312,
                 measure="attacks", subject="attacks", location="Norland", date=START, date_end=END)
    return b, whole, part


def test_a_tallys_growth_sets_no_part_of_it_against_it() -> None:
    b, whole, part = _national_and_regional("Armed attacks in 2023 rose to 840, the monitor said.",
                                            "840")
    assert b.flagged(whole, part) == []


def test_a_tally_one_report_says_it_revised_is_still_compared() -> None:
    b, whole, part = _national_and_regional(
        "The monitor revised its count of attacks in 2023 to 840.", "840"
    )
    assert b.flagged(whole, part) != []
