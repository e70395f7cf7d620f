"""Issue #11, detection and place on workplace shootings: a victim named by the working
relation to the one who shot ("shot his former boss dead", "killed his supervisor") is one
person killed, as "his wife" is; a firm's plant before the incident's word ("in Kraft plant
shooting") is no town. Sentences we invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value, c.location) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    "text",
    [
        "A man shot his former boss dead on Friday.",
        "A fired worker killed his supervisor on Friday.",
        "A woman shot and killed her co-worker on Friday.",
        "A tenant shot his landlord dead on Friday.",
    ],
)
def test_working_relation_victim(text: str) -> None:
    assert [(m, v) for m, v, _ in _read(text)] == [("killed", 1)]


def test_firms_plant_is_no_town() -> None:
    found = _read(
        "Woman charged with murder in Varnley plant shooting\nPHILADELPHIA - A woman who police say"
        " shot two co-workers at a Varnley Foods plant was charged Friday with murder."
    )
    assert all(place != "Varnley" for _, _, place in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A man died after a shooting at a Gary bar on Saturday.", "Gary"),
        ("Staff mourned the death of their manager at a Tulsa pharmacy.", "Tulsa"),
    ],
)
def test_business_told_by_its_town(text: str, town: str) -> None:
    assert [place for _, _, place in _read(text)] == [town]
