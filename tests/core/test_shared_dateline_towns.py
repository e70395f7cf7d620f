"""A slashed date in a report whose dateline town countries share ("LONDON:", "COLOMBO:",
"SYDNEY -") is read day first when the town's largest namesake, many times the size of any
other country's, lies in a day-first country: the dateline gives no hint for places, but the
filing desk is all but surely the capital's or the large city's. A town whose namesakes are of
one order ("RICHMOND -"), a dateline written with its state or province ("LONDON, Ontario -"),
an American dateline and a report with no dateline keep today's reading (issue #11, dates).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON: Four people were stabbed on 3/4/2031, police said.",
         [("injured", 4.0, "2031-04-03")]),
        ("COLOMBO: Police arrested 11 people on 2/5/2031, officials said.",
         [("arrested", 11.0, "2031-05-02")]),
        ("SYDNEY - Police said 3 men were arrested on 4/3/2031.",
         [("arrested", 3.0, "2031-03-04")]),
        ("DUBLIN - Two people were killed on 1/2/2031, gardai said.",
         [("killed", 2.0, "2031-02-01")]),
        ("DHAKA: At least 9 people were injured in clashes on 4/5/2031, police said.",
         [("injured", 9.0, "2031-05-04")]),
    ],
)
def test_a_shared_dateline_town_of_a_day_first_country_reads_day_first(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RICHMOND - Police arrested 6 people on 2/5/2031.",
         [("arrested", 6.0, "2031-02-05")]),
        ("LONDON, Ontario - Police arrested 6 people on 2/5/2031.",
         [("arrested", 6.0, "2031-02-05")]),
        ("DALLAS - Police arrested 6 people on 2/5/2031.",
         [("arrested", 6.0, "2031-02-05")]),
        ("Police arrested 6 people on 2/5/2031 in London.",
         [("arrested", 6.0, "2031-02-05")]),
        ("TORONTO - Police arrested 6 people on 2/5/2031.",
         [("arrested", 6.0, "2031-02-05")]),
        # a town written with its region abbreviated, which the hints do not settle: the
        # region's town, never the largest namesake's
        ("LONDON, Ont. - Two men were arrested on 6/8/2031, police said.",
         [("arrested", 2.0, "2031-06-08")]),
        ("SYDNEY, N.S. - Police arrested 4 teenagers on 2/5/2031, the RCMP said.",
         [("arrested", 4.0, "2031-02-05")]),
        ("PERTH, Ont. - Two people were killed in a fire on 1/3/2031, police said.",
         [("killed", 2.0, "2031-01-03")]),
        # a day above 12 reads one way whatever the dateline
        ("LONDON: Police arrested 5 men on 4/13/2031.",
         [("arrested", 5.0, "2031-04-13")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
