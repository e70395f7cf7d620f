"""A time counted back from the report with "back" for "ago", as South Asian copy writes it
("Two days back, police arrested 5 persons", "A week back, dacoits killed 2 villagers",
"Three years back, floods killed 400"), names the day, week or year so far back, as "two
days ago" did; it was read as the report's day, or the year it names as a span counted over
(issue #11, dates in South Asian copy). "back" of a verb ("pushed the march back two days",
"came back two days later"), "ago" itself and a report without its date keep their readings.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 4)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days back, police arrested 5 persons in Meerut, officials said.",
         [("5", "2031-03-02", "2031-03-02")]),
        ("A week back, dacoits killed 2 villagers in Bhind, police said.",
         [("2", "2031-02-24", "2031-03-02")]),
        ("Three years back, floods killed 400 people in the district, officials said.",
         [("400", "2028-01-01", "2028-12-31")]),
    ],
)
def test_a_time_back_counts_from_the_report(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days ago, police arrested 5 persons in Meerut, officials said.",
         [("5", "2031-03-02", "2031-03-02")]),
        ("Police pushed the march back two days after 5 persons were arrested in Meerut on "
         "Monday.", [("5", "2031-03-03", "2031-03-03")]),
        ("Police arrested 5 persons in Meerut on Monday, officials said, adding that the gang "
         "came back two days later.", [("5", "2031-03-03", "2031-03-03")]),
        ("Two days back, police arrested 5 persons in Meerut, officials said.",
         [("5", None, None)]),
        ("Three years back, floods killed 400 people in the district, officials said.",
         [("400", None, None)]),
    ],
)
def test_other_backs_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    published = None if expected[0][1] is None else PUBLISHED
    assert written_spans(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years back to back, floods killed more than 100 people in Assam.",
         [("more than 100", "2031-03-04", "2031-03-04")]),
        ("Three years back-to-back, floods killed 120 people in Bihar, officials said.",
         [("120", "2031-03-04", "2031-03-04")]),
        ("Two years back, floods killed 100 people in Assam, officials said.",
         [("100", "2029-01-01", "2029-12-31")]),
    ],
)
def test_back_to_back_counts_no_time_back(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
