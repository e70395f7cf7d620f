"""Issue #11, follow-up reports: the harm they tell again is a claim, dated by its own time,
not by the day of the news. A definite harm under a wish or a purpose ("police want to
question a man in the fatal shooting of ...") is told as done; a reward raised or a video
released on Monday is no day of the killing; a town the parser made a second subject ("a man
who was shot in north Tulsa has died") hides no victim. Sentences we invented, with real
towns."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

TUE = dt.date(2031, 3, 11)
MON = dt.date(2031, 3, 10)


def _read(text: str) -> list[tuple[str, float, object]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=TUE)
    return [
        (c.measure, c.value, c.date_start)
        for c in run_documents([doc]).claims
        if c.measure != "other"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police want to question a man in the fatal shooting of a 32-year-old man outside a"
        " bar on March 2.",
        "Detectives hope to solve the killing of a store clerk in Marden.",
    ],
)
def test_definite_harm_under_a_wish_is_told(text: str) -> None:
    assert [(m, v) for m, v, _ in _read(text)] == [("killed", 1)]


def test_modal_harm_is_no_claim() -> None:
    assert _read("The fight could have led to the killing of a man.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Crime Stoppers on Monday increased the reward for information in the killing of a"
        " 17-year-old boy who was shot while walking home.",
        "Police on Monday released video of a man wanted in the killing of a 17-year-old boy.",
    ],
)
def test_day_of_a_reward_or_a_video_is_not_the_killings(text: str) -> None:
    killed = [c for c in _read(text) if c[0] == "killed"]
    assert len(killed) == 1
    assert killed[0][2] != MON


def test_town_as_second_subject_hides_no_victim() -> None:
    assert [(m, v) for m, v, _ in _read("A man who was shot in north Tulsa has died.")] == [
        ("killed", 1)
    ]
