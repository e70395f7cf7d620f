"""A day's ordinal written next to its month ("on 3rd December", "December 3rd", "on the
3rd of December") dates its figure that day, where the recogniser tagged the ordinal apart
from the month and the figure took the whole month (issue #11, dates). An ordinal that is no
day of the month ("the 3rd battalion", "his 21st birthday", "the 5th time") leaves the month
as it was. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)


def _read(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return written_spans(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Maoists were killed in an encounter in Narayanpur district on 3rd December, "
         "police said.", [("Four", "2031-12-03", "2031-12-03")]),
        ("Militants shot dead two labourers in Pulwama on 5th October.",
         [("two", "2031-10-05", "2031-10-05")]),
        ("Gunmen shot dead three shopkeepers in Anantnag on 9th October.",
         [("three", "2031-10-09", "2031-10-09")]),
        ("Two soldiers were killed in Rajouri on 5th of October, the army said.",
         [("Two", "2031-10-05", "2031-10-05")]),
        ("Six rebels were killed in a gunfight in Kanker district on 2nd December, "
         "officials said.", [("Six", "2031-12-02", "2031-12-02")]),
    ],
)
def test_a_day_ordinal_dates_its_day(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # today's reading: the recogniser already tags the day with its month
        ("Five people were killed in a blast in Quetta on December 3rd, police said.",
         [("Five", "2031-12-03", "2031-12-03")]),
        ("Two soldiers were killed in an ambush in Kupwara on the 3rd of December, "
         "officials said.", [("Two", "2031-12-03", "2031-12-03")]),
        ("Three militants were killed in a gunfight in Shopian on 21st November, "
         "the army said.", [("Three", "2031-11-21", "2031-11-21")]),
        # an ordinal that is no day: the month stays the date
        ("The 3rd battalion lost four soldiers in December, the army said.",
         [("four", "2031-12-01", "2031-12-10")]),
        ("He was one of five men killed on his 21st birthday in November, police said.",
         [("five", "2031-11-01", "2031-11-30")]),
        ("It was the 5th attack in December, and two guards were killed, police said.",
         [("two", "2031-12-01", "2031-12-10")]),
        ("Four Maoists were killed in an encounter in Sukma district in December, "
         "police said.", [("Four", "2031-12-01", "2031-12-10")]),
    ],
)
def test_other_ordinals_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected
