"""Issue #11, recall and measures: tolls and the dead in wordings the readers missed: "that
takes the number of workers killed to five" (the parser hangs "to five" on the participle),
"persons in custody (PICs) killed" (what befell the held, not that they were held), "the toll
has climbed to 26, including seven women" (the part takes the toll's measure), and soldiers
who "fell". Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures, dated_counts, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)
D = dt.date.fromisoformat

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That takes the number of workers killed to five.", [("killed", 5)]),
        ("The death raises the number of miners killed to nine.", [("killed", 9)]),
        ("That brings the number of people killed to five.", [("killed", 5)]),
        ("Police put the number of attackers killed at four.", [("killed", 4)]),
        # a number moved to no toll
        ("That takes the number of workers hired to five.", []),
    ],
)
def test_a_toll_hung_on_its_participle(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


RIOT = "Two more inmates died on Sunday, raising to 13 the number of "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RIOT + "persons in custody (PICs) killed in the riot.", [("killed", 2), ("killed", 13)]),
        (RIOT + "persons in custody killed in the riot.", [("killed", 2), ("killed", 13)]),
        (RIOT + "persons under detention (PUDs) killed in the riot.",
         [("killed", 2), ("killed", 13)]),
        # the held, counted as held
        ("The number of persons in custody rose to 130.", [("arrested", 130)]),
    ],
)
def test_the_held_who_were_killed_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of dead from Thursday's car bomb in Velmora has climbed to 26, including"
         " seven women, health officials said.", [("killed", 26), ("killed", 7)]),
        ("The toll rose to 26, including seven children.", [("killed", 26), ("killed", 7)]),
        ("The number of people arrested rose to 12, including three women.",
         [("arrested", 12), ("arrested", 3)]),
        ("Prices rose to 26 dollars on Monday, including seven dollars of tax.", []),
    ],
)
def test_a_part_of_a_moved_toll_takes_its_measure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


def test_the_part_of_a_moved_toll_is_a_part_of_it(nlp: Language) -> None:
    toll, part = read_claims(nlp, "The toll rose to 26, including seven children.", PUB)
    assert part.part_of == toll.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnak raid: government says 14 soldiers fell", [("killed", 14)]),
        ("The army said 14 soldiers fell during the assault on the Tarnak base on Sunday.",
         [("killed", 14)]),
        ("Twelve policemen fell in the line of duty last year.", [("killed", 12)]),
        # a fall, a change of state, a retreat, no soldiers
        ("Two soldiers fell into the river during the crossing.", []),
        ("Three guards fell ill after the meal.", []),
        ("Fourteen soldiers fell back to the river.", []),
        ("Two workers fell from the roof of the Halvern plant.", []),
        ("Share prices fell 14 points on Monday.", []),
    ],
)
def test_soldiers_who_fell_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm noun before a bare toll noun says what it counts; a year, the span counted
        ("A man was shot dead on Friday in Lorton. The killing brings the town's 2031 "
         "homicide count to nine.",
         [("killed", 1, D("2031-02-28"), D("2031-02-28")),
          ("killed", 9, D("2031-01-01"), D("2031-03-04"))]),
        ("The city's murder tally rose to 40 with the stabbing.",
         [("killed", 40, D("2031-03-04"), D("2031-03-04"))]),
        # a count of no harm
        ("The win brings the team's 2031 win count to twelve.", []),
    ],
)
def test_a_tally_named_by_its_harm(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUB) == expected
