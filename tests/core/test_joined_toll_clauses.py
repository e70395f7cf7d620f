"""A day moved by a stretch from a dated happening ("Two days after Sunday's bombing, police
arrested 4 suspects") dates the deed it was moved for, not a toll told in a clause joined to
that deed: "and officials said 30 people had been killed", "while 12 soldiers had died in the
attack" are the named day's (Sunday, Friday). A clause telling a later deed of its own ("and
troops killed 4 gunmen", "and said they had seized 3 rifles"), a lone deed, clauses each
telling their own day and a toll told alone keep today's reading (issue #11, dates). Sentences
we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days after Sunday's bombing, police arrested 4 suspects and officials said 30 "
         "people had been killed.",
         [("arrested", 4.0, "2031-06-03"), ("killed", 30.0, "2031-06-01")]),
        ("Three days after Friday's ambush, troops arrested 6 suspects while 12 soldiers had "
         "died in the attack.",
         [("arrested", 6.0, "2031-06-02"), ("killed", 12.0, "2031-05-30")]),
        ("A day after Sunday's raid, police detained 9 men and the army said 5 officers had "
         "been wounded.",
         [("arrested", 9.0, "2031-06-02"), ("injured", 5.0, "2031-06-01")]),
    ],
)
def test_a_joined_toll_keeps_the_named_day(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days after Sunday's attack, police arrested 11 men and troops killed 4 gunmen.",
         [("arrested", 11.0, "2031-06-03"), ("killed", 4.0, "2031-06-03")]),
        ("Two days after Sunday's attack, police arrested 11 men.",
         [("arrested", 11.0, "2031-06-03")]),
        ("Two days after Sunday's bombing, officials said 30 people had been killed.",
         [("killed", 30.0, "2031-06-01")]),
        ("Police arrested 3 men on Monday and detained 4 others on Tuesday.",
         [("arrested", 3.0, "2031-06-02"), ("arrested", 4.0, "2031-06-03")]),
        ("Six were killed on Friday and 4 injured in a second blast on Saturday.",
         [("killed", 6.0, "2031-05-30"), ("injured", 4.0, "2031-05-31")]),
        ("A day after Saturday's riot, police detained 15 people and the number of dead "
         "stood at 7.",
         [("arrested", 15.0, "2031-06-01"), ("killed", 7.0, "2031-05-31")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before": the named day lies after the deed; a toll told done by then is not its
        ("Two days before Friday's election, police arrested 40 activists and said 3 had been "
         "killed in clashes.",
         [("arrested", 40.0, "2031-05-28"), ("killed", 3.0, "2031-05-28")]),
        ("Three days before Sunday's vote, troops detained 25 party workers and said 2 had "
         "been shot dead.",
         [("arrested", 25.0, "2031-05-29"), ("killed", 2.0, "2031-05-29")]),
        # the toll of the deed's own happening, or of one the clause brings in, not the named
        ("Two days after Sunday's blast, police raided a hideout and said 4 militants had been "
         "killed in the raid.",
         [("killed", 4.0, "2031-06-03")]),
        ("A day after Monday's attack, soldiers arrested 5 suspects and said 7 militants had "
         "been killed in a gunfight.",
         [("arrested", 5.0, "2031-06-03"), ("killed", 7.0, "2031-06-03")]),
        # the named happening told again in other words is the named day's, as the branch read
        ("Two days after Sunday's bombing, police held 8 suspects and said 14 people had been "
         "killed in a suicide bombing.",
         [("arrested", 8.0, "2031-06-03"), ("killed", 14.0, "2031-06-01")]),
    ],
)
def test_a_toll_of_another_happening_keeps_the_moved_day(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected
