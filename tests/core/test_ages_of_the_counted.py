"""The ages a copula gives of people counted just before: "The two men killed were 22 and
25" read a second toll of 22 dead (the first age borrowed the count's measure as an
ellipsis), though the numbers say how old the two were (issue #11, counts). A number the
copula says of people its subject counts by a numeral, or of a numeral subject ("the three
injured were 8, 11 and 40"), is an age; "the dead were 22" with no count of its own is the
toll, as before. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 10, 7)


def _counts(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two men killed were 22 and 25, police said.", [("killed", 2.0)]),
        ("The three injured were 8, 11 and 40, the hospital said.", [("injured", 3.0)]),
        ("The two women wounded in the attack were 31 and 58, police said.",
         [("injured", 2.0)]),
        ("The four miners killed were 19, 23, 30 and 41.", [("killed", 4.0)]),
    ],
)
def test_the_numbers_are_ages(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count of their own: the toll
        ("The dead were 22, police said.", [("killed", 22.0)]),
        ("Those killed were 14, officials said.", [("killed", 14.0)]),
        ("The injured were 12, the hospital said.", [("injured", 12.0)]),
        # people counted by no harm: no count at all
        ("The two victims were 19 and 23.", []),
        # a toll that rose
        ("Three men were killed on Monday and the toll rose to 5 on Tuesday.",
         [("killed", 3.0), ("killed", 5.0)]),
    ],
)
def test_the_toll_is_kept(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
