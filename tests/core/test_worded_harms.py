"""Hurt people told by their state in words ("fighting for their lives", "nursing wounds",
"clinging to life", "out of danger") and arrests told in words ("put behind bars", "landed
in the police net", "locked up"); a team or a club counted is no count of people.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three porters were fighting for their lives at the city hospital.", [("injured", 3)]),
        ("Six farmers are battling for their lives after the mine went off.", [("injured", 6)]),
        ("Two of the cooks were clinging to life in the burns ward.", [("injured", 2)]),
        ("The raiders shot dead a guard and left four others nursing wounds.",
         [("killed", 1), ("injured", 4)]),
        ("Five others are nursing gunshot wounds in the ward.", [("injured", 5)]),
        ("Two men were reported to be out of danger after the crash.", [("injured", 2)]),
        ("Four people are now out of danger, a doctor said.", [("injured", 4)]),
        # a club, a team: no people counted; a loss nursed is no wound
        ("The two clubs are fighting for their lives at the foot of the table.", []),
        ("The three teams were fighting for the last place in the final.", []),
        ("The flood left 40 families nursing their losses.", []),
        ("The fire left three buildings with scorch marks.", []),
        # out of the country, a village out of danger: no patient
        ("Two men are out of the country on a visit.", []),
        ("Two villages are out of danger now that the river has fallen.", []),
    ],
)
def test_hurt_told_in_words(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine men were put behind bars after the brawl at the depot.", [("arrested", 9)]),
        ("Eleven smugglers landed in the police net on the border road.", [("arrested", 11)]),
        ("Police locked up six looters after the fire.", [("arrested", 6)]),
        # shops locked up, a ball in the net: no arrest
        ("Traders locked up 200 shops in protest at the tax.", []),
        ("The striker put two shots behind the goal line.", []),
    ],
)
def test_arrests_told_in_words(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A dozen were hurt when the bomb went off, including five guards who were posted there.",
         [("injured", 12), ("injured", 5)]),
        ("Dozens were detained in the sweep, including four students.",
         [("arrested", 12), ("arrested", 4)]),
        ("Fourteen were arrested in the raids, including five women.",
         [("arrested", 14), ("arrested", 5)]),
        # a dozen things, and a part of them: no people
        ("The convoy had a dozen trucks, including three tankers.", []),
    ],
)
def test_part_of_a_dozen(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
