"""A financial or statistical year written over two calendar years ("in 2024-25", "2024/25",
"the 2024-25 financial year", "fiscal 2024-25") dates its figures over both years, whose
months differ by country (issue #11, time): they were dated the day of publication. A date
written year first ("2024-05-06") is still that day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2026-05-06")


@pytest.mark.parametrize(
    "text",
    [
        "There were 237 homicide incidents in Tarnland in 2024-25, the institute said.",
        # the recogniser takes "2024/25" for a count
        "Police recorded 535 homicides in Wendshire in 2024/25, the statistics office said.",
        "Police registered 62 murders in the 2024-25 financial year, officials said.",
        "Police registered 62 murders in the 2024\u201325 year, officials said.",
    ],
)
def test_a_financial_year_dates_over_both_years(nlp: Language, text: str) -> None:
    spans = [(c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)]
    assert spans == [(D("2024-01-01"), D("2025-12-31"))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("fiscal 2024-25", "2024-01-01", "2025-12-31"),
        ("FY2024-25", "2024-01-01", "2025-12-31"),
        ("1999-00", "1999-01-01", "2000-12-31"),
        # near misses: a day written year first; two years that do not follow on
        ("2024-05-06", "2024-05-06", "2024-05-06"),
    ],
)
def test_the_years_read(text: str, start: str, end: str) -> None:
    period = resolve_period(text, published=PUBLISHED)
    assert period is not None
    assert (period.start, period.end) == (D(start), D(end))


def test_a_case_number_is_no_financial_year(nlp: Language) -> None:
    text = "Police registered FIR No 2025/26 and arrested 3 men on Monday."
    assert [(c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)] == [
        (D("2026-05-04"), D("2026-05-04"))
    ]


def test_two_years_that_do_not_follow_on_are_no_financial_year() -> None:
    assert resolve_period("in 2024-27", published=PUBLISHED) is None
