"""Two days written as ordinals before their month, where the recogniser tags the first day
a date of its own ("on 1st and 2nd December": "1st" a DATE) or "of" stands before the month
("on 1st and 2nd of December", "the 3rd and 4th of May"), date their figure over both days,
not the second alone (issue #11, dates). One ordinal day with "of" ("on the 1st of
December"), ranks ("the 1st and 2nd battalions"), and a day and a count ("on the 2nd of
December and 3 others") keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 5 people on 1st and 2nd of December in Kaduna, police said.",
         [("5", "2031-12-01", "2031-12-02")]),
        ("Gunmen killed 5 people on 1st and 2nd December in Kaduna, police said.",
         [("5", "2031-12-01", "2031-12-02")]),
        ("Police arrested 14 suspects on the 3rd and 4th of December in Jos, a spokesman said.",
         [("14", "2031-12-03", "2031-12-04")]),
        ("Eleven people were injured in riots on 7th and 8th of November in Kano, police said.",
         [("Eleven", "2031-11-07", "2031-11-08")]),
    ],
)
def test_two_ordinal_days_take_both(nlp: Language, text: str, expected: list[Row]) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 5 people on the 1st of December in Kaduna, police said.",
         [("5", "2031-12-01", "2031-12-01")]),
        ("Gunmen killed 5 people on 2nd December in Kaduna, police said.",
         [("5", "2031-12-02", "2031-12-02")]),
        ("The 1st and 2nd battalions lost 9 soldiers in December, the army said.",
         [("9", "2031-12-01", "2031-12-10")]),
        ("Gunmen killed 5 people on 5 and 6 December in Kaduna, police said.",
         [("5", "2031-12-05", "2031-12-06")]),
        ("Gunmen killed 5 people on the 4th of December and wounded 3 others, police said.",
         [("5", "2031-12-04", "2031-12-04"), ("3", "2031-12-04", "2031-12-04")]),
    ],
)
def test_one_day_or_a_rank_keeps_its_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
