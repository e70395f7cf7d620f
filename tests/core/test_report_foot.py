"""A pasted report whose date line comes last ("Published in <paper>, <date>"), and a wire
dateline shared by two bureaus ("CITY/CITY, May 3 (Agency) -"). Places, papers and
sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.text.datelines import find_dateline
from core.text.publication_dates import find_publication_date

BODY = (
    "Two shopkeepers shot dead in market\n\n"
    "A gunman opened fire on a row of shops late on Friday night, killing two shopkeepers "
    "and wounding a passer-by, police said. The attacker fled on a motorcycle.\n\n"
    "Traders closed the market on Saturday in protest and demanded the arrest of the killer. "
    "The police said a case had been registered and raids were under way to trace him.\n\n"
    "Residents said that the area had seen a string of robberies over the past months and "
    "that the police had done little to stop them despite repeated complaints to officers.\n\n"
)


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        ("Published in The Valley Ledger, March 7th, 2031", dt.date(2031, 3, 7)),
        ("Published March 7, 2031 10:42 AM GMT", dt.date(2031, 3, 7)),
        ("Updated on: 7 March 2031", dt.date(2031, 3, 7)),
    ],
)
def test_a_date_line_at_the_foot_dates_the_report(foot: str, day: dt.date) -> None:
    found = find_publication_date(BODY * 2 + foot + "\n")
    assert found is not None
    assert found.date == day


def test_a_date_in_the_last_sentence_is_no_publication_date() -> None:
    text = BODY * 2 + "The accused will appear in court on March 9, 2031, his lawyer said.\n"
    assert find_publication_date(text) is None


def test_a_date_at_the_top_wins_over_the_foot() -> None:
    text = "March 6, 2031\n\n" + BODY * 2 + "Published in The Valley Ledger, March 7th, 2031\n"
    found = find_publication_date(text)
    assert found is not None
    assert found.date == dt.date(2031, 3, 6)


def test_a_dateline_of_two_bureaus_is_filed_from_the_first() -> None:
    text = "MARROWBY/ELDMERE, May 3 (Wire) - Gunmen killed four guards at a depot on Monday.\n"
    line = find_dateline(
        text.replace("MARROWBY/ELDMERE", "PESHAWAR/KABUL")
    )
    assert line is not None
    assert line.city == "Peshawar"
    found = find_publication_date(text + "Officials said 2031 was a hard year. May 2, 2031\n")
    assert found is not None
    assert found.date == dt.date(2031, 5, 3)
