"""Who gave what the sentences before told: "The information was given on Thursday by the
police commander, Joao Batista Mendes": the figures before are his. Names, places and
sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)
LEAD = (
    "The army and the police killed 14 insurgents and captured six others in an operation "
    "between Tuesday and Thursday in the district of Velmar.\n\n"
)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims if c.is_core}


def test_the_information_given_by_a_named_commander() -> None:
    text = LEAD + (
        "The information was given on Thursday in Kelmor by the commander of the police in "
        "the province, Joao Batista Mendes, who said the operation targeted bases in the bush."
    )
    assert sources(text) == {"14": "Joao Batista Mendes", "six": "Joao Batista Mendes"}


def test_the_details_given_by_a_body() -> None:
    text = LEAD + "The details were provided by the provincial police command on Friday."
    assert "police command" in (sources(text)["14"] or "")


def test_a_gift_of_aid_is_no_report() -> None:
    text = LEAD + "Food was given to the displaced families by the provincial government."
    assert sources(text)["14"] is None
