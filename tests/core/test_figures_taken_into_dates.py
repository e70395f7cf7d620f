"""A figure compared with one of the period before, which the tagger reads with the time after
it as one date ("compared to 47 the year before"): that figure counts over the earlier period,
and the figure set against it (the comparison verb's subject) over the report's own.
Sentences and outlets we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2032, 1, 12)
LEAD = "The institute counted 540 militant attacks in 2031, its annual review said. "
YEAR = ("2031-01-01", "2031-12-31")
YEAR_BEFORE = ("2030-01-01", "2030-12-31")


def periods(text: str) -> dict[str, tuple[str, str]]:
    result = run_documents([from_text(LEAD + text, doc_id="d1", path="t.txt", published=PUB)])
    return {c.number_text: (str(c.date_start), str(c.date_end)) for c in result.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bomb attacks also rose, with 62 such attacks compared to 47 the year before.",
         {"62": YEAR, "47": YEAR_BEFORE}),
        ("Kidnappings climbed as well, with 83 abductions against 58 the previous year.",
         {"83": YEAR, "58": YEAR_BEFORE}),
    ],
)
def test_a_figure_the_tagger_took_into_a_date(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = periods(text)
    for figure, period in expected.items():
        assert found.get(figure) == period, figure


def test_a_time_told_back_alone_dates_no_figure() -> None:
    found = periods("Bomb attacks rose by a fifth compared to the year before.")
    assert set(found) == {"540"}
