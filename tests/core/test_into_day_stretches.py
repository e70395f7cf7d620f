"""A deed told over a night that runs from one day into the next ("overnight Friday into
Saturday", "on Friday night into Saturday morning", "from Friday night into Saturday") spans
both days, as "the night between Friday and Saturday" and "the night of March 3-4" already
did; it was read as the first day alone, or, after "from", as a stretch up to the report's
day (issue #11, nights and small hours). A deed that runs on into a day with no day before
it ("continued into Saturday"), a count of time into a period ("two weeks into March") and
the forms already read keep their readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 3)  # a Monday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels killed six soldiers near Garo overnight Friday into Saturday, the army said.",
         [("six", "2031-02-28", "2031-03-01")]),
        ("Gunmen killed four villagers in Tanke on Friday night into Saturday morning, "
         "police said.", [("four", "2031-02-28", "2031-03-01")]),
        ("Fighting from Friday night into Saturday killed 12 people in Goma, officials said.",
         [("12", "2031-02-28", "2031-03-01")]),
        ("Raiders abducted 30 pupils in Kebbi overnight Saturday into Sunday, police said.",
         [("30", "2031-03-01", "2031-03-02")]),
    ],
)
def test_a_night_into_the_next_day_spans_both(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting continued into Saturday and killed 9 people in Goma, officials said.",
         [("9", "2031-03-01", "2031-03-01")]),
        ("Gunmen killed four villagers in Tanke on the night between Friday and Saturday, "
         "police said.", [("four", "2031-02-28", "2031-03-01")]),
        ("Gunmen killed four villagers in Tanke on the intervening night of Saturday and "
         "Sunday, police said.", [("four", "2031-03-01", "2031-03-02")]),
        ("Gunmen killed four villagers in Tanke shortly after midnight on Saturday, police "
         "said.", [("four", "2031-03-01", "2031-03-01")]),
        ("Gunmen killed four villagers in Tanke in the wee hours of Saturday, police said.",
         [("four", "2031-03-01", "2031-03-01")]),
        ("Two weeks into March, gunmen had killed 40 people in Zamfara, police said.",
         [("40", "2031-03-01", "2031-03-03")]),
        ("Rebels killed six soldiers near Garo late on Friday, the army said.",
         [("six", "2031-02-28", "2031-02-28")]),
        ("Rebels killed six soldiers near Garo overnight Friday into Saturday, the army said.",
         [("six", None, None)]),
    ],
)
def test_other_nights_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    published = None if expected[0][1] is None else PUBLISHED
    assert written_spans(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police launched a probe on Monday into Friday's bombing that killed 12 people in "
         "Quetta.", [("12", "2031-02-28", "2031-02-28")]),
        ("The government ordered an inquiry on Sunday into Saturday's crash, which killed 9 "
         "people.", [("9", "2031-03-01", "2031-03-01")]),
        ("An inquiry ordered in February into January's killings of 14 villagers will report "
         "soon.", [("14", "2031-01-01", "2031-01-31")]),
        ("Police on Sunday opened an investigation into Saturday's shooting in which 3 people "
         "were killed.", [("3", "2031-03-01", "2031-03-01")]),
        ("Gunmen killed 4 people in Ondo overnight Saturday into Sunday, police said.",
         [("4", "2031-03-01", "2031-03-02")]),
    ],
)
def test_into_a_thing_of_a_day_is_no_stretch(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
