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
        # vessels and animals are things too
        "The navy seized 3 trawlers fishing illegally off the coast on Friday.",
        "Rangers captured two wolves that had attacked livestock.",
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
            "Five miners were killed, 250 others injured and over 300 huts destroyed by the "
            "blast.",
            [("killed", 5), ("injured", 250)],
        ),
        ("A relief worker said two boats were carrying injured from the valley.", []),
        # a fraction counts no one: a magnitude, not the hurt
        (
            "Local radio says a magnitude-4.7 quake has injured three people.",
            [("injured", 3)],
        ),
        ("A 6.1-magnitude quake killed 1.5 million people.", [("killed", 1_500_000)]),
        (
            "A quake killed 3,000 in the east in 1998, and 600 were killed on the coast "
            "in a 6.4 magnitude quake.",
            [("killed", 3000), ("killed", 600)],
        ),
    ],
)
def test_things_and_fractions_are_no_casualties(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert people(nlp, text) == expected
