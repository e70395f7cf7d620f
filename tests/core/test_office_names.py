"""A person named after an office's "of" that the tagger leaves untagged ("Superintendent of
Police Ravi Kumar rejected the allegation"): the speaker is the person, not the bare title.
Names, places and sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)


def sources(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.attribution for c in result.claims if c.number_text.isdigit()]


def test_the_name_after_the_force() -> None:
    text = (
        'Superintendent of Police Ravi Kumar rejected the allegation. "All the arrested had '
        'warrants against them," he said.\n\nWith this, 80 rebels have been arrested in the '
        "district this year, he said."
    )
    assert sources(text) == ["Ravi Kumar"]


def test_a_district_after_the_title_is_no_name() -> None:
    text = (
        "Superintendent of Police Kelmor said 80 rebels have been arrested in the district "
        "this year."
    )
    assert sources(text) != ["Kelmor"]
