"""The hurt named by their treatment, their wounds, or as "another" beside a count; the dead
counted by a deed's multiple ("a double homicide") (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import CASUALTY_MEASURES, measured

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def casualties(nlp: Language, text: str) -> list[tuple[str, float]]:
    return sorted(measured(nlp, text, WED, CASUALTY_MEASURES))


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
        # the hospitalised are counted as hurt, still in care or not
        ("Doctors said 30 people were still being treated for their injuries.", [("injured", 30)]),
        # with wounds
        ("Officers found two men with gunshot wounds in the hall.", [("injured", 2)]),
        # "another" beside a count
        (
            "Three guards were killed and another critically injured on Monday.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are investigating a double homicide in the east end.", [("killed", 2)]),
        ("The triple murder shocked the small town last year.", [("killed", 3)]),
        # a numeral of the sentence counts them already
        ("Two people were killed in what police called a double homicide.", [("killed", 2)]),
        # no dead counted by a shooting's multiple, nor by a homicide that did not happen
        ("A triple shooting left one man dead on Sunday.", [("killed", 1)]),
        ("The fight could have become a double homicide.", []),
    ],
)
def test_a_deed_counted_by_its_multiple(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers are looking into the Sunday shooting death of a 14-month-old baby.",
            [("killed", 1)],
        ),
        ("Police are investigating the death of a 14-month-old baby.", [("killed", 1)]),
        ("He spoke of the deaths of a thousand dreams.", []),
    ],
)
def test_the_harm_noun_the_parse_hung_elsewhere(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the remains of people found count the dead, as their bodies do
        ("Searchers found the remains of at least 31 people in a gully near Tarvel.",
         [("killed", 31)]),
        ("The remains of four hikers were recovered from the glacier on Monday.",
         [("killed", 4)]),
        # near misses: remains of things; "remains" a verb
        ("The remains of two old forts stand on the hill.", []),
        ("Two remain missing after the flood.", []),
    ],
)
def test_the_remains_of_people_count_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert casualties(nlp, text) == expected
