"""The people a court sentenced, convicted or acquitted count on the court's day (issue #11,
time): "a court on Tuesday sentenced three men to death for a 2029 bombing" is Tuesday's
three, not the bombing's year, and the bombing's dead keep theirs. A harm told beside a
sentence keeps its own day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)  # a Wednesday
TUESDAY = "2031-09-16"


def dated(nlp: Language, text: str) -> list[tuple[str, float, str, str]]:
    return [
        (c.measure, c.value, str(c.date_start), str(c.date_end))
        for c in read_claims(nlp, text, PUB)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Tarvel on Tuesday sentenced three men to death.",
         [("other", 3, TUESDAY, TUESDAY)]),
        ("A court in Tarvel convicted 12 men of rioting on Tuesday.",
         [("other", 12, TUESDAY, TUESDAY)]),
        ("An anti-terrorism court on Tuesday sentenced three men to death for their role in a "
         "2029 bombing that killed 26 people at a market in Tarvel.",
         [("other", 3, TUESDAY, TUESDAY), ("killed", 26, "2029-01-01", "2029-12-31")]),
    ],
)
def test_those_a_court_sentenced_count_on_its_day(
    nlp: Language, text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert dated(nlp, text) == expected


def test_a_harm_beside_a_sentence_keeps_its_day(nlp: Language) -> None:
    text = "A man who shot two people in Tarvel on Monday was sentenced to life on Tuesday."
    assert [(m, a) for m, _, a, _ in dated(nlp, text)] == [("injured", "2031-09-15")]


def test_the_court_day_carries_to_no_harm_after_it(nlp: Language) -> None:
    text = ("Two brothers were sentenced in Tarvel on Tuesday for the January shooting of a "
            "guard. Two guards were wounded in the robbery.")
    found = dated(nlp, text)
    assert found[0] == ("other", 2, TUESDAY, TUESDAY)
    assert all(start != TUESDAY for measure, _, start, _ in found if measure == "injured")
