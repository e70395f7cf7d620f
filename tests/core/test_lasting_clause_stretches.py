"""A relative clause on an incident's noun that tells how long it went on ("Clashes that
lasted from Thursday into Friday killed 14", "killed in fighting that raged from Monday into
Tuesday", "gun battles that went on from Thursday to Friday") dates the figure by its
stretch: the clause was refused as a participant's story, so the figure had no date. A
clause on a person, on no incident, or a figure with its own day keeps today's reading
(issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 6, 10)  # a Tuesday
Days = tuple[dt.date | None, dt.date | None]


def _days(text: str) -> list[tuple[str | None, ...]]:
    """The first and last day (ISO) of each claim of ``text``."""
    rows = report_fields(text, "date_start", "date_end", published=DAY)
    return [tuple(d.isoformat() if d else None for d in cast(Days, row)) for row in rows]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Clashes that lasted from Thursday into Friday killed 14 people in Dorven, police said.",
         ("2031-06-05", "2031-06-06")),
        ("Five people were killed in fighting that raged from Monday into Tuesday in Arlo, "
         "medics said.", ("2031-06-09", "2031-06-10")),
        ("Gun battles that went on from Thursday to Friday left 9 soldiers dead, the army said.",
         ("2031-06-05", "2031-06-06")),
        ("A siege which lasted from Friday night to Sunday morning left 6 hostages dead, "
         "police said.", ("2031-06-06", "2031-06-08")),
        ("Riots that dragged on from Saturday into Sunday injured 30 people in the port, "
         "officials said.", ("2031-06-07", "2031-06-08")),
        ("Police arrested 40 people during a curfew that lasted from Friday to Sunday.",
         ("2031-06-06", "2031-06-08")),
    ],
)
def test_the_stretch_of_the_incident_dates_the_figure(
    text: str, days: tuple[str, str]
) -> None:
    assert _days(text) == [days]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a clause on the doers, the figure's own day
        ("Militants who were arrested on Thursday killed 2 guards on Friday, officials said.",
         ("2031-06-06", "2031-06-06")),
        # the figure's own day, the stretch in its "after" clause
        ("Police arrested 20 people on Saturday after clashes that lasted from Thursday into "
         "Friday, officials said.", ("2031-06-07", "2031-06-07")),
        # a clause on people, in the past perfect
        ("Police arrested 12 men who had rioted from Friday into Saturday, officials said.",
         (None, None)),
        # a clause on a person's life, the figure's own day
        ("A man who had lived in the town from 2010 to 2015 killed 3 people on Sunday, police "
         "said.", ("2031-06-08", "2031-06-08")),
        # talks are no incident
        ("Talks that lasted from Monday to Wednesday failed, and gunmen killed 4 people, "
         "officials said.", (None, None)),
        # a clause of marching people, the figure said by them
        ("Protesters who marched from Monday into Tuesday said police had arrested 30 of them.",
         (None, None)),
        # a happening's day, as before
        ("Riots that broke out on Saturday killed 7 people in the city, police said.",
         ("2031-06-07", "2031-06-07")),
        # the stretch's end alone, no day of the incident
        ("The siege, which lasted until Sunday, left 6 hostages dead, officials said.",
         (None, None)),
        ("Clashes that lasted through the weekend killed 8 people in the port.", (None, None)),
        # a stretch that followed the incident, told as its own clause's subject
        ("Gunmen kidnapped 21 pupils from a school in Kebbi, and a search that lasted from "
         "Monday to Wednesday found none of them.", (None, None)),
        ("A lockdown which lasted from Monday to Thursday followed the killing of 6 soldiers "
         "in Kashmir.", (None, None)),
    ],
)
def test_other_clauses_keep_their_reading(text: str, days: tuple[str | None, str | None]) -> None:
    assert _days(text) == [days]
