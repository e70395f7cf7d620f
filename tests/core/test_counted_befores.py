"""A stretch counted back before a day that the recogniser leaves out of the day's date
("killed day before yesterday") is read with the day, not as a bound "before yesterday"
running from the start of the year (issue #11, dates). A bound told alone ("Before Friday
night, 40 people had been injured"), the day before yesterday with its article and a
stretch the recogniser tags whole keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)  # a Wednesday; Friday is 5 December

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAHORE: Three persons were killed day before yesterday in a firing incident in "
         "Shahdara, police said.", [("Three", "2031-12-08", "2031-12-08")]),
        ("Two persons were injured day before yesterday when a wall collapsed in Rawalpindi, "
         "officials said.", [("Two", "2031-12-08", "2031-12-08")]),
        ("Police arrested 4 suspects day before yesterday in Lyari, a spokesman said.",
         [("4", "2031-12-08", "2031-12-08")]),
    ],
)
def test_a_counted_stretch_is_read_with_its_day(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before Friday night, 40 people had been injured, police said.",
         [("40", "2031-01-01", "2031-12-05")]),
        ("Three persons were killed the day before yesterday in Shahdara, police said.",
         [("Three", "2031-12-08", "2031-12-08")]),
        ("Gunmen killed 5 people in Kano two days before Friday, police said.",
         [("5", "2031-12-05", "2031-12-05")]),
        ("Police arrested 6 men a week before Christmas, officials said.",
         [("6", "2031-12-10", "2031-12-10")]),
    ],
)
def test_a_bound_or_a_whole_date_keeps_its_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
