"""A lead that puts the incident in a province, written as one ("a bombing at a mosque in
northern X province"), and a later sentence that tells the town within it ("went off inside
the mosque in Y town"): the incident's figures are the town's, written with the province, as
a checker files them. A town told with a unit of its own, or a province written bare, is left
as told. The reports are invented; the towns are real or made up."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.province_scenes import with_told_province
from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 9)  # a Friday

REPORT = (
    "Takhar mosque blast toll climbs to nine\n\n"
    "TALOQAN (Pajhwok): The toll from Thursday's bombing at a mosque in northern {province} "
    "has climbed to nine, officials said on Friday.\n\n"
    "The provincial health chief told reporters that six worshippers died at the scene on "
    "Thursday and three more died overnight in hospital. Fourteen others were wounded, he "
    "said.\n\n"
    "The bomb went off inside the Jami Masjid in Rustaq town during evening prayers.\n"
)


def places_of(text: str) -> set[str | None]:
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    return {c.location for c in run_documents([doc]).claims}


def test_the_town_told_within_the_leads_province_is_written_with_it() -> None:
    assert places_of(REPORT.format(province="Takhar province")) == {
        "Jami Masjid, Rustaq, Takhar province"
    }


@pytest.mark.parametrize(
    ("told", "wide", "written"),
    [
        ("Rustaq", "Takhar province", "Rustaq, Takhar province"),
        # a province written bare is no unit the report wrote as one
        ("Rustaq", "Takhar", "Rustaq"),
        # told with a unit of its own: as told
        ("Kalafgan, Rustaq district", "Takhar province", "Kalafgan, Rustaq district"),
        ("Rustaq, Badakhshan province", "Takhar province", "Rustaq, Badakhshan province"),
        # a district is no province
        ("Rustaq", "Rustaq district", "Rustaq"),
    ],
)
def test_a_told_town_takes_only_a_province_written_as_one(
    told: str, wide: str, written: str
) -> None:
    assert with_told_province(told, wide) == written
