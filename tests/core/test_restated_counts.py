"""A count its source restates (issue #11): "Police have arrested four men. All four are being
questioned, the SP said." gives the four to the SP; a next sentence that does not take the
count up, or takes up another, leaves it the report's own. Sentences, names, places we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 14)
ARREST = "Police have arrested four labourers from Tarvin for sheltering the gang."


def sources(text: str) -> dict[float, str | None]:
    """Each value's first claim's source (a restatement is a claim of its own)."""
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    found: dict[float, str | None] = {}
    for c in sorted(result.claims, key=lambda c: c.start):
        if c.is_core:
            found.setdefault(c.value, c.attribution)
    return found


@pytest.mark.parametrize(
    "second",
    [
        "All four are being questioned, district police chief Omar Siddiq said.",
        "The four were taken to Velor for questioning, district police chief Omar Siddiq said.",
    ],
)
def test_a_count_taken_up_next_is_the_speaker_s(second: str) -> None:
    assert sources(f"Gang helpers held\n\n{ARREST} {second}\n")[4] == "Omar Siddiq"


@pytest.mark.parametrize(
    "second",
    [
        "The gang is still at large, district police chief Omar Siddiq said.",
        "All three are being questioned, district police chief Omar Siddiq said.",
    ],
)
def test_a_count_not_taken_up_stays_the_report_s(second: str) -> None:
    assert sources(f"Gang helpers held\n\n{ARREST} {second}\n")[4] is None


def test_a_count_taken_up_in_a_new_paragraph_stays_the_report_s() -> None:
    text = f"Gang helpers held\n\n{ARREST}\n\nAll four are being questioned, Omar Siddiq said.\n"
    assert sources(text)[4] is None
