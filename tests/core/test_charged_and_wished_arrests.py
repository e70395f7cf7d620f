"""Issue #11, arrests as checkers count them: people charged over the incident are held (a
count of them is arrested, once a sentence, never a group told before); an arrest told as a
noun names its person ("announced the arrest of a man"); a suspect who surrendered at a jail
gave himself up; an arrest demanded, sought, priced by a reward or ordered by a warrant is no
arrest. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 11)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers have been charged with arson over the fire in Larkby.", [("arrested", 2)]),
        ("Prosecutors charged three men with robbery on Monday.", [("arrested", 3)]),
        (
            "A man was stabbed in Orrin Park on Friday. Four teenagers were later charged in "
            "connection with the attack.",
            [("injured", 1), ("arrested", 4)],
        ),
        # two verbs of one object: the first's custody counts it, whatever the second does
        ("Police arrested and charged 3 men on Tuesday.", [("arrested", 3)]),
        ("Police detained and questioned 14 students in Larkby.", [("arrested", 14)]),
        # near miss: a second clause with a subject of its own shares no object
        ("More than 300 people were hurt, and that does not include the 62 who died.",
         [("injured", 300), ("killed", 62)]),
        # near miss: a first verb with an object of its own keeps it
        ("Police arrested a man and questioned 3 others.", [("arrested", 1)]),
        # one count a sentence: the arrest told, the one charged one of them
        ("Deputies arrested two women and charged them with fraud.", [("arrested", 2)]),
        (
            "Three guards were detained on Sunday, and one was charged with theft.",
            [("arrested", 3)],
        ),
        # no charge yet, a charge planned or possible, a charge of the police's batons
        ("No one has been charged over the fire, the mayor said.", []),
        ("Prosecutors plan to charge two men with fraud.", []),
        ("Police charged two marchers outside the mill on Friday.", []),
    ],
)
def test_people_charged_are_arrested(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police announced the arrest of a 31-year-old man on Tuesday.", [("arrested", 1)]),
        ("The suspect surrendered at the county jail late on Monday.", [("arrested", 1)]),
        ("The driver surrendered at the sheriff's office on Friday.", [("arrested", 1)]),
        # a surrender at no door of the law
        ("The rebel commander surrendered at the border post.", []),
    ],
)
def test_one_person_arrested_by_a_noun_or_a_surrender(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Villagers demanded the arrest of the four guards.",
        "The union called for the arrest of three managers.",
        "The family offered a reward for the arrest of two gunmen.",
        "A judge issued a warrant for the arrest of five men on Thursday.",
        "The district officer ordered the arrest of six traders.",
        "A businessman offered 50,000 rupees for the arrest of two robbers.",
        "Police offered a reward for the arrest of a man seen near the bank.",
    ],
)
def test_arrests_wished_for_are_none(nlp: Language, text: str) -> None:
    assert [f for f in figures(nlp, text) if f[0] == "arrested"] == []


def test_an_arrest_done_beside_a_wish_still_counts(nlp: Language) -> None:
    text = (
        "Police arrested three suspects on Sunday and offered a reward for the arrest of two "
        "more."
    )
    assert figures(nlp, text) == [("arrested", 3)]
