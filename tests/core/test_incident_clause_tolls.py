"""A toll told in a participle on incident nouns, "Attacks rose last year, with 1,284
incidents claiming 1,523 lives" (issue #11, dates): the date reader took the participle for a
clause on someone whose deed the main clause's date does not reach ("a man wanted in the
deaths of two women was arrested Tuesday"), so the toll had no date while the incidents had
the year. Incidents are no one: their clause tells their own toll, of their period. Our own
sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import claim_fields

PAPER = dt.date(2031, 3, 4)
FIELDS = ("measure", "value", "date_start", "date_end")
YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
MARCH = (dt.date(2030, 3, 1), dt.date(2030, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attacks rose last year, with 1,284 incidents claiming 1,523 lives.",
         [("attacks", 1284.0, *YEAR), ("killed", 1523.0, *YEAR)]),
        ("The district saw 40 bombings in March 2030, with the blasts killing 61 people.",
         [("attacks", 40.0, *MARCH), ("killed", 61.0, *MARCH)]),
        # a closing report after the phrase: the parser hangs it on "said"
        ("Militant violence rose by a fifth in Balochistan last year, with 402 incidents "
         "claiming 519 lives, a think tank said on Tuesday.",
         [("attacks", 402.0, *YEAR), ("killed", 519.0, *YEAR)]),
        # as before: a relative clause
        ("Attacks rose last year, with 1,284 incidents that claimed 1,523 lives.",
         [("attacks", 1284.0, *YEAR), ("killed", 1523.0, *YEAR)]),
    ],
)
def test_the_incidents_clause_tells_their_toll(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert claim_fields(nlp, text, PAPER, *FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a clause on a person: the later day is the news of him, not of the deaths
        ("A man wanted in the deaths of two women was arrested Tuesday.", None),
        ("A driver accused of killing three pedestrians surrendered on Monday.", None),
    ],
)
def test_a_clause_on_someone_keeps_the_later_day_off(
    nlp: Language, text: str, day: dt.date | None
) -> None:
    fields = claim_fields(nlp, text, PAPER, "measure", "date_start")
    assert ("killed", day) in fields
