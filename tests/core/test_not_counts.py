"""Issue #11, precision: figures that count no one who was harmed or held: the threshold of
a definition ("researchers count a disaster as major when three or more workers die"),
detainees who escaped ("27 detainees fled") and a jail's capacity ("designed to hold 800
detainees", "built for 900 detainees"). Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Researchers count a disaster as "major" when three or more workers die.', []),
        ("A disaster is classed as major if five or more people are killed.", []),
        ("A mass shooting is defined as one in which four or more people are shot.", []),
        # a threshold of a noun that counts by itself ("deaths"), however the "as" hangs
        ("Mass killings are defined as four or more deaths, not including the killer.", []),
        ("The database defines a mass killing as four or more deaths within a day.", []),
        ("The blast caused four deaths, which officials described as a massacre.",
         [("killed", 4)]),
        # counts: a figure the filing verb takes as its object, and no definition at all
        ("Three or more workers died in the collapse, officials said.", [("killed", 3)]),
        ("Police classed the deaths of three men as murders.", [("killed", 3)]),
        ("Four workers died when the Halvern mine flooded on Monday.", [("killed", 4)]),
    ],
)
def test_a_definition_s_threshold_is_no_count(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 27 detainees fled during the melee at the Corvan jail on Sunday.", []),
        ("Forty detainees broke out of the Corvan jail on Sunday.", []),
        ("The Corvan jail, designed to hold 800 detainees, was badly overcrowded.", []),
        ("The Corvan jail, built for about 900 detainees, was badly overcrowded.", []),
        ("The annex was meant for 300 detainees but now houses twice that.", []),
        # the held, counted as held
        ("Police said 27 detainees were transferred to another prison.", [("arrested", 27)]),
        ("The Corvan jail holds 800 detainees.", [("arrested", 800)]),
        ("Police detained 27 people after the riot.", [("arrested", 27)]),
    ],
)
def test_escaped_detainees_and_a_jail_s_capacity_are_no_arrests(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
