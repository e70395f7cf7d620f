"""Issue #11, counts of abductions: once a report counted captives (a headline's bare "21 still
held" too), people "taken from the mosque" later are captives, and so are the "dozens" that
"they took"; things taken, or people a report of no kidnapping says were taken, are not.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mosque kidnapping: army frees 9 worshippers, 21 still held\n\nA village elder told "
         "reporters that 30 people were taken from the mosque during evening prayers.",
         [("21", "kidnapped"), ("30", "kidnapped")]),
        ("Gunmen abducted 25 villagers on Monday. \"They took dozens, mostly women,\" a "
         "farmer said.", [("25", "kidnapped"), ("dozens", "kidnapped")]),
        # no captives counted before; things taken
        ("A village elder said 30 people were taken from the mosque to a school.", []),
        ("Gunmen abducted 25 villagers on Monday. They took dozens of goats.",
         [("25", "kidnapped")]),
        # a compound noun the lexicon knows is no harm of a group
        ("He pleaded guilty to three of the 8 assault counts.", []),
    ],
)
def test_taken_after_captives(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
