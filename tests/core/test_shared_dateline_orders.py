"""A report whose dateline town is shared by countries that all write a numeric date day first
("HYDERABAD:", a city of India and one of Pakistan, neither five times the other) reads its
slashed dates day first, as a report from either would. A town one of whose namesakes lies in
a month-first country ("NEWCASTLE -", "HAMILTON -"), a report whose places settle a
month-first country, a day above 12 and an ISO date keep today's reading; the town itself is
placed as before (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days, report_places

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HYDERABAD: Gunmen killed five people on 2/4/2031 near a bus stand, police said.",
         [("killed", 5.0, "2031-04-02")]),
        ("HYDERABAD: Police arrested nine men on 1/5/2031 after a clash, officials said.",
         [("arrested", 9.0, "2031-05-01")]),
        ("HYDERABAD - Robbers injured three guards on 3/2/2031 at a bank, a police officer "
         "said.", [("injured", 3.0, "2031-02-03")]),
        ("HYDERABAD, June 3: Two men were shot dead on 1/6/2031 outside a mosque, police said.",
         [("killed", 2.0, "2031-06-01")]),
    ],
)
def test_a_dateline_shared_by_day_first_countries_reads_day_first(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a namesake in the United States: no order settled, month first as before
        ("NEWCASTLE - Police arrested 14 suspects on 3/5/2031 after a brawl, officers said.",
         [("arrested", 14.0, "2031-03-05")]),
        ("HAMILTON - Gunmen wounded 4 people on 2/3/2031 outside a bar, police said.",
         [("injured", 4.0, "2031-02-03")]),
        # the report's places settle an American order
        ("HYDERABAD - Police in Dallas, Texas, arrested 6 men on 2/5/2031, officials in "
         "Houston, Texas, said.", [("arrested", 6.0, "2031-02-05")]),
        # no dateline at all: month first
        ("Gunmen killed five people on 2/4/2031 near a bus stand, police said.",
         [("killed", 5.0, "2031-02-04")]),
        # a day above 12, and an ISO date, read one way only
        ("HYDERABAD: Gunmen killed five people on 4/25/2031 near a bus stand, police said.",
         [("killed", 5.0, "2031-04-25")]),
        ("HYDERABAD: Gunmen killed five people on 2031-04-02 near a bus stand, police said.",
         [("killed", 5.0, "2031-04-02")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


def test_the_shared_town_is_placed_as_before() -> None:
    text = "HYDERABAD: Gunmen killed five people on 2/4/2031 near a bus stand, police said."
    assert report_places(text, PUBLISHED) == ["Hyderabad"]
