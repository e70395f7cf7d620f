"""A stretch counted back before a day that the recogniser leaves out of the day's date
("killed day before yesterday") is read with the day, not as a bound "before yesterday"
running from the start of the year (issue #11, dates). "The night before yesterday" and
"day-before-yesterday" are that day too. A bound told alone ("Before Friday night, 40 people
had been injured"), the day before yesterday with its article, a stretch the recogniser tags
whole and one set off after a day told already ("on Monday, a day before Tuesday's polls")
keep their reading. Sentences we wrote."""

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
        # the night before yesterday, and the hyphened form: the day two days back
        ("Police arrested 5 people the night before yesterday in Korangi, a spokesman said.",
         [("5", "2031-12-08", "2031-12-08")]),
        ("Four persons were shot dead in the night before yesterday in Bannu, police said.",
         [("Four", "2031-12-08", "2031-12-08")]),
        ("Six persons were injured day-before-yesterday in a blast in Dir, officials said.",
         [("Six", "2031-12-08", "2031-12-08")]),
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
        # the stretch the recogniser tags whole counts back from Friday (event_stretches)
        ("Gunmen killed 5 people in Kano two days before Friday, police said.",
         [("5", "2031-12-03", "2031-12-03")]),
        ("Police arrested 6 men a week before Christmas, officials said.",
         [("6", "2031-12-10", "2031-12-10")]),
        # a stretch set off after a day told already: that day is the figure's
        ("Two persons were killed on Monday, a day before Tuesday's by-election in Kohat.",
         [("Two", "2031-12-08", "2031-12-08")]),
        ("Police arrested 9 men on Sunday, two days before Tuesday's march in Multan.",
         [("9", "2031-12-07", "2031-12-07")]),
    ],
)
def test_a_bound_or_a_whole_date_keeps_its_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
