"""A date written in hyphened figures with its year ("on 12-11-2031"), which the tokenizer
splits into five pieces and the recogniser tags a count, is one date: read month first, or
day first in a report from a day-first country, as a slashed one is, and no piece of it is a
figure. A score ("won 3-1"), a range of days ("between 2-3 March"), a record's number ("FIR
No. 12-11-2031") and a date written apart keep today's reading (issue #11, dates). Sentences
we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 5 people were killed on 12-11-2030.",
         [("killed", 5.0, "2030-12-11")]),
        ("LAHORE: Police arrested 6 men on 12-11-2030 in Lahore.",
         [("arrested", 6.0, "2030-11-12")]),
        ("Police arrested 6 men on 04-05-2031, officials said.",
         [("arrested", 6.0, "2031-04-05")]),
        ("Gunmen killed 3 villagers on 31-12-2030, police said.",
         [("killed", 3.0, "2030-12-31")]),
        ("NAIROBI, Kenya - Police detained 14 protesters on 3-5-2031 in Nairobi.",
         [("arrested", 14.0, "2031-05-03")]),
    ],
)
def test_a_hyphened_date_is_one_date(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The home side won 3-1 and police arrested 4 fans on Sunday.",
         [("arrested", 4.0, "2031-06-01")]),
        ("Police arrested 7 men between 2-3 March, officials said.",
         [("arrested", 7.0, "2031-03-02")]),
        ("Police arrested 8 men on Monday, FIR No. 12-11-2030 said.",
         [("arrested", 8.0, "2031-06-02")]),
        ("Police arrested 9 men on 12 - 11 - 2030, officials said.",
         [("arrested", 9.0, "2031-06-03")]),
        # a door number ("at 5-9-1122, Abids", a "year" before our times) and a plate's or a
        # case's longer run of figures ("11-4-2031-SB") are no date
        ("HYDERABAD: A fire broke out at a shop at 5-9-1122, Abids, and 4 workers were "
         "injured.", [("injured", 4.0, "2031-06-03")]),
        ("KARACHI: Police registered a case, 11-4-2031-SB, and arrested 4 suspects.",
         [("arrested", 4.0, "2031-06-03")]),
        ("Police said 5 people were killed on 12/11/2030.",
         [("killed", 5.0, "2030-12-11")]),
        ("Police said 5 people were killed on 2030-11-12.",
         [("killed", 5.0, "2030-11-12")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
