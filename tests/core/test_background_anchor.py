"""A text with no publication date reads "on Sunday" around a date it writes in full only when
that date is a day of the story: above it or in its first sentence. A full date further down
is more often an earlier event's ("the island was last hit on 12 May 2009"): it gives no day
to the story's relative days, which stay unknown (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.publication_dates import anchors_relative_days
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quake hits island\n\nA strong quake struck the island on Monday, killing 12 people. "
            "The island was last hit by a strong quake on 12 May 2029, when 40 people died.",
            [None, D("2029-05-12")],
        ),
        (
            "Gunman kills two\n\nA gunman shot and killed two people at a bar early Sunday, "
            "police said. He had been released from jail on Dec. 28, 2029.",
            [None, None],
        ),
    ],
)
def test_a_background_date_gives_no_day_to_the_story(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's own day in its first sentence, under a long headline
        (
            "Fresh clashes rock the capital over the death of a student\n\n"
            "Fresh riots broke out in the capital on Saturday 14 December 2030 over a new tax "
            "law. Police said 30 protesters were injured on Friday night.",
            [D("2030-12-13")],
        ),
        # a date line above the story
        (
            "Mon Jan 6, 2031 4:10pm EST\n\nA gunman killed three people at a mall on Sunday, "
            "police said.",
            [D("2031-01-05")],
        ),
    ],
)
def test_a_day_of_the_story_anchors_its_weekdays(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, None) == expected


def test_a_date_deep_in_the_body_is_no_anchor() -> None:
    text = (
        "A strong quake struck the island on Monday, killing 12 people and injuring dozens. "
        "Rescuers searched the rubble through the night.\n"
        "The island was last hit by a strong quake on 12 May 2029."
    )
    assert not anchors_relative_days(text)
    assert anchors_relative_days("On 12 May 2029, a strong quake struck the island, killing 12.")
    # further down on the weekday the lead tells: the story's day
    assert anchors_relative_days(text.replace("on Monday", "on Saturday"))
