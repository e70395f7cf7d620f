"""A relative's death tied to the story's by "too": "A man was shot dead on Monday. His son was
killed too, police said" read the son as the man counted before (killed 1); "too" says one
more, as "also" did (issue #11, counts): killed 1 and killed 1. A relative's death with no
such word after a count, a "too" of no harm, and a death tied by nothing keep today's
reading. Sentences we wrote."""

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
        ("A man was shot dead on Monday. His son was killed too, police said.",
         [("killed", 1.0), ("killed", 1.0)]),
        ("Two farmers were killed in the raid. Her husband was killed too, a neighbour said.",
         [("killed", 2.0), ("killed", 1.0)]),
    ],
)
def test_one_more_of_the_family(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as before: "also"
        ("A man was shot dead on Monday. His son was also killed, police said.",
         [("killed", 1.0), ("killed", 1.0)]),
        # no tie: one of those counted
        ("A man was shot dead on Monday. His son was killed, police said.", [("killed", 1.0)]),
        ("Two farmers were killed in the raid. Her husband was killed, a neighbour said.",
         [("killed", 2.0)]),
        # "too" of no harm
        ("A man was shot dead on Monday. His son was there too, police said.",
         [("killed", 1.0)]),
    ],
)
def test_today_reading_is_kept(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
