"""A deed a figure counts done at or during a gathering the report dates ("eight were arrested
at Friday's rally", "abducted four mourners at Monday's funeral", "six were arrested at a
rally on Friday") is of the gathering's day: the gathering is the scene, not something that
followed the incident. A deed after or ahead of the gathering, one in connection with a dated
attack, a deed told with its own day, a saying at a briefing, speakers at a vigil and a
gathering the counted people attacked keep today's reading (issue #11, dates). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 8 suspects were arrested at Friday's rally in Ikeja.",
         [("arrested", 8.0, "2031-05-30")]),
        ("Police arrested 12 protesters at Sunday's march in Nairobi.",
         [("arrested", 12.0, "2031-06-01")]),
        ("Gunmen abducted 4 mourners at Monday's funeral in Zamfara, residents said.",
         [("kidnapped", 4.0, "2031-06-02")]),
        ("Police said 5 fans were detained during Sunday's match in Lagos.",
         [("arrested", 5.0, "2031-06-01")]),
        ("Six men were arrested at a rally on Friday in Kano, police said.",
         [("arrested", 6.0, "2031-05-30")]),
        ("Police detained 9 people at Monday's memorial service in Eldoret.",
         [("arrested", 9.0, "2031-06-02")]),
    ],
)
def test_a_deed_at_a_dated_gathering_is_of_its_day(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after or ahead of the gathering: a bound, no day
        ("Police arrested 8 suspects after Friday's rally in Ikeja.",
         [("arrested", 8.0, None)]),
        ("Police arrested 8 suspects ahead of Friday's rally in Ikeja.",
         [("arrested", 8.0, None)]),
        # the attack the arrests are for, as today
        ("Police said 8 suspects were arrested in connection with Friday's attack in Ikeja.",
         [("arrested", 8.0, "2031-05-30")]),
        # a day of the deed's own
        ("Police arrested 4 men on Tuesday over violence at Friday's rally.",
         [("arrested", 4.0, "2031-06-03")]),
        ("Two men were arrested on Monday for disrupting Saturday's vigil.",
         [("arrested", 2.0, "2031-06-02")]),
        # the gathering is where it was said, or who said it
        ("Police said at Monday's briefing that 14 suspects had been arrested.",
         [("arrested", 14.0, None)]),
        ("Mourners at Sunday's vigil said 3 people were killed in the attack.",
         [("killed", 3.0, None)]),
        # the gathering is what the counted people did, not where they were held
        ("Police arrested 7 men who had attacked Friday's rally, a spokesman said.",
         [("arrested", 7.0, None)]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a saying during the gathering tells of deeds before it
        ("During Friday's rally, the party chief said 30 of its workers had been abducted by "
         "rivals.",
         [("kidnapped", 30.0, None)]),
        # a gathering held for the dead: not the day of their deaths
        ("At Sunday's vigil for the 6 people killed in the fire, police arrested 2 men for "
         "theft.",
         [("killed", 6.0, None), ("arrested", 2.0, None)]),
        ("Police detained 3 men at Monday's memorial for the 9 miners who died in the "
         "collapse.",
         [("arrested", 3.0, None), ("killed", 9.0, None)]),
        ("Police detained 40 people at Saturday's march for 3 workers killed in a fire.",
         [("arrested", 40.0, None), ("killed", 3.0, None)]),
        ("Police detained 6 youths at Friday's funeral of the slain journalist.",
         [("arrested", 6.0, None), ("killed", 1.0, None)]),
        # harmed at the gathering, not held for: its day, as the branch read it
        ("Police detained 9 men at Sunday's funeral, where 2 mourners were stabbed.",
         [("arrested", 9.0, "2031-06-01"), ("injured", 2.0, "2031-06-01")]),
        # a count of those gathered is no one harmed: the rally's day
        ("Police arrested 30 people at Friday's rally of 5,000 opposition supporters in "
         "Harare.",
         [("arrested", 30.0, "2031-05-30")]),
    ],
)
def test_a_gathering_told_of_or_held_for_the_dead_dates_no_figure(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
