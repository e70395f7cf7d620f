"""Issue #11, precision: bodies never recovered are the missing of a toll, not a toll of
their own; further or subsequent explosions are the blasts of one attack, not more attacks;
"another soldier was killed" that makes up, with the figure of its sentence (or the figures
told since the toll), a toll counted before is one of that toll. Sentences, people and
places we invented."""

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

FERRY = "The ferry capsized on the Morvale river on Monday. "
AMBUSH = "Four soldiers were killed in the ambush near Tarnpur on Sunday. "
SHOT_FOUR = "Gunmen shot dead four people at a bus stop in Korvel on Saturday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FERRY + "The death toll stood at 31, and 12 bodies were never recovered.",
         [("killed", 31)]),
        (FERRY + "Nine bodies are yet to be recovered.", []),
        # bodies found, or found and not yet named, are the dead
        (FERRY + "Nine bodies were recovered from the river.", [("killed", 9)]),
        (FERRY + "Nine bodies have not been identified.", [("killed", 9)]),
    ],
)
def test_bodies_never_recovered_are_no_toll(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed in the first blast. Police said three further explosions"
         " were heard across the town.", [("killed", 2)]),
        ("Two subsequent blasts were heard after the car bomb.", []),
        ("Two explosions rocked the Tarnpur market on Sunday.", [("attacks", 2)]),
    ],
)
def test_further_explosions_are_no_more_attacks(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AMBUSH + "Three died at the scene and another soldier was killed when the rescue"
         " convoy hit a mine.", [("killed", 4), ("killed", 3)]),
        # three and another make four, not the three counted before: someone new
        ("Three soldiers were killed in the ambush near Tarnpur on Sunday. Three died at the"
         " scene and another soldier was killed when the rescue convoy hit a mine.",
         [("killed", 3), ("killed", 3), ("killed", 1)]),
        ("Two people were killed in the first blast, and another soldier was killed in a"
         " second blast an hour later.", [("killed", 2), ("killed", 1)]),
        # the parts told in the sentence before: the victim completes them
        (SHOT_FOUR + "Three men died at the scene. A teenager died after he was taken to a"
         " clinic.", [("killed", 4), ("killed", 3)]),
        # the parts and the victim fall short of the toll: someone it may not count
        (SHOT_FOUR + "Two men died at the scene. A teenager died after he was taken to a"
         " clinic.", [("killed", 4), ("killed", 2), ("killed", 1)]),
    ],
)
def test_another_victim_making_up_a_toll_is_counted_once(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('At least three people were killed in the clash near Tarnpur. "A third person, a day'
         ' labourer named Rahim, died at a clinic this afternoon," said a relative.',
         [("killed", 3)]),
        # a rank beyond the toll counted before is someone new
        ("Two people were killed in the clash near Tarnpur. A fourth person died at a clinic"
         " on Monday.", [("killed", 2), ("killed", 1)]),
    ],
)
def test_a_victim_ranked_within_a_toll_is_one_of_it(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
