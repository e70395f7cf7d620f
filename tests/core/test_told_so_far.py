"""A count over a month or a year still running on the day of publication ends on that day
(issue #11): a report cannot count what has not happened yet. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-11-19")


def spans(nlp: Language, text: str, published: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    return [
        (c.date_start, c.date_end)
        for c in counted_claims(nlp, text, published)
        if c.date_start is not None and c.date_end is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said they had carried out 41 raids in the district in November alone.",
            [(D("2031-11-01"), PUBLISHED)],
        ),
        ("Police said they had arrested 230 suspects in 2031.", [(D("2031-01-01"), PUBLISHED)]),
    ],
)
def test_a_running_month_or_year_ends_on_publication(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month over before publication keeps its end
        (
            "Police said they had arrested 230 suspects in October.",
            PUBLISHED,
            [(D("2031-10-01"), D("2031-10-31"))],
        ),
        (
            "Police said 230 suspects were arrested last year.",
            PUBLISHED,
            [(D("2030-01-01"), D("2030-12-31"))],
        ),
        # no publication date: a date of the story is no bound of the month
        (
            "On November 19, 2031, police said they had carried out 41 raids in the district "
            "in November alone.",
            None,
            [(D("2031-11-01"), D("2031-11-30"))],
        ),
    ],
)
def test_other_spans_keep_their_end(
    nlp: Language,
    text: str,
    published: dt.date | None,
    expected: list[tuple[dt.date, dt.date]],
) -> None:
    assert spans(nlp, text, published) == expected
