"""Issue #11, detection: people booked on a charge, under a statute or into a jail are
arrested as a checker counts them ("officers booked 15 people on charges of rioting", "police
booked 12 under the Arms Act"); rooms, seats or passengers booked are no arrest. Sentences we
invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _found(text: str) -> list[tuple[str, float]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value) for c in run_documents([doc]).claims if c.measure != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers booked 15 people on charges of rioting.", [("arrested", 15)]),
        ("Police booked 12 people under the Arms Act.", [("arrested", 12)]),
        ("Two men were booked into the county jail on Monday.", [("arrested", 2)]),
        ("Police booked a man for murder.", [("arrested", 1)]),
        ("The family booked two rooms at a hotel.", []),
        ("The airline booked 300 passengers on the flight.", []),
    ],
)
def test_booked(text: str, expected: list[tuple[str, float]]) -> None:
    assert _found(text) == expected
