"""One of a family named beside a count in one list of the dead: "His wife and two daughters
were killed", "'My two brothers and my father were killed,' she said" read two dead, the
numeral alone, and left the relative out (issue #11, counts): three. A relative beside a
count is one person of the list, as "two soldiers and a policeman" is; a relative who is no
kin, a list with no count, and the speaker's own family outside a quote keep today's
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
        ("His wife and two daughters were killed in the fire on Sunday.", [("killed", 3.0)]),
        ('"My two brothers and my father were killed," she said.', [("killed", 3.0)]),
        ("Her husband and three sons were killed in the air strike.", [("killed", 4.0)]),
        ("Two children and their mother were injured in the blast.", [("injured", 3.0)]),
    ],
)
def test_the_relative_is_one_more(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers and a policeman were killed in the ambush.", [("killed", 3.0)]),
        ("Two constables and their driver were killed in the ambush.", [("killed", 3.0)]),
        # not kin: the friend is no one the list counts by kinship
        ("His friend and two guards were killed in the ambush.", [("killed", 2.0)]),
        # the writer's own words, no quote
        ("My two brothers and my father were killed in the strike on Monday.",
         [("killed", 2.0)]),
        # a count of the family itself
        ("His two sons were killed in the fire on Sunday.", [("killed", 2.0)]),
    ],
)
def test_today_reading_is_kept(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
