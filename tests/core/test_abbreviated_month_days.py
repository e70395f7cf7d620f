"""A day of the month written with "ultimo" after it ("arrested on the 12th ult.", "on 28th
ultimo"), as South Asian police and court copy writes it, is that day of the month before the
report's; with "inst." or "ult." the abbreviation's stop ends no sentence before a word in
lower case, so what follows stays in the clause ("on 5th inst. in Lahore": Lahore), while a
word in capitals after it still opens the next sentence. A day with no month word, a street
and a rank keep today's reading (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import figure_sources, first_days, report_places, run_texts

PUBLISHED = dt.date(2031, 6, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 4 men were arrested on 12th ult. in the old city.",
         [("arrested", 4.0, "2031-05-12")]),
        ("Gunmen killed 2 guards on the 28th ultimo, police said.",
         [("killed", 2.0, "2031-05-28")]),
        ("Police said 6 men were held on 3rd ult. Officers said the raid was in Karachi.",
         [("arrested", 6.0, "2031-05-03")]),
        ("The court heard that 3 people were injured on the 24th ult, the prosecutor said.",
         [("injured", 3.0, "2031-05-24")]),
    ],
)
def test_a_day_of_last_month(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 4 men were arrested on 5th inst. in Lahore.", ["Lahore"]),
        ("Police arrested 9 suspects on the 2nd inst. near Multan, an official said.",
         ["Multan"]),
        ("Police said 7 men were detained on 11th ult. in Sukkur.", ["Sukkur"]),
    ],
)
def test_the_place_after_the_abbreviation_stays_in_the_clause(
    text: str, expected: list[str | None]
) -> None:
    assert report_places(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # this month's day, as before
        ("Police said 4 men were arrested on 5th inst. in the old city.",
         [("arrested", 4.0, "2031-06-05")]),
        # a word in capitals after the stop opens the next sentence, dated on its own
        ("Police arrested 4 men on 5th inst. Two more were arrested in Quetta on Monday.",
         [("arrested", 4.0, "2031-06-05"), ("arrested", 2.0, "2031-06-16")]),
        # no month word: the day's number read as before
        ("Police said 4 men were arrested on the 12th in the old city.",
         [("arrested", 4.0, "2031-06-12")]),
        # a street, a rank: no day of theirs, the report's day as before
        ("Police arrested 4 men on 5th Street late at night.",
         [("arrested", 4.0, "2031-06-20")]),
        ("Gunmen killed 3 guards in the 12th attack on the post this year.",
         [("killed", 3.0, "2031-06-20")]),
        # "ultimately" is no month word
        ("Police ultimately arrested 8 men on the 12th, officials said.",
         [("arrested", 8.0, "2031-06-12")]),
        ("Police said 8 men were arrested on the 12th ultimately.",
         [("arrested", 8.0, "2031-06-12")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviation with its stop is no modifier of the lower-case noun after it
        ("On 3rd inst. police arrested 4 men in Mardan.",
         [("arrested", 4.0, "2031-06-03")]),
        ("On the 28th ult. robbers looted a bank and shot dead 2 guards in Sialkot.",
         [("killed", 2.0, "2031-05-28")]),
        # the recogniser tags the day with the month word; a number after it
        ("Police said 4 men were arrested on 12th ult. 12 others were questioned.",
         [("arrested", 4.0, "2031-05-12")]),
        # the weekday in brackets restates the day, no day of its own
        ("Two people were injured on 6th inst. (Friday) in a brawl at Okara.",
         [("injured", 2.0, "2031-06-06")]),
        ("Police rounded up 5 gamblers on 12th ult. (Monday) in Sahiwal.",
         [("arrested", 5.0, "2031-05-12")]),
    ],
)
def test_the_day_before_a_lower_case_word_or_a_number(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


def test_the_month_word_is_no_part_of_the_doer() -> None:
    result = run_texts(
        "On 22nd ult. gunmen shot dead 2 policemen in Quetta, officials said.",
        published=PUBLISHED,
    )
    assert [c.actor for c in result.claims] == ["gunmen"]


def test_a_title_after_the_stop_opens_the_next_sentence() -> None:
    # "Dr." holds a stop, no letters only: it still opens the speaker's sentence
    text = "Two persons were killed on 3rd inst. Dr. Ahmed said both died on the way to hospital."
    assert "Dr. Ahmed" in figure_sources(text, 2.0, "both", PUBLISHED)[0]


def test_an_institute_in_capitals_is_no_month_word() -> None:
    text = "The Principal of Govt. Inst. of Commerce said 3 students were injured on 4th inst."
    assert report_places(text, PUBLISHED) == [None]
