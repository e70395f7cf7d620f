"""The named camp, or the block of it, a later sentence says a clash broke out at is where the
checker files the lead's figures, within the sub-district the lead gives ("at Block D of
Jamtoli camp": "Block D, Jamtoli camp, Ukhiya upazila, Cox's Bazar"); an unnamed camp or one of
an earlier clash leaves the lead's place. Sentences invented; sub-districts real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)

LEAD = (
    "Three killed in Rohingya camp clash\n\n"
    "Staff Correspondent\n\n"
    "Three Rohingya men were killed and nine others injured in a gunfight between two armed "
    "groups at a refugee camp in Cox's Bazar's Ukhiya upazila on Saturday night, police said."
    "\n\n"
)


def places_of(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.location for c in result.claims if c.measure in ("killed", "injured")]


def test_the_block_of_a_named_camp_is_the_scene_within_the_upazila() -> None:
    text = LEAD + "The gunfight broke out around 9pm at Block D of Jamtoli camp, the OC said."
    places = places_of(text)
    assert places
    assert all(p == "Block D, Jamtoli camp, Ukhiya upazila, Cox's Bazar" for p in places)


def test_a_named_camp_is_the_scene_within_the_upazila() -> None:
    text = LEAD + "The gunfight broke out at the Jamtoli camp late in the evening."
    assert all(p == "Jamtoli camp, Ukhiya upazila, Cox's Bazar" for p in places_of(text))


def test_an_unnamed_camp_or_an_earlier_clash_leaves_the_upazila() -> None:
    for after in (
        "The gunfight broke out at a camp late in the evening.",
        "A similar gunfight broke out at Jamtoli camp last month.",
    ):
        assert all("Jamtoli" not in (p or "") for p in places_of(LEAD + after))
