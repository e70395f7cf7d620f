"""People "held" are arrested when the sentence also says on which day ("two suspects were
held on Monday"), as without a day; "held for hours" (how long) is no arrest. A force South
Asian copy names by its initials ("the CTD held three suspects") holds as "police" does, and a
wanted person held is in custody whoever holds them. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two suspects were held on Monday in connection with the blast in Mardan.", "Two"),
        ("Police held 5 suspects on Tuesday after the raid in Hangu.", "5"),
        ("Three men were held on Sunday, police said.", "Three"),
        ("The CTD held 3 suspected militants during a raid in Pishin, a spokesman said.", "3"),
        ("The FC held four suspects near the border on Monday.", "four"),
        ("Levies personnel held 2 suspects in Zhob.", "2"),
    ],
)
def test_people_held_on_a_day_or_by_a_named_force_are_arrested(text: str, figure: str) -> None:
    assert (figure, "arrested") in [(f, m) for f, m, _ in report_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists were held for hours at a checkpoint on Friday.",
        "The gang held 12 villagers for two days before releasing them.",
        "Police held a meeting with 40 elders on Sunday.",
    ],
)
def test_holding_for_a_while_or_a_meeting_is_no_arrest(text: str) -> None:
    assert [m for _, m, _ in report_counts(text) if m == "arrested"] == []
