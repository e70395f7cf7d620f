"""A share of those a sentence before counted ("62 percent of them") is a share, not a part
counted as they were; a number of them is. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 7, 24)
LEAD = (
    "Civilian deaths in Tarnia\n\n"
    "The UN mission recorded 1,120 civilian deaths between January and June, it said.\n\n"
)


def measures(text: str) -> dict[str, str]:
    result = run_documents([from_text(LEAD + text, doc_id="d1", published=PUB)])
    return {c.number_text: c.measure for c in result.claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels were blamed for 62 percent of them, the mission said.",
        "Rebels caused 62% of them, the mission said.",
        "Rebels were behind 62 per cent of them.",
    ],
)
def test_a_share_of_them_is_no_count_of_the_dead(sentence: str) -> None:
    assert measures(sentence).get("62") != "killed"


def test_a_number_of_them_is_a_part_of_the_dead() -> None:
    assert measures("Of them, 62 were children, the mission said.")["62"] == "killed"
