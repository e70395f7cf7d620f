"""Deaths South Asian copy tells aside, on sentences we wrote: a harm "to death" whatever the
verb ("a mob beat two to death", "villagers lynched three"), a death in a relative clause
("a blast in which one soldier died"), one of the counted hurt who died later ("one of
them succumbed"). Negative cases: a verdict "to death", "which one" as a question, one of
the hurt in a condition."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob beat two men to death in Rangpur on Friday.", [("killed", 2)]),
        ("Villagers hacked three to death over a land dispute on Friday.", [("killed", 3)]),
        # the subject of an intransitive harm "to death" stays the dead
        ("Four miners have suffocated to death in a collapsed shaft.", [("killed", 4)]),
        ("Villagers lynched two suspected thieves in Rangpur on Friday.", [("killed", 2)]),
        (
            "Police are probing a shooting in Matara, in which one person was killed.",
            [("killed", 1)],
        ),
        ("The ambush, during which one soldier died, lasted an hour.", [("killed", 1)]),
        (
            "Six were hurt in the blast. One of them succumbed to his injuries at the hospital.",
            [("injured", 6), ("killed", 1)],
        ),
    ],
)
def test_a_death_told_aside_is_counted(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sentenced two men to death on Friday.", []),
        ("Which one of the suspects fired first is not known.", []),
        # the one in critical condition is a part of the wounded, no death
        (
            "Two were wounded and one of them is in a critical condition.",
            [("injured", 2), ("injured", 1)],
        ),
        # one of the counted, named aside, is no death of its own
        ("Three people, one of them a schoolgirl, were killed in the blast.", [("killed", 3)]),
    ],
)
def test_no_death_where_none_is_told(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted noun that moves like a toll, with the figure it moved from
        (
            "Bombings in the province came down to 41 in 2030 from 66 in 2029, officials said.",
            [("attacks", 41), ("attacks", 66)],
        ),
        ("Militant attacks dip to 41 in 2030, says ministry", [("attacks", 41)]),
        ("Arrests in the district rose to 30 in March.", [("arrested", 30)]),
        # no counted noun moves: a place someone came from, a visit
        ("The victims were from 5 villages near the border.", []),
        ("Officers came to 5 houses in the area on Monday.", []),
    ],
)
def test_a_count_that_moves_like_a_toll(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, DAY) == expected
