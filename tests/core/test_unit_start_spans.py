"""A count told since the start of a week or a month named without "this" ("Police have
arrested 40 since the start of the month", "since the beginning of the week") runs from the
first day of the report's own week or month to the report's day, as "since the start of this
month" already did; it was read as the report's day alone (issue #11, period totals). The end
of a bare month or week ("by the end of the month") may look ahead or name a month told
before, so it is no span; the explicit forms and a report without its date keep their
readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 6)  # a Thursday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have arrested 40 people in the city since the start of the month.",
         [("40", "2031-03-01", "2031-03-06")]),
        ("Since the beginning of the month, 17 people have been killed in Kaduna, police said.",
         [("17", "2031-03-01", "2031-03-06")]),
        ("Police have arrested 25 suspects in Lahore since the start of the week.",
         [("25", "2031-03-03", "2031-03-06")]),
        ("Since the beginning of the week, floods have killed 9 people in Sindh, officials said.",
         [("9", "2031-03-03", "2031-03-06")]),
    ],
)
def test_a_count_since_a_bare_unit_start_runs_to_the_report(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have arrested 40 people in the city since the start of this month.",
         [("40", "2031-03-01", "2031-03-06")]),
        ("Police have arrested 40 people in the city since the beginning of the year.",
         [("40", "2031-01-01", "2031-03-06")]),
        ("Police have arrested 40 people in the city since the start of March.",
         [("40", "2031-03-01", "2031-03-06")]),
        ("Police have arrested 40 people in the city since the start of the month.",
         [("40", None, None)]),
        ("Police have arrested 25 suspects in Lahore since the start of the week.",
         [("25", None, None)]),
        ("Police arrested 8 people in Mombasa on Monday, a spokesman said.",
         [("8", "2031-03-03", "2031-03-03")]),
    ],
)
def test_other_starts_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    published = None if expected[0][1] is None else PUBLISHED
    assert written_spans(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police hope to have arrested 40 people by the end of the month.", []),
        ("By the end of the week, 30 people had been arrested in Lahore, police said.",
         [("30", "2031-03-06", "2031-03-06")]),
    ],
)
def test_a_bare_unit_end_is_no_span(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN said in December that 300 people had been killed since the start of the month "
         "in Darfur.", [("300", "2030-12-01", "2030-12-31")]),
        ("Last month, police said 60 people had been arrested since the beginning of the month "
         "in Kano.", [("60", "2031-02-01", "2031-02-28")]),
        ("In February, rebels killed 45 people in Ituri, and at the start of the month a bomb "
         "killed 12 in Bunia.", [("45", "2031-02-01", "2031-02-28"),
                                 ("12", "2031-02-01", "2031-02-15")]),
        ("On February 20, police said they had arrested 40 people in Karachi since the start of "
         "the month.", [("40", "2031-02-01", "2031-02-20")]),
        ("In February, rebels killed 45 people in Ituri. Since the start of the month, they have "
         "killed 20 more.", [("45", "2031-02-01", "2031-02-28"),
                             ("20", "2031-03-01", "2031-03-06")]),
        ("Last week, 30 people were killed in Juba; since the start of the week, 12 more have "
         "been killed.", [("30", "2031-02-24", "2031-03-02"), ("12", "2031-03-03", "2031-03-06")]),
        ("At the start of the week, police arrested 9 protesters in Dhaka, after 4 were arrested "
         "last week.", [("9", "2031-03-03", "2031-03-05"), ("4", "2031-02-24", "2031-03-02")]),
        ("In 2029, at the beginning of the week of the elections, militants killed 30 people in "
         "Kandahar.", [("30", "2029-01-01", "2029-12-31")]),
    ],
)
def test_a_bare_start_told_in_the_past_or_of_a_thing_is_not_the_reports(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
