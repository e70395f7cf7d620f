"""A numeric date whose first two numbers could each be the month ("on 3/5/2031") is read in
the order of the report's country: day first in a report filed from Pakistan, India, Kenya,
Nigeria or Britain (its dateline, its places), month first in American copy and when the
country is unknown. A past deed's date whose reading falls after the report's day while the
other reading does not takes the other ("were killed on 5.11.2031" in June 2031). A day above
12, an ISO date, a dotted date before the report's day and both readings after it keep
today's reading (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAHORE: Gunmen killed five people on 12/11/2030 near Lahore, police said.",
         [("killed", 5.0, "2030-11-12")]),
        ("NAIROBI, Kenya - Police arrested 14 suspects on 3/5/2031 in Nairobi, a spokesman "
         "said.", [("arrested", 14.0, "2031-05-03")]),
        ("MUMBAI: Police arrested nine men on 2/5/2031 in Mumbai, officials said.",
         [("arrested", 9.0, "2031-05-02")]),
        ("MANCHESTER, England - Police arrested six men on 1/4/2031 in Manchester, police "
         "said.", [("arrested", 6.0, "2031-04-01")]),
        ("KANO, Nigeria - Gunmen abducted 12 pupils on 3/4/2031 in Kano, police said.",
         [("kidnapped", 12.0, "2031-04-03")]),
        ("Gunmen killed five villagers on 5.11.2031, police said.",
         [("killed", 5.0, "2031-05-11")]),
        ("Gunmen killed four people on 11/5/2031, police said.",
         [("killed", 4.0, "2031-05-11")]),
    ],
)
def test_a_numeric_date_is_read_in_the_reports_order(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DAYTON, Ohio - Police arrested 14 suspects on 3/5/2031 in Dayton, a spokesman said.",
         [("arrested", 14.0, "2031-03-05")]),
        ("Police arrested 14 suspects on 3/5/2031, a spokesman said.",
         [("arrested", 14.0, "2031-03-05")]),
        ("LAHORE: Gunmen killed five people on 25/11/2030 near Lahore, police said.",
         [("killed", 5.0, "2030-11-25")]),
        ("DAYTON, Ohio - Gunmen killed 2 people on 6/2/2031 in Dayton, police said.",
         [("killed", 2.0, "2031-06-02")]),
        ("Gunmen killed 5 people on 7/9/2031 in the village, police said.",
         [("killed", 5.0, "2031-07-09")]),
        ("Gunmen killed 5 people on 2031-05-04 in the village, police said.",
         [("killed", 5.0, "2031-05-04")]),
        ("Gunmen killed five villagers on 5.11.2030, police said.",
         [("killed", 5.0, "2030-11-05")]),
        # a bound of a past deed ("until", "till") may lie after the report's day
        ("The judge jailed 4 men until 7/1/2031, when they will be sentenced.",
         [("arrested", 4.0, "2031-07-01")]),
        # an American dateline the gazetteer cannot settle, and one foreign town named once
        ("DALLAS - A man who moved from Nairobi was among 3 people arrested on 1/6/2031.",
         [("arrested", 3.0, "2031-01-06")]),
        ("LOS ANGELES (AP) - Police arrested 4 men on 2/3/2031, among them a student from "
         "Nairobi.", [("arrested", 4.0, "2031-02-03")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
