"""The scene a report's figures are filed under: another incident's town, told aside, is not
it; a headline's town is told as the scene, not only as the bureau's (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from core.settings import Settings

pytestmark = pytest.mark.slow

LEAD = (
    "QUETTA: At least nine people were killed when a bomb exploded in a crowded market on "
    "Thursday evening, police said.\n\n"
)


def places(text: str) -> dict[str, str | None]:
    settings = Settings(published=dt.date(2025, 11, 7))
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")], settings=settings).claims
    return {c.number_text: c.location for c in claims}


@pytest.mark.parametrize(
    "aside",
    [
        "Three personnel were injured in a separate attack in Nushki.",
        "In another incident in Nushki, three personnel were injured.",
        "Separately, three personnel were injured when gunmen fired on a post in Nushki.",
    ],
)
def test_another_incidents_town_is_not_the_scene(aside: str) -> None:
    found = places("Blast kills nine in market\n\n" + LEAD + aside + "\n")
    assert found["At least nine"] == "Quetta"
    assert next(v for k, v in found.items() if k.lower() == "three") == "Nushki"


def test_a_headlines_town_is_the_scene_over_a_later_operations_town() -> None:
    later = (
        "Meanwhile, counter-terrorism police killed four militants in an operation in "
        "Pishin, a spokesman said.\n"
    )
    found = places("Blast kills nine in Quetta market\n\n" + LEAD + later)
    assert found["At least nine"] == "Quetta"
    assert found["four"] == "Pishin"


def test_a_later_sentence_still_narrows_the_scene_to_its_village() -> None:
    text = (
        "Blast kills four in Bannu\n\n"
        "BANNU: Four people were killed when a bomb went off on Thursday, police said.\n\n"
        "The blast occurred in Domel village, officials said.\n"
    )
    assert places(text)["Four"].startswith("Domel")
