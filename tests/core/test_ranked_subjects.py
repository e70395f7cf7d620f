"""An area a breakdown ranks ("Velmark Highlands recorded the most deaths, with 188") is where
the figure was counted, not who counted it: the figure keeps the report's recorder. A body that
records a count of its own ("The Tarn Institute recorded 320 deaths") is still its source."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

LEAD = (
    "Nigeria: 1,200 killed in bandit attacks in 2025, monitor says\n\n"
    "Armed groups killed 1,200 people across Nigeria in 2025, the Abuja-based Peace Monitor "
    "said in its annual report.\n\n"
)


def _sources(sentence: str) -> dict[str, str | None]:
    text = LEAD + sentence + "\n\nThe monitor urged the government to act.\n"
    result = run_texts(text, published=dt.date(2026, 1, 12))
    return {c.number_text: c.attribution for c in result.claims if c.is_core}


@pytest.mark.parametrize(("sentence", "figure", "area"), [
    ("Velmark Highlands recorded the most deaths, with 188, followed by Oyo with 54.",
     "188", "Velmark Highlands"),
    ("Eastern Corridor recorded the most killings, with 140, while Oyo recorded 54.",
     "140", "Eastern Corridor"),
])
def test_a_ranked_area_is_no_source(sentence: str, figure: str, area: str) -> None:
    source = _sources(sentence)[figure]
    assert source is not None
    assert area not in source


def test_a_body_recording_its_own_count_is_its_source() -> None:
    sources = _sources("Separately, the Tarn Institute recorded 320 deaths in the year.")
    assert sources["320"] is not None
    assert "Tarn Institute" in sources["320"]
