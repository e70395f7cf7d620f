"""Issue #11, place: an incident word the tokenizer splits at its hyphen ("drive-by") ends a
town's name as a one-word incident word does ("in Fresno shooting"): the town is the place,
not "Fresno drive-by". Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 6, 14)


def places(text: str) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure != "other"}


@pytest.mark.parametrize(
    "text",
    [
        "Man killed in Tulsa drive-by identified\n\nA man was shot and killed on Tuesday.",
        "Man killed in Tulsa shooting identified\n\nA man was shot and killed on Tuesday.",
        # a crime's own noun ends the name as an attack's does
        "Two charged in Tulsa carjacking that left man dead\n\nA man was shot and killed on"
        " Tuesday.",
    ],
)
def test_the_town_before_an_incident_word_is_the_place(text: str) -> None:
    assert places(text) == {"Tulsa"}


def test_a_hyphened_venue_keeps_its_name() -> None:
    # "drive-thru" is no incident word: the venue named by its town, as "the Gwadar port"
    assert places("A man was shot in a Tulsa drive-thru on Tuesday.") == {"Tulsa drive-thru"}
