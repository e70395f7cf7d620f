"""Issue #11, figures: South Asian copy groups digits by lakhs and crores ("1,68,491",
"12,34,56,789"); such a number is one figure, not "1" and "68,491". Western groups of three
read as before. Numbers we wrote."""

from __future__ import annotations

import pytest

from core.text.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,68,491 people died on the roads", [("1,68,491", 168491.0)]),
        ("4,21,300 accidents were recorded", [("4,21,300", 421300.0)]),
        ("a loss of 12,34,56,789 rupees", [("12,34,56,789", 123456789.0)]),
        # near misses: a Western group, and a decimal comma before another number
        ("1,234 people", [("1,234", 1234.0)]),
        ("168,491 people", [("168,491", 168491.0)]),
    ],
)
def test_lakh_groups_are_one_number(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(n.text, n.value) for n in find_numbers(text)] == expected
