"""A department is a body ("the Ibarra Police Department") and a country's unit too: "in
Colombia's Tolima department", in lower case after a name the gazetteer knows as a province,
where a place stands, is the scene, not the dateline's city; a department with a body's word
before it stays the office (issue #11, place). Sentences written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)


def _places(text: str) -> list[str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [c.location for c in claims if c.measure == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers shot dead in Colombia\n\nBOGOTA - Armed men shot dead six farmers at a rural "
        "estate in Colombia's Tolima department on Thursday, the ombudsman's office said.\n",
        "Farmers shot dead in Colombia\n\nBOGOTA - Six farmers were shot dead at a rural estate "
        "in the Tolima department on Thursday, the ombudsman's office said.\n",
    ],
)
def test_a_provinces_department_is_the_scene(text: str) -> None:
    assert set(_places(text)) == {"Tolima"}


def test_a_forces_department_stays_a_body() -> None:
    text = (
        "Farmers shot dead in Colombia\n\nBOGOTA - Six farmers were shot dead in Ibague on "
        "Thursday, a spokesman for the Tolima police department said.\n"
    )
    assert "Tolima" not in {p for p in _places(text) if p}


def test_a_departments_police_speaks_for_its_area() -> None:
    # no place in the sentence: the area the speaker's police answers for
    # (``spoken_for_areas``), not the capital the report was filed from
    text = (
        "Farmers shot dead in Colombia\n\nBOGOTA - Six farmers were shot dead on Thursday, "
        "a spokesman for the Tolima police department said.\n"
    )
    assert set(_places(text)) == {"Tolima"}
