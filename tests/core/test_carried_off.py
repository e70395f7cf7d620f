"""Issue #11, detection: people armed men carry off are kidnapped ("bandits carried off 20
villagers"), as those they take "with them" are, but not livestock; herders a figure counts
are people ("shot dead 13 herders"). Sentences, people and places we invented."""

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
        ("Gunmen raided the village of Tarko on Sunday and carried off 23 residents.",
         [("kidnapped", 23)]),
        ("Armed men carried off nine passengers from the bus near Kavo.", [("kidnapped", 9)]),
        # no armed men: a flood, a team, a family
        ("Floodwaters carried off 40 goats from the farms near Kavo.", []),
        ("The team carried off three trophies at the games in Kavo.", []),
        # livestock raided is no captive, whatever the verb
        ("Bandits carried off 300 cattle from the village of Tarko.", []),
        ("Bandits took away 300 cattle and 40 goats from Tarko.", []),
    ],
)
def test_people_armed_men_carry_off_are_kidnapped(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen shot dead 13 herders in Kavo province on Sunday.", [("killed", 13)]),
        ("Four herdsmen were shot dead near the river in Kavo.", [("killed", 4)]),
        ("The herders drove 300 cattle across the river.", []),
    ],
)
def test_herders_a_figure_counts_are_people(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jihadists shot dead at least 18 villagers and carried off dozens more.",
         [("killed", 18), ("kidnapped", 12)]),
        # a verb of no measure: more people, but not more dead
        ("Gunmen shot dead 18 villagers and displaced dozens more.", [("killed", 18)]),
        ("The blast killed 12 people and wounded dozens more.", [("killed", 12), ("injured", 12)]),
    ],
)
def test_a_figure_hung_on_more_is_the_object_of_its_own_verb(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
