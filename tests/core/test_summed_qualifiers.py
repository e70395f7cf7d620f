"""A qualifier that leads a list summed into one figure bounds the sum: "At least two Afghan
and three Pakistani policemen were killed" read 5 exact, the "at least" lost; now at least
5 (issue #11, counts). A list with no qualifier, a qualifier after its own numeral, a range
and a lone qualified plural stay as they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 6, 4)


def _read(text: str) -> list[tuple[str, float, str, float | None, float | None]]:
    return [
        (c.measure, c.value, c.qualifier, c.low, c.high)
        for c in run_texts(text, published=DAY).claims if c.measure != "other"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least two Afghan and three Pakistani policemen were killed on Monday.",
         [("killed", 5.0, "at_least", 5.0, None)]),
        ("More than four male and six female students were hurt in the stampede.",
         [("injured", 10.0, "more_than", 11.0, None)]),
        ("At least two soldiers and a policeman were killed in the ambush.",
         [("killed", 3.0, "at_least", 3.0, None)]),
    ],
)
def test_the_bound_leads_the_sum(
    text: str, expected: list[tuple[str, float, str, float | None, float | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no qualifier: exact, as before
        ("Two Afghan and three Pakistani policemen were killed on Monday.",
         [("killed", 5.0, "exact", 5.0, 5.0)]),
        ("Two soldiers and a policeman were killed in the ambush.",
         [("killed", 3.0, "exact", 3.0, 3.0)]),
        # a qualifier inside the list bounds its own numeral
        ("Two soldiers and at least three policemen were killed in the ambush.",
         [("killed", 2.0, "exact", 2.0, 2.0), ("killed", 3.0, "at_least", 3.0, None)]),
        # a lone qualified count keeps its own reading
        ("At least five policemen were killed on Monday.",
         [("killed", 5.0, "at_least", 5.0, None)]),
        ("Nearly two dozen people were killed on Monday.",
         [("killed", 24.0, "nearly", 22.0, 23.0)]),
        ("More than a dozen people were injured on Monday.",
         [("injured", 12.0, "more_than", 13.0, None)]),
        ("Hundreds of people were arrested on Monday.",
         [("arrested", 100.0, "vague", 200.0, None)]),
    ],
)
def test_no_bound_over_a_sum(
    text: str, expected: list[tuple[str, float, str, float | None, float | None]]
) -> None:
    assert _read(text) == expected
