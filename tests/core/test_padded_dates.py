"""A slashed date written with a leading zero ("on 04/05/2031"), which the recogniser leaves
untagged or takes for a name, is a date: before, its figures were read as three counts
("arrested 4", "arrested 5", "arrested 2031") and the count it dates took the report's day
(issue #11, dates). A date the recogniser tags itself, a hyphened date, figures that number a
record ("FIR No. 04/05/2031"), a decimal and a page's stamp line keep today's reading. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days, measured_days

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 14 suspects on 04/05/2031, a spokesman said.",
         [("arrested", 14.0, "2031-04-05")]),
        ("MUMBAI: Police arrested 7 men on 02/05/2031 in Mumbai, officials said.",
         [("arrested", 7.0, "2031-05-02")]),
        ("Bandits abducted 20 villagers on 01/03/2031, residents said.",
         [("kidnapped", 20.0, "2031-01-03")]),
        ("Police arrested 14 suspects on 04/15/2031, a spokesman said.",
         [("arrested", 14.0, "2031-04-15")]),
        ("Gunmen killed 3 people on 09/04/2031 near Kisumu, police said.",
         [("killed", 3.0, "2031-04-09")]),
    ],
)
def test_a_padded_slashed_date_is_a_date(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 14 suspects on 4/5/2031, a spokesman said.",
         [("arrested", 14.0, "2031-04-05")]),
        ("Gunmen killed 3 people on 23/04/2031 near Kisumu, police said.",
         [("killed", 3.0, "2031-04-23")]),
        ("Police arrested 14 suspects on 03-04-2031, a spokesman said.",
         [("arrested", 14.0, "2031-03-04")]),
        ("Police registered FIR No. 04/05/2031 and arrested 6 men on Friday, officials said.",
         [("arrested", 6.0, "2031-05-30")]),
        ("Police registered case No. 4/5/2031 and arrested 6 men on Friday, officials said.",
         [("arrested", 6.0, "2031-05-30")]),
        ("Police seized 2.5 kg of heroin and arrested 3 men on Friday, officials said.",
         [("arrested", 3.0, "2031-05-30")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


def test_a_stamp_line_above_the_headline_dates_no_figure() -> None:
    # the page's own stamp, which the sentencer joins to the headline: the figures keep the
    # day the story tells
    text = ("09/10/2031 @ 1:19PM\nWorker Kills Two In Plant Shooting\nA worker opened fire at "
            "a plant in Dayton last night, killing two colleagues.")
    assert [d for _, _, d, _ in measured_days(text, dt.date(2031, 9, 10))] == [
        "2031-09-09", "2031-09-09"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a record's name written straight before its figures, without "No.": the figures
        # number the case, and the count keeps the report's day
        "KARACHI: Police arrested 5 men in Case 02/03/2031, a spokesman said.",
        "LAHORE: Police registered a case 04/05/2031 and arrested 6 suspects.",
        "Police arrested 4 men in FIR 04/05/2031 under the anti-terrorism act.",
        "ISLAMABAD: Police arrested 7 men named in Petition 03/02/2031, officials said.",
    ],
)
def test_a_records_name_before_its_figures_dates_nothing(text: str) -> None:
    assert [d for _, _, d in first_days(text, PUBLISHED)] == [PUBLISHED.isoformat()]
