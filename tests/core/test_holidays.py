"""Holidays as news dates incidents by (issue #11): the latest one on or before the
publication date, or of the year written; a holiday naming a kind of thing ("a Halloween
party") is no day. Expressions and sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2026-01-07")  # a Wednesday, just after the year's turn


@pytest.mark.parametrize(
    ("expr", "start", "end"),
    [
        ("on Christmas Eve", "2025-12-24", "2025-12-24"),
        ("early Christmas morning", "2025-12-25", "2025-12-25"),
        ("on New Year's Eve", "2025-12-31", "2025-12-31"),
        ("on New Year's Day", "2026-01-01", "2026-01-01"),
        # a holiday on a weekday of its month
        ("Thanksgiving night", "2025-11-27", "2025-11-27"),
        ("on Labor Day", "2025-09-01", "2025-09-01"),
        # its weekend: Saturday to a Monday holiday, Thursday to Sunday for Thanksgiving
        ("over the Memorial Day weekend", "2025-05-24", "2025-05-26"),
        ("over the Thanksgiving weekend", "2025-11-27", "2025-11-30"),
        # the year written wins; Easter moves
        ("on Christmas 2023", "2023-12-25", "2023-12-25"),
        ("Easter Sunday 2024", "2024-03-31", "2024-03-31"),
    ],
)
def test_a_holiday_is_its_latest_day_before_publication(expr: str, start: str, end: str) -> None:
    period = resolve_period(expr, published=PUBLISHED)
    assert period is not None
    assert (period.start, period.end) == (D(start), D(end))


@pytest.mark.parametrize("expr", ["on Christmas Eve", "over the Memorial Day weekend"])
def test_without_a_publication_date_or_a_year_a_holiday_stays_unknown(expr: str) -> None:
    assert resolve_period(expr, published=None) is None


def test_no_holiday_in_other_words() -> None:
    assert resolve_period("on Christmas Street", published=PUBLISHED) is None


def days(nlp: Language, text: str) -> list[tuple[object, object]]:
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, PUBLISHED)
        if c.measure in ("killed", "injured")
    ]


def test_a_figure_on_a_holiday_takes_its_day(nlp: Language) -> None:
    text = "A man was shot dead on Christmas Eve outside a bar, and two others were hurt."
    assert days(nlp, text) == [(D("2025-12-24"), D("2025-12-24"))] * 2


def test_a_holiday_naming_a_kind_of_thing_is_no_day(nlp: Language) -> None:
    text = "Two teens were wounded at a Halloween party on Saturday."
    assert days(nlp, text) == [(D("2026-01-03"), D("2026-01-03"))]
