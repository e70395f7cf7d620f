"""Things seized or captured are no captives, things and fractions no casualties (issue #11,
not claims). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def people(nlp: Language, text: str) -> list[tuple[str, float]]:
    return counted(nlp, text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized two guns and a car on Monday.",
        "Customs officers seized 5 kilograms of heroin at the port.",
        "Rebels captured three towns in the north last week.",
        "Officers seized four vehicles and 300 rounds of ammunition.",
    ],
)
def test_things_seized_are_no_captives(nlp: Language, text: str) -> None:
    assert people(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen seized two aid workers on the highway.", [("kidnapped", 2)]),
        ("Police picked up four suspects after the raid.", [("arrested", 4)]),
        ("Troops captured 12 fighters near the border.", [("arrested", 12)]),
    ],
)
def test_people_seized_are_counted(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things counted beside the dead are no dead or hurt
        (
            "At least five people were killed, 250 others injured and more than 800 homes "
            "destroyed by the tremors.",
            [("killed", 5), ("injured", 250)],
        ),
        ("An official said two helicopters were evacuating injured from the area.", []),
        # a fraction counts no one: a magnitude, not the hurt
        (
            "State television says a magnitude-5.2 quake has injured three people.",
            [("injured", 3)],
        ),
        ("A 6.1-magnitude quake killed 1.5 million people.", [("killed", 1_500_000)]),
        (
            "A quake killed 3,000 in the north in 2003, and 600 were killed in the south "
            "in a 6.4 magnitude quake.",
            [("killed", 3000), ("killed", 600)],
        ),
    ],
)
def test_things_and_fractions_are_no_casualties(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert people(nlp, text) == expected
