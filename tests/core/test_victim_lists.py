"""Lists of victims named without a numeral, and phrasal verbs the parse splits (issue #11).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import measured

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def figures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return measured(nlp, text, WED, ("killed", "injured", "kidnapped"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a couple is two; a relative after a member is one more
        ("A young couple and their baby were killed when the bridge gave way.",
         [("killed", 3.0)]),
        ("A man and his son were killed on Sunday near Harwick.", [("killed", 2.0)]),
        # the same family named again further down: no second count
        ("A man and his son were killed on Sunday. Ed Marlow and his son died in the fire, "
         "police said.", [("killed", 2.0)]),
        # a list that names one told before and, by name, someone new is news of its own
        ("Mia Hart, 4, was killed by a robber in Tyler on Monday. Mia and Zoe Hart and their "
         "mother were wounded during the robbery.",
         [("killed", 1.0), ("injured", 1.0), ("injured", 1.0), ("injured", 1.0)]),
        # a lone first name before a full name shares its family name; "shot" alone of a list
        # that names the dead one in it leaves the others hurt: one claim for each of them
        ("Mia Hart, 4, was killed by a robber in Tyler on Monday. Mia and Zoe Hart and their "
         "dad were shot during the robbery.",
         [("killed", 1.0), ("injured", 1.0), ("injured", 1.0)]),
        # a list that counts people, not names them, stays one figure
        ("A man and a woman were wounded in the robbery in Tyler.", [("injured", 2.0)]),
        # "shot" of a list with none of the dead in it may be the dead: no one hurt
        ("Mia Hart, 4, was killed by a robber in Tyler on Monday. Zoe Hart and their dad "
         "were shot during the robbery.", [("killed", 1.0)]),
        ("Mia Hart, 4, was killed by a robber in Tyler on Monday. Mia Hart and her mother "
         "were wounded during the robbery.", [("killed", 1.0)]),
        # a pet is no victim, "a couple of" is a vague few, "his son" after a toll is one of
        # those it counted (alone, one victim: test_kin_deaths.py)
        ("A man and his dog were killed on Sunday near Harwick.", []),
        ("A couple of hikers were hurt on Sunday.", []),
        ("Four people were killed in the raid. His son was killed on Sunday, the farmer said.",
         [("killed", 4.0)]),
        # "took away" with the particle read as an adverb; things are not kidnapped
        ("Gunmen raided the hamlet on Friday and took away 14 villagers.",
         [("kidnapped", 14.0)]),
        ("Gunmen raided the hamlet on Friday and took 14 villagers away.",
         [("kidnapped", 14.0)]),
        ("Gunmen raided the hamlet on Friday and took away 14 rifles.", []),
    ],
)
def test_lists_and_phrasal_verbs(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relatives listed each with a possessive (the parse may make the second an
        # apposition): one claim for each person
        ("The man killed his wife, his son and his father.", [("killed", 1.0)] * 3),
        # each named after it, the list set off by semicolons; a name's possessive says whose
        ("The guard killed his son, Milo Brant; his wife, Dana Brant; and her father.",
         [("killed", 1.0)] * 3),
        ("The man killed his 9-year-old son, Leo Brant; his 40-year-old wife, Mara Brant; and "
         "Brant's father, Otto Weiss, 70.", [("killed", 1.0)] * 3),
        ("A gunman shot and killed Roe's wife on Sunday.", [("killed", 1.0)]),
        ("Police said he wounded his brother, his cousin and his uncle before fleeing.",
         [("injured", 1.0)] * 3),
        # one person described twice under one possessive is one victim
        ("He killed his wife, his best friend and partner of 20 years, on Sunday.",
         [("killed", 1.0)]),
    ],
)
def test_relatives_listed_as_objects(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
