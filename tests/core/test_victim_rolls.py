"""Victims a report names in a roll without a numeral (issue #11): a list after a copula or a
naming verb whose subject is the victims, the hurt or the dead, after "among", and the items a
dash sets off under a lead ending with a colon. Each person counts one, once a report; a roll
of suspects, officers or relatives nobody harmed counts no one. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 4)

Row = tuple[str, float, str]


def casualties(nlp: Language, text: str) -> list[Row]:
    return [
        (c.measure, c.value, c.number_text)
        for c in read_claims(nlp, text, DAY)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other victims of a report that told a death: the hurt, one claim a name
        ("A gunman killed one man and wounded three people at a bar in Tarnville on Friday. "
         "The other victims were Ana Ruiz, Tom Bell and Lia Moss.",
         [("killed", 1.0, "one"), ("injured", 3.0, "three"), ("injured", 1.0, "Ana Ruiz"),
          ("injured", 1.0, "Tom Bell"), ("injured", 1.0, "Lia Moss")]),
        # the dead a roll names with no count before: each counts
        ("Gunmen attacked a bar in Tarnville on Friday. Police said the dead were Carl Dent, "
         "30, and Mark Voss, 41.",
         [("killed", 1.0, "Carl Dent"), ("killed", 1.0, "Mark Voss")]),
        # "among" the group the harm names
        ("Three people were wounded in Tarnville on Friday. Among the wounded were Nora Fisk "
         "and Ray Oduya.",
         [("injured", 3.0, "Three"), ("injured", 1.0, "Nora Fisk"),
          ("injured", 1.0, "Ray Oduya")]),
        # one person named by article and name, "also among the victims", where hurt were
        # counted: the hurt
        ("One woman is dead and four people were hurt at a club in Tarnville. A 19-year-old "
         "woman, Lia Moss of Oak Lane, was also among the victims of the attack.",
         [("killed", 1.0, "One"), ("injured", 4.0, "four"),
          ("injured", 1.0, "A 19-year-old woman")]),
        # names set off by semicolons, or hung on one another with their ages: each counts,
        # and an age after a name is no count
        ("Gunmen attacked a home in Bastrop on Saturday. Police said the dead were Alex "
         "Marte, 20; Erin Rosa, 21; Pia Nunez, 20; and a 3-year-old boy.",
         [("killed", 1.0, "Alex Marte"), ("killed", 1.0, "Erin Rosa"),
          ("killed", 1.0, "Pia Nunez"), ("killed", 1.0, "a 3-year-old boy")]),
        ("Three people were shot in Toledo on Sunday. Authorities identified the victims as "
         "Daryl Bone, 28, Dom Davies, 25, Steph Gates, 22, all from Toledo.",
         [("injured", 3.0, "Three"), ("injured", 1.0, "Daryl Bone"),
          ("injured", 1.0, "Dom Davies"), ("injured", 1.0, "Steph Gates")]),
        # a name of the roll said again after it, in the same harm, is no new claim
        ("A gunman killed one man and wounded two people at a bar in Tarnville on Friday. The "
         "other victims were Ana Ruiz and Tom Bell. Ruiz was shot in the leg and Tom Bell was "
         "wounded in the arm.",
         [("killed", 1.0, "one"), ("injured", 2.0, "two"), ("injured", 1.0, "Ana Ruiz"),
          ("injured", 1.0, "Tom Bell")]),
        # a member named by relation, with the name after it
        ("Gunmen attacked a home in Bastrop on Saturday. Police said the dead were Ravi "
         "Sood, 51, and his daughter Mira, 19.",
         [("killed", 1.0, "Ravi Sood"), ("killed", 1.0, "Mira")]),
        # a name counted before is no new claim when the roll says it again
        ("Ana Ruiz, 31, was wounded in Tarnville on Friday. The victims were Ana Ruiz and "
         "Tom Bell.",
         [("injured", 1.0, "Ana Ruiz"), ("injured", 1.0, "Tom Bell")]),
    ],
)
def test_rolls_after_a_copula_or_among(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no victim group: suspects, officers, speakers
        ("Two men were killed in Tarnville on Friday. The suspects were identified as "
         "Carl Dent, Mark Voss and Lee Grant.", [("killed", 2.0, "Two")]),
        ("Three people were wounded in Tarnville on Friday. Among the officers at the scene "
         "were Nora Fisk and Ray Oduya.", [("injured", 3.0, "Three")]),
        ("A man was shot in Tarnville on Friday. Among those who spoke at the vigil were "
         "Nora Fisk and Ray Oduya.", [("injured", 1.0, "A man")]),
        # relatives who survive the dead are no victims
        ("Jon Hale, 70, died Sunday. He is survived by his wife Ann and his sons Tom and Mark.",
         [("killed", 1.0, "Jon Hale")]),
        # one victim said again by name is the one counted
        ("A man was killed in Tarnville on Friday. The victim was Jon Hale.",
         [("killed", 1.0, "A man")]),
        # with no harm counted before, a roll of "the victims" counts no one
        ("The victims were Ana Ruiz and Tom Bell, police said.", []),
        # the dead a roll names after the count of them are those counted (the hurt a roll
        # names count each: the report told them by name)
        ("Two men were killed in Tarnville on Friday. Police identified the victims as "
         "Carl Dent, 30, and Mark Voss, 41.", [("killed", 2.0, "Two")]),
        # a list with a count in it is the figure's own list
        ("Two wardens and a ferryman were among the dead.", [("killed", 2.0, "Two")]),
    ],
)
def test_no_roll_of_victims(nlp: Language, text: str, expected: list[Row]) -> None:
    assert casualties(nlp, text) == expected


ITEMS = (
    "A gunman opened fire at a party in Tarnville on Saturday, killing one man and wounding "
    "three people. {lead}\n\n"
    "— Nora Fisk, 31, of Elm Street in Tarnville (critical)\n\n"
    "Advertisement\n\n"
    "— Ray Oduya, 29, of Birch Road in Tarnville\n\n"
    "— Lia Moss, 25, of Oak Lane in Tarnville\n\n"
    "The club will stay closed, the mayor said."
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Other shooting victims include:",
         [("injured", 1.0, "Nora Fisk"), ("injured", 1.0, "Ray Oduya"),
          ("injured", 1.0, "Lia Moss")]),
        ("The wounded were identified as:",
         [("injured", 1.0, "Nora Fisk"), ("injured", 1.0, "Ray Oduya"),
          ("injured", 1.0, "Lia Moss")]),
        # a lead of no harmed group, or none ending with a colon: the items name no victim
        ("The suspects were identified as:", []),
        ("Police are looking for these people.", []),
    ],
)
def test_dashed_items_under_a_lead(nlp: Language, lead: str, expected: list[Row]) -> None:
    found = casualties(nlp, ITEMS.format(lead=lead))
    assert found[:2] == [("killed", 1.0, "one"), ("injured", 3.0, "three")]
    assert found[2:] == expected


def test_a_roll_of_names_is_no_place(nlp: Language) -> None:
    # the recogniser may take a name of the roll for a town or a firm
    text = ("A gunman killed one man and wounded four people at a club in Tarnville on "
            "Friday. The other victims were Jahad Rook, Nijia Ward, Albert Dicker and "
            "Ivette Sterling.")
    assert place_of(nlp, text, "Nijia Ward", published=DAY) == "Tarnville"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim named in apposition after a count of several hurt: one of them, a claim
        ("Five people were wounded in a shooting at a bar in Tarnville on Monday. Police said "
         "the victim, Nora Fisk, 26, was not the target.",
         [("injured", 5.0, "Five"), ("injured", 1.0, "the victim, Nora Fisk")]),
        ("Four people were wounded and one man was killed at a bar in Tarnville on Monday. "
         "Additionally, one victim — 19-year-old Nora Fisk — was a student. Fisk was in "
         "stable condition.",
         [("injured", 4.0, "Four"), ("killed", 1.0, "one"),
          ("injured", 1.0, "one victim — 19-year-old Nora Fisk")]),
        # round 33 variant: "one of the victims" names one the same way
        ("Three people were shot at a party in Tarnville on Saturday. One of the victims, "
         "Carl Mendes, 19, was a student. Mendes was in stable condition.",
         [("injured", 3.0, "Three"), ("injured", 1.0, "One of the victims, Carl Mendes")]),
    ],
)
def test_a_victim_named_in_apposition(nlp: Language, text: str, expected: list[Row]) -> None:
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a count of one: that one again
        ("One woman was wounded in a shooting at a bar in Tarnville on Monday. Police said the "
         "victim, Nora Fisk, 26, was not the target.",
         [("injured", 1.0, "One")]),
        # the dead a count numbered: its own people
        ("Two men were killed at a bar in Tarnville on Monday. Police said the victim, Ivo "
         "Petrak, 31, was a regular.",
         [("killed", 2.0, "Two")]),
        # named before in another measure: that person
        ("Nora Fisk, 26, was killed and five others were wounded at a bar in Tarnville on "
         "Monday. Police said the victim, Nora Fisk, was not the target.",
         [("killed", 1.0, "Nora Fisk"), ("injured", 5.0, "five")]),
        # no count before: no one
        ("Police in Tarnville said the victim, Nora Fisk, 26, was not the target.", []),
        ("Two men were killed at a bar in Tarnville on Monday. One of the victims, Ivo "
         "Petrak, 31, was a regular.",
         [("killed", 2.0, "Two")]),
        ("Three people were shot at a party in Tarnville on Saturday. One of the suspects, "
         "Carl Mendes, 19, was arrested.",
         [("injured", 3.0, "Three")]),
    ],
)
def test_no_new_victim_in_apposition(nlp: Language, text: str, expected: list[Row]) -> None:
    assert casualties(nlp, text) == expected


LEAD_HURT = (
    "Tarnville >> A bouncer died, one person is in {cond} condition and two others have "
    "minor wounds after gunfire at a club on Saturday.\n\n"
)
CONDITION_ITEMS = (
    "Those hurt were:\n\n"
    "— Tomas Brell, 31, of Mill Street in Tarnville (critical)\n\n"
    "— Ana Ruiz, 22, of Oak Lane in Tarnville\n"
)


def test_one_listed_in_the_condition_a_count_gave_is_one_of_that_count(
    nlp: Language,
) -> None:
    rows = casualties(nlp, LEAD_HURT.format(cond="critical") + CONDITION_ITEMS)
    assert [r[2] for r in rows] == ["A bouncer", "one", "Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        # the count gave another condition
        LEAD_HURT.format(cond="stable") + CONDITION_ITEMS,
        # no count of the hurt in a condition before
        "Tarnville >> A bouncer died and three people were hurt by gunfire at a club on "
        "Saturday.\n\n" + CONDITION_ITEMS,
    ],
)
def test_one_listed_in_a_condition_no_count_gave_still_counts(
    nlp: Language, text: str
) -> None:
    assert "Tomas Brell" in [r[2] for r in casualties(nlp, text)]
