"""Issue #11, South Asian desk copy: escapees rearrested or recaptured are arrested; people
beaten, assaulted, thrashed or tortured are hurt; "farm hands" are people; a toll with no harm
verb counts; "one of them" said to be critical is a part of the hurt. Sentences, people and
places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So far 14 escapees from the Tarnpur jail have been rearrested.", [("arrested", 14)]),
        ("Of the escapees, 11 have been rearrested so far.", [("arrested", 11)]),
        ("Police rearrested nine of the inmates who fled on Sunday.", [("arrested", 9)]),
        ("Guards have recaptured 20 of the prisoners who escaped.", [("arrested", 20)]),
        # recaptured places are no captives
        ("Troops recaptured three villages from the rebels.", []),
    ],
)
def test_rearrests_are_arrests(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the farm hands were also assaulted by the raiders.", [("injured", 2)]),
        ("The mob thrashed four men accused of stealing a goat.", [("injured", 4)]),
        ("Five villagers were beaten by the guards, residents said.", [("injured", 5)]),
        ("Six people were beaten up near the bus stand.", [("injured", 6)]),
        ("Two of the women were tortured by the captors and later freed.", [("injured", 2)]),
        ("The attackers assaulted three watchmen before fleeing.", [("injured", 3)]),
        # a game's score, a charge of assault: no one hurt, those charged are arrested
        ("The home side beat the visitors 3-1 on Sunday.", []),
        ("Police charged 12 people with assault.", [("arrested", 12)]),
    ],
)
def test_beaten_people_are_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels raid border post; three farm hands held in Morvale\n\n"
            "MORVALE: Police were questioning the men on Monday.",
            [("arrested", 3)],
        ),
        ("Two farmhands were abducted from the estate on Sunday.", [("kidnapped", 2)]),
        # hands alone are no people held
        ("Three hands were held up by the crowd.", []),
    ],
)
def test_farm_hands_are_people(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in Morvale have released a toll of three.", [("killed", 3)]),
        ("The storm left a death toll of 12 in the district.", [("killed", 12)]),
        (
            "The number of people detained over the riot rose to six, said an inspector.",
            [("arrested", 6)],
        ),
        # a year before the noun the toll names; people only questioned
        ("The toll of the 2019 floods was far higher.", []),
        ("The number of people questioned over the riot rose to six.", []),
    ],
)
def test_tolls_without_a_harm_verb(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six people were hurt in the blast at Tarnpur. One of them is said to be critical.",
            [("injured", 6), ("injured", 1)],
        ),
        (
            "The raiders shot dead a guard and wounded six others, where one of them was said"
            " to be critical.",
            [("killed", 1), ("injured", 6), ("injured", 1)],
        ),
        (
            "Six people were hurt in the blast at Tarnpur. One of them is in critical condition.",
            [("injured", 6), ("injured", 1)],
        ),
        # one of them described, or critical of something: no patient
        (
            "Six people were hurt in the blast at Tarnpur. One of them was a woman.",
            [("injured", 6)],
        ),
        (
            "Six people were hurt in the blast at Tarnpur. One of them is critical of the police.",
            [("injured", 6)],
        ),
    ],
)
def test_one_of_the_hurt_in_care(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


SEMICOLON_HEADLINES = [
    (
        "210 prisoners escape from Morvale jail; one killed in firing\n\n"
        "More than 200 inmates broke out of the district jail on Sunday night.",
        [("killed", 1.0)],
    ),
    # one of a pair the parser joined, with no harm of its own
    ("Police questioned the driver and one of his friends on Sunday.", []),
]


def test_headline_one_after_a_semicolon() -> None:
    found = core_claims_by_text([t for t, _ in SEMICOLON_HEADLINES], PUB)
    for text, expected in SEMICOLON_HEADLINES:
        assert [(c.measure, c.value) for c in found[text]] == expected
