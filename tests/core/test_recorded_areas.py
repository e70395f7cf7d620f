"""A statistics report's figures that name no place of their own cover the lead's area (the
country or province its review counts), never the town the report was filed from nor a
province a sentence before ranked; an incident told on its own day keeps its scene, and an
incident report keeps its dateline's town as the scene. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2033, 1, 12)
LEAD = (
    "NIAMEY: Niger saw 1,240 militant attacks in 2032, which killed 3,100 people, according "
    "to the annual report of the Centre for Sahel Monitoring (CSM) released on Monday.\n\n"
)


def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.location for c in result.claims}


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # the bureau's town is no area of the review's figures
        ("March was the deadliest month of the year, with 95 attacks, the report said.",
         "95", "Niger"),
        ("Security forces conducted 1,150 operations during the year, the review said.",
         "1,150", "Niger"),
        # a province ranked a sentence before does not hold the next national figure
        ("Diffa recorded 640 attacks during the year.\n\n"
         "Suicide bombings killed 210 people during the year, the report said.",
         "210", "Niger"),
        # negatives: a figure whose sentence names its place keeps it
        ("Diffa recorded 640 attacks during the year.", "640", "Diffa"),
        ("In Niamey itself, 14 people were killed during the year.", "14", "Niamey"),
    ],
)
def test_statistics_figures_take_the_leads_area(
    body: str, figure: str, expected: str
) -> None:
    assert places_of(LEAD + body)[figure] == expected


def test_incident_report_keeps_the_dateline_town() -> None:
    text = "NIAMEY: Gunmen killed four people at a market on Monday, police said.\n"
    assert places_of(text)["four"] == "Niamey"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # an incident the review recalls, its day and scene told in the sentence before
        ("The report recalled the ambush near the village of Kourbalo on 14 March. Eleven "
         "soldiers were killed when fighters fired on their convoy outside the village.",
         "Eleven", "Kourbalo"),
        # negative: a figure of the year that follows keeps the review's area
        ("The report recalled the ambush near the village of Kourbalo on 14 March. Over the "
         "year, 310 soldiers were killed, the report said.", "310", "Niger"),
    ],
)
def test_a_recalled_incident_keeps_the_scene_its_day_was_told_with(
    body: str, figure: str, expected: str
) -> None:
    assert places_of(LEAD + body)[figure] == expected


def test_a_recording_body_named_as_a_town_is_no_place() -> None:
    # "Police" is also a town abroad: the body that records is never where it happened
    text = "Police registered 412 cases of kidnapping for ransom in 2032."
    assert places_of(text) == {"412": None}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "We" is also a town abroad: a pronoun that records is the speaker, never a place
        ('"We have recorded 24 deaths," relief spokesman Harun Dimas told reporters.', "Sindh"),
        # negative: a province that records keeps its own figure
        ("Balochistan recorded 24 deaths, relief spokesman Harun Dimas told reporters.",
         "Balochistan"),
    ],
)
def test_a_pronoun_that_records_is_no_place(second: str, expected: str) -> None:
    text = "Floods swept through Sindh province on Tuesday. " + second
    assert places_of(text)["24"] == expected
