"""People counted in a list after a figure its predicate reads ("among them 51 children, 33
women and 8 nurses", "the dead included 140 villagers, 31 herders and 9 guards"): the later
items, which the parser joins to the first as conjuncts or appositions, share the first one's
measure. A list of things after people, and items with a predicate of their own, do not.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 7, 14)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor recorded the deaths of 212 people in Northland in June, among them "
         "51 children, 33 women and 8 nurses.",
         [("killed", 212), ("killed", 51), ("killed", 33), ("killed", 8)]),
        ("The dead included 140 villagers, 31 fighters of local militias, 12 border guards "
         "and 6 members of the rural police.",
         [("killed", 140), ("killed", 31), ("killed", 12), ("killed", 6)]),
    ],
)
def test_a_lists_items_share_the_first_items_measure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "harmed"),
    [
        # things after the people: no one
        ("The monitor recorded the deaths of 212 people in Northland in June, among them "
         "51 children, 40 goats and 12 cows.", {212, 51}),
        # a list of people no harm befell, after a count of the dead
        ("Police said 30 people were killed in the month; the province also counted "
         "51 children, 40 women and 8 teachers displaced.", {30}),
    ],
)
def test_things_and_items_of_their_own_do_not_share_it(
    nlp: Language, text: str, harmed: set[float]
) -> None:
    found = figures(nlp, text)
    assert {v for m, v in found if m == "killed"} == harmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said 19 members of the coast guard were killed in May (15 sailors "
         "and four divers), while 61 were wounded.",
         [("killed", 19), ("killed", 15), ("killed", 4), ("injured", 61)]),
        ("The ministry said 19 members of the coast guard were killed in the month - 15 "
         "sailors and four divers - while 61 others were wounded.",
         [("killed", 19), ("killed", 15), ("killed", 4), ("injured", 61)]),
    ],
)
def test_a_bracketed_list_that_adds_up_breaks_its_figure_down(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "harmed"),
    [
        # the bracket's counts do not add up to the figure: no breakdown of it
        ("The ministry said 23 members of the coast guard were killed in May (15 sailors "
         "and four divers), while 61 were wounded.", {23}),
        # one figure in brackets restates a group, breaks nothing down
        ("The storm killed 12 people and left 30 families (120 people) homeless.", {12}),
    ],
)
def test_a_bracket_that_does_not_add_up_is_no_breakdown(
    nlp: Language, text: str, harmed: set[float]
) -> None:
    assert {v for m, v in figures(nlp, text) if m == "killed"} == harmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb said once, then people and their figure: more of the same
        ("Rebels accounted for 48 of the deaths in the valley, herders 112 and traders 9.",
         [("killed", 48), ("killed", 112), ("killed", 9)]),
    ],
)
def test_a_figure_after_the_people_it_counts_goes_on_with_the_list(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_designation_after_a_list_is_no_count(nlp: Language) -> None:
    found = figures(nlp, "Rebels accounted for 48 of the deaths, near kilometres 112 and 9.")
    assert ("killed", 112) not in found

