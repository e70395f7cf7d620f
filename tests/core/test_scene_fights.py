"""A later sentence that tells where the fight was ("the gunbattle erupted in X village", "the
firefight began in X village", "the fighting started after troops surrounded X village in Y")
files the lead's figures there, as "the clash erupted in X" does (issue #11, place). Sentences
invented; districts real."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure != "other"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two rebels killed\n\n"
            "SRINAGAR: Two rebels were killed in a gunbattle with troops in Kupwara district "
            "on Monday, police said.\n"
            "The gunbattle erupted in Tekipora village after a tip-off, officials said.",
            # the headline's figure keeps the district the gazetteer now knows (the body's
            # "in Kupwara district" hangs on "troops"), the lead's figure its village
            {"Kupwara", "Tekipora village, Kupwara district"},
        ),
        (
            "Two rebels killed\n\n"
            "SRINAGAR: Two rebels were killed in Kupwara district on Monday, police said.\n"
            "The firefight began in Tekipora village late in the evening, officials said.",
            "Tekipora village, Kupwara district",
        ),
        (
            "Two rebels killed\n\n"
            "SRINAGAR: Two rebels were killed in Kupwara district on Monday, police said.\n"
            "The fighting started in Tekipora village when troops came under fire.",
            "Tekipora village, Kupwara district",
        ),
    ],
)
def test_where_the_fight_broke_out_is_the_scene(text: str, place: str | set[str]) -> None:
    assert places_of(text) == (place if isinstance(place, set) else {place})


@pytest.mark.parametrize(
    "text",
    [
        # a meeting, not a fight, began there
        "Two rebels killed\n\n"
        "SRINAGAR: Two rebels were killed in Kupwara district on Monday, police said.\n"
        "A meeting of officials began in Tekipora village on Tuesday.",
        # an earlier fight told apart
        "Two rebels killed\n\n"
        "SRINAGAR: Two rebels were killed in Kupwara district on Monday, police said.\n"
        "A similar firefight began in Tekipora village last month.",
    ],
)
def test_what_is_no_fight_of_the_incident_tells_no_scene(text: str) -> None:
    assert places_of(text) == {"Kupwara district"}


def test_a_fight_told_without_the_is_another() -> None:
    text = (
        "Two rebels killed\n\n"
        "SRINAGAR: Two rebels were killed in Kupwara district on Monday, police said.\n"
        "Heavy fighting broke out in Tekipora village as well, residents said."
    )
    assert places_of(text) == {"Kupwara district"}
