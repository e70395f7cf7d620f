"""Issue #11, place: never a person as the place. A title-case headline's person noun before
its harm ("Man Shot In ...") is the one harmed, not a town of that name the gazetteer knows
(Man, in Côte d'Ivoire); a town before the incident's word still names it. Headlines we
invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _places(text: str) -> list[str | None]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [c.location for c in run_documents([doc]).claims if c.measure != "other"]


@pytest.mark.parametrize("headline", ["Man Shot In NE Philadelphia", "Man Shot Near Bar"])
def test_person_noun_is_no_town(headline: str) -> None:
    assert "Man" not in _places(headline)


def test_town_before_the_incident_word() -> None:
    assert _places("Teen Wounded In Dayton Shooting") == ["Dayton"]
