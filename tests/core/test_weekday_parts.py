"""A weekday and its part the recogniser tags apart ("since Friday" DATE + "night" TIME)
are one time: "11 people had been killed in the violence since Friday night" runs from
Friday to the telling, where the weekday, a modifier no preposition governed, dated the
figure Friday alone (issue #11, dates). Weekdays read whole with their part, and a part after
a weekday written with its own preposition, keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)  # a Wednesday


def _read(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return written_spans(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 11 people had been killed in the violence since Friday night.",
         [("11", "2031-12-05", "2031-12-10")]),
        ("Officials said 23 people had been arrested in the town since Saturday night.",
         [("23", "2031-12-06", "2031-12-10")]),
        ("Police said 8 people had been injured in the clashes since Sunday morning.",
         [("8", "2031-12-07", "2031-12-10")]),
    ],
)
def test_a_weekday_and_its_part_are_one_time(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 11 people had been killed in the violence since Friday.",
         [("11", "2031-12-05", "2031-12-10")]),
        ("Eleven people have been killed in the violence since Friday night, police said.",
         [("Eleven", "2031-12-05", "2031-12-10")]),
        ("Two Naxals were killed in an encounter in Sukma on Monday night, police said.",
         [("Two", "2031-12-08", "2031-12-08")]),
        ("Gunmen killed three people on Friday, and a curfew was imposed that night.",
         [("three", "2031-12-05", "2031-12-05")]),
    ],
)
def test_other_weekdays_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected
