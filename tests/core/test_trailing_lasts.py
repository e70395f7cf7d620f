"""A weekday with "last" after it ("injured on Tuesday last"), as South Asian and British
copy writes it, is the one a week before when the report is dated that weekday, not the day
of publication: the recogniser leaves the "last" out of the date (issue #11, dates). Other
weekdays with "last" already read back; "Tuesday last week", "Tuesday, the last day", a
bare "on Tuesday", "last Tuesday" and "on Tuesday last-minute rush" (a compound) keep their
reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 9)  # a Tuesday

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six persons were injured in a stone pelting incident on Tuesday last in Tonk, police "
         "said.", [("Six", "2031-12-02", "2031-12-02")]),
        ("Police arrested 11 persons on Tuesday last, the SP said.",
         [("11", "2031-12-02", "2031-12-02")]),
        ("On Tuesday last, 4 persons were killed in a clash at Ballia, police said.",
         [("4", "2031-12-02", "2031-12-02")]),
    ],
)
def test_the_weekday_last_is_a_week_back(nlp: Language, text: str, expected: list[Row]) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six persons were injured in a clash on Sunday last in Tonk, police said.",
         [("Six", "2031-12-07", "2031-12-07")]),
        ("Six persons were injured in a clash on Tuesday in Tonk, police said.",
         [("Six", "2031-12-09", "2031-12-09")]),
        ("Six persons were injured in a clash last Tuesday in Tonk, police said.",
         [("Six", "2031-12-02", "2031-12-02")]),
        ("Six persons were injured in a clash on Tuesday last week in Tonk, police said.",
         [("Six", "2031-12-02", "2031-12-02")]),
        ("Six persons were injured on Tuesday, the last day of the fair, police said.",
         [("Six", "2031-12-09", "2031-12-09")]),
        # "last" hyphened to the next word is part of a compound, no "Tuesday last"
        ("Eleven persons were injured on Tuesday last-minute scramble at the bus stand in "
         "Gaya.", [("Eleven", "2031-12-09", "2031-12-09")]),
        ("Police arrested 5 persons on Tuesday last-ditch swoop in Kota.",
         [("5", "2031-12-09", "2031-12-09")]),
    ],
)
def test_other_weekdays_keep_their_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
