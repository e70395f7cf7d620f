"""Issue #11, a harm word after a list of counted people says what befell each member ("seven
soldiers and four guards killed", the parser hanging "killed" on the last member or on the verb
before the list); a list of soldiers who "fell with their arms in hand" are the dead, not those
who "fell from the truck". Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry spoke of nine soldiers and two policemen killed in the raid.",
         [("nine", "killed"), ("two", "killed")]),
        ("Officials reported six soldiers and three guards killed.",
         [("six", "killed"), ("three", "killed")]),
        ("Eight soldiers and three volunteers fell with their weapons in hand, the army said.",
         [("Eight", "killed"), ("three", "killed")]),
        # no harm after the list, or the list's own clause
        ("Eight soldiers and three volunteers fell from the truck.", []),
        ("Six soldiers and three guards arrived and two were killed.", [("two", "killed")]),
    ],
)
def test_a_harm_after_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
