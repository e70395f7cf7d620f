"""A national day whose date depends on the report's country is read as that country's
(its dateline, its places): "Independence Day" is 14 August in a report from Pakistan, 15
August from India, 1 October from Nigeria; "Madaraka Day" is 1 June from Kenya, "Republic
Day" 26 January from India. American copy, and a report from no country known, keeps 4 July;
a national day of another country, or a holiday whose date moves with its own calendar
("Diwali"), has none (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 9, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KARACHI: Police said 12 people were injured in a stampede on Independence Day.",
         [("injured", 12.0, "2031-08-14")]),
        ("NEW DELHI: Police said 12 people were injured in a stampede on Independence Day.",
         [("injured", 12.0, "2031-08-15")]),
        ("ABUJA - Gunmen killed 9 people on Independence Day, officials said.",
         [("killed", 9.0, "2030-10-01")]),
        ("NAIROBI, Kenya - Police said 7 people were arrested on Madaraka Day.",
         [("arrested", 7.0, "2031-06-01")]),
        ("LAHORE: Police arrested 15 people a day after Independence Day.",
         [("arrested", 15.0, "2031-08-15")]),
        ("NEW DELHI: Police said 40 people were detained on Republic Day in New Delhi.",
         [("arrested", 40.0, "2031-01-26")]),
    ],
)
def test_a_national_day_is_the_reports_countrys(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # American copy and copy from no known country keep the Fourth of July
        ("DALLAS - Police said 9 people were shot on Independence Day.",
         [("injured", 9.0, "2031-07-04")]),
        ("Police said 9 people were shot on Independence Day.",
         [("injured", 9.0, "2031-07-04")]),
        ("CHICAGO - Six people were shot over the Fourth of July weekend, police said.",
         [("injured", 6.0, "2031-07-04")]),
        # a national day of another country has no day of its own in American copy
        ("DALLAS - Police said 3 people were arrested on Madaraka Day.",
         [("arrested", 3.0, "2031-09-10")]),
        # a holiday on no national table keeps today's reading wherever the report is from
        ("KARACHI: Police said 5 people were injured on Christmas Day.",
         [("injured", 5.0, "2030-12-25")]),
        ("NAIROBI, Kenya - Police said 4 people were killed on New Year's Day.",
         [("killed", 4.0, "2031-01-01")]),
        # a national day told with a town of another country ("in New York" in a Lahore
        # report) is not the report's country's: the general table, as before
        ("LAHORE: Two Pakistani students were killed in a fireworks accident on Independence "
         "Day in New York, their families said.", [("killed", 2.0, "2031-07-04")]),
        ("NEW DELHI: An Indian student was among 4 people shot dead on Independence Day in "
         "Philadelphia, US police said.", [("killed", 4.0, "2031-07-04")]),
        ("ACCRA - A Ghanaian nurse was among 3 people killed in a crash on Independence Day in "
         "Boston, relatives said.", [("killed", 3.0, "2031-07-04")]),
        # an Independence Day written with its own date keeps that date
        ("LAHORE: Police said 8 people were injured on August 13, on the eve of the holiday.",
         [("injured", 8.0, "2031-08-13")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
