"""The hurt named by their treatment, their wounds, or as "another" beside a count (issue
#11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def casualties(nlp: Language, text: str) -> list[tuple[str, float]]:
    return sorted(
        (c.measure, c.value)
        for c in read_claims(nlp, text, WED)
        if c.measure in ("killed", "injured")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # treated for a harm noun
        (
            "One man is dead and three are being treated for minor injuries.",
            [("injured", 3), ("killed", 1)],
        ),
        ("Two people were treated for gunshot wounds at a clinic.", [("injured", 2)]),
        ("A woman was treated for stab wounds on Tuesday.", [("injured", 1)]),
        # with wounds
        ("Officers found two men with gunshot wounds in the hall.", [("injured", 2)]),
        # "another" beside a count
        (
            "Three people were killed and another critically injured on Monday.",
            [("injured", 1), ("killed", 3)],
        ),
        (
            "The gunman killed two people and wounded another before he fled.",
            [("injured", 1), ("killed", 2)],
        ),
        (
            "Two men were killed on Sunday. Another was wounded in the leg.",
            [("injured", 1), ("killed", 2)],
        ),
    ],
)
def test_the_hurt_named_by_their_harm(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two officers were treated for smoke inhalation at the scene.",
        "Police found two cars with bullet holes on the street.",
        "The two brothers blamed one another for the shooting.",
        "One suspect fled and another was arrested on Friday.",
        "The law applies when a driver recklessly causes the death of another.",
        "Two workers were treated for heat exhaustion on Monday.",
    ],
)
def test_no_harm_no_hurt(nlp: Language, text: str) -> None:
    assert casualties(nlp, text) == []
