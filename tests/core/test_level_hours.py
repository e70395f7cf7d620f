"""The hour a toll's level was reached ("The death toll rose to 12 at 7 this morning", "the
toll stood at 22 as of 10 last night") is no count beside the level: a verb tells a toll's
level once, and a number it takes after that level by a clock's preposition is an hour
(issue #11, dates). The level a toll left ("rose to 12 from 7"), a level told alone ("stood
at 9 last night"), a number that counts a noun ("at 7 sites") and an increase ("rose to 45
by 8 more") keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday

Row = tuple[str, str, str | None]


def _read(nlp: Language, text: str) -> list[Row]:
    return written_starts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 12 at 7 this morning, officials said.",
         [("12", "killed", "2031-06-04")]),
        ("The toll stood at 22 as of 10 last night, the ministry said.",
         [("22", "killed", "2031-06-03")]),
        ("The death toll rose to 15 at seven this morning, the governor said.",
         [("15", "killed", "2031-06-04")]),
        ("The number of dead climbed to 18 by 9 tonight, police said.",
         [("18", "killed", "2031-06-04")]),
        ("The death toll rose to 14 at 6 on Monday, officials said.",
         [("14", "killed", "2031-06-02")]),
        ("The number of injured reached 33 as of 8 this morning, a doctor said.",
         [("33", "injured", "2031-06-04")]),
    ],
)
def test_the_hour_after_a_level_is_no_count(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 12 from 7 on Monday, officials said.",
         [("12", "killed", "2031-06-02"), ("7", "killed", "2031-06-02")]),
        ("The toll stood at 9 last night, the ministry said.", [("9", "killed", "2031-06-03")]),
        ("The death toll rose to 31 as of Monday, officials said.",
         [("31", "killed", "2031-06-02")]),
        ("Gunmen killed 12 at 7 this morning in Kano, police said.",
         [("12", "killed", "2031-06-04")]),
        ("The toll rose to 19 on Monday, up by 7 from Sunday, the ministry said.",
         [("19", "killed", "2031-06-02"), ("7", "killed", "2031-06-01")]),
        ("Police arrested 12 at 3 checkpoints in Kano on Monday, a spokesman said.",
         [("12", "arrested", "2031-06-02"), ("3", "other", None)]),
        ("The toll stood at 40 on Monday, up from 17 a day earlier, officials said.",
         [("40", "killed", "2031-06-02"), ("17", "killed", "2031-06-01")]),
        # "by N more": an increase, a count, never an hour
        ("The death toll rose to 45 by 8 more after the bridge fell, officials said.",
         [("45", "killed", "2031-06-04"), ("8", "killed", "2031-06-04")]),
        ("The number of injured rose to 50 by 6 additional on Monday, a doctor said.",
         [("50", "injured", "2031-06-02"), ("6", "injured", "2031-06-02")]),
        ("The toll climbed to 27 by 4 more overnight, the ministry said.",
         [("27", "killed", None), ("4", "other", None)]),
    ],
)
def test_a_level_or_a_count_keeps_its_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert _read(nlp, text) == expected
