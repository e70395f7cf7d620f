"""Issue #11: tolls a verb states two at a time ("put the death toll at six and the number of
injured at 20"), each of its own measure; and a count a source estimates for a harm its
sentence names without a figure ("it is not known how many were hurt; the hospital estimates
'at least 40 people'"). Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police put the number of arrests at 14 and the toll at four.",
         [("arrested", 14), ("killed", 4)]),
        ("Officials put the death toll at six and the number of injured at 20.",
         [("killed", 6), ("injured", 20)]),
        ("Officials put the number of injured at 20 and the number of arrests at three.",
         [("injured", 20), ("arrested", 3)]),
        ("The army put the number of rebels killed at 12 and the number of soldiers wounded"
         " at five.", [("killed", 12), ("injured", 5)]),
        ("The toll rose to nine and the number of injured to 31.",
         [("killed", 9), ("injured", 31)]),
        # a toll told again in a relative clause, the parser's relative on the toll or on
        # the incident its "from" names
        ("The death toll, which stood at 12 on Sunday, rose to 19 on Monday.",
         [("killed", 12), ("killed", 19)]),
        ("The death toll from the floods, which stood at 12 on Sunday, rose to 19.",
         [("killed", 12), ("killed", 19)]),
        ("The number of injured, which reached 40 on Friday, has risen to 52.",
         [("injured", 40), ("injured", 52)]),
        # near miss: a relative on people is no toll's
        ("The floods, which killed 12 on Sunday, forced 300 families from their homes.",
         [("killed", 12)]),
        ("Gunmen carried out two attacks on Tuesday, bringing the number of people killed in"
         " the area since Sunday to four.", [("attacks", 2), ("killed", 4)]),
        # a second figure of no casualty is no more of the first toll's
        ("Police put the toll at four and the number of vehicles damaged at 30.",
         [("killed", 4)]),
        ("Police put the number of arrests at 14 and the number of suspects at large at six.",
         [("arrested", 14)]),
        # the verb left out before a group named by its harm: the group's own count
        ("Farmers put the number of dead at about 20 and the injured at 40.",
         [("killed", 20), ("injured", 40)]),
        ("Medics put the death toll at 12 and the wounded at 30.",
         [("killed", 12), ("injured", 30)]),
        ("The toll rose to nine and the injured to 31.", [("killed", 9), ("injured", 31)]),
        # a group of no harm stays no casualty
        ("Medics put the death toll at 12 and the damage at 30 homes.", [("killed", 12)]),
    ],
)
def test_each_stated_toll_counts_its_own_measure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A gas cylinder exploded in the Morvale market. It is not known how many were hurt;'
         ' the hospital estimates "at least 40 people".', [("injured", 40)]),
        ('Many were injured in the stampede, and the district hospital estimated "about 60".',
         [("injured", 60)]),
        ("Several people were killed in the raid, and residents estimated 15.",
         [("killed", 15)]),
        # an estimate of a crowd, of houses, or after no one was hurt
        ('The crowd was large; organisers estimate "at least 4,000 people".', []),
        ("Nobody was hurt in the fire; the owners estimate 40 people were inside.", []),
        ("Several people were killed in the raid, and residents counted 15 houses burned.",
         []),
    ],
)
def test_an_estimate_counts_the_harm_named_before_it(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_stated_toll_keeps_its_qualifier(nlp: Language) -> None:
    text = ('It is not known how many were hurt; the hospital estimates "at least 40 people".')
    (claim,) = [c for c in read_claims(nlp, text, PUB) if c.measure != "other"]
    assert claim.qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials put the death toll at six and the number of injured at 20.", "Officials"),
        ('Many were injured in the stampede, and the district hospital estimated "about 60".',
         "the district hospital"),
    ],
)
def test_the_second_figure_is_the_sources_too(nlp: Language, text: str, source: str) -> None:
    claims = [c for c in read_claims(nlp, text, PUB) if c.measure != "other"]
    assert claims[-1].attribution == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll stated as an upper bound: "was as high as"
        ("Villagers said the death toll was as high as 14.", [("killed", 14)]),
        ("Residents claimed that the number of dead was as high as 23.", [("killed", 23)]),
        # or put there by a source
        ("Other sources have put the toll as high as 300.", [("killed", 300)]),
        # the earlier toll a participle of giving says who gave
        ("The death toll has risen to 31, a hospital official said, up from 19 given by "
         "police on Saturday.", [("killed", 31), ("killed", 19)]),
    ],
)
def test_a_toll_as_high_as(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
