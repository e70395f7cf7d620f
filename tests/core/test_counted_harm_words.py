"""Issue #11, detection of core figures on unseen reports: a list of victims with a count in
it ("a constable and two porters were killed") is a figure of its own, never summed up by a
count before or after it; "those who died" name the dead; people remanded or sent to custody
are arrested; people "carted away" by armed men, and "abductees", are captives; in a report
that names a kidnapping, people missing after it are its captives. Sentences, people and
places we invented; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from core.extract.victim_mentions import numbered_list
from tests.core.claim_factory import counted_claims, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after the list: both are figures
        (
            "A police officer and two civilians were killed when the bomb went off at the "
            "depot. The explosion killed three people, a railway official said.",
            [("killed", 3), ("killed", 3)],
        ),
        (
            "A woman and her two sons were found dead in their home on Tuesday. Deputies said "
            "three people died.",
            [("killed", 3), ("killed", 3)],
        ),
        # a count before the list
        (
            "Four people were killed in the raid on Tuesday, officials said. Two women and a "
            "boy were shot dead when gunmen stormed the market, a villager said.",
            [("killed", 4), ("killed", 3)],
        ),
        # no numeral in the list: the count sums the people named up, as before
        (
            "A police officer and a civilian were killed when the bomb went off at the depot. "
            "Two people died in all, a railway official said.",
            [("killed", 2)],
        ),
        # an age set off after the names counts no one
        (
            "Ossie and Marla Fenwick, both 71, were killed when the truck hit their car. "
            "Troopers said two people died in all.",
            [("killed", 2)],
        ),
    ],
)
def test_a_list_with_a_count_is_a_figure(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("rule", "text", "numbered"),
    [
        ("victim_list:kill", "a constable and two porters", True),
        ("victim_list:kill", "a man and his 2 sons", True),
        ("victim_list:die", "a 9-year-old and twenty-one adults", True),
        ("victim_list:kill", "a constable and a porter", False),
        ("victim_list:kill", "Ossie Fenwick, 71, and Marla Fenwick, 70", False),
        ("victim_list:kill", "Ossie and Marla Fenwick, both 71", False),
        ("singular_victim:indefinite:kill", "two porters", False),
    ],
)
def test_numbered_list(rule: str, text: str, *, numbered: bool) -> None:
    assert numbered_list(rule, text) is numbered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of those who died were porters.", [("killed", 2)]),
        ("Of those who drowned, five were fishermen.", [("killed", 5)]),
        # the doers of a harm, and those spared, are no part of its victims
        ("Two of those who killed the porters were arrested.", [("arrested", 2)]),
        ("Three of those who survived were children.", []),
    ],
)
def test_those_who_died(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six suspects were remanded in police custody for a week.", [("arrested", 6)]),
        ("The magistrate sent 9 youths to judicial custody.", [("arrested", 9)]),
        # a court remanding a case, or suspects on bail, holds no one
        ("The court remanded 4 suspects on bail.", []),
        ("Three men were sent to hospital.", [("injured", 3)]),
    ],
)
def test_custody_by_a_court(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits carted away 31 women from the hamlet of Dirva.", [("kidnapped", 31)]),
        ("Looters carted away 40 sacks of millet from the depot.", []),
        (
            "Gunmen abducted 6 surveyors near Ombar. The abductees include two women.",
            [("kidnapped", 6), ("kidnapped", 2)],
        ),
        ("The 5 abductees were freed after their families paid.", [("kidnapped", 5)]),
    ],
)
def test_captives_by_their_words(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven surveyors are missing after the abduction, officials said.", [("kidnapped", 7)]),
        ("Four nurses are still missing after their kidnapping at the clinic in Ombar.",
         [("kidnapped", 4)]),
        # a kidnapping named, people in captivity
        ("Three guards remain in captivity after the kidnapping of the engineer.",
         [("kidnapped", 3)]),
        # missing after a flood or an attack, or before a kidnapping the report tells later:
        # no captives
        ("Twelve fishermen are missing after the storm.", []),
        ("Twelve fishermen are missing after the storm. Pirates later abducted two sailors.",
         [("kidnapped", 2)]),
        ("Five soldiers are missing after the attack on the post, the army said.", []),
    ],
)
def test_missing_after_a_kidnapping(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


def test_missing_after_a_kidnapping_keeps_the_rule(nlp: Language) -> None:
    claims = counted_claims(nlp, "Seven surveyors are missing after the abduction.", PUB)
    assert [c.rule for c in claims] == ["missing<kidnapped"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of people held that its sentence only describes stays held
        ("Gunmen abducted 18 hikers near Ombar. Among them were three women.",
         [("kidnapped", 18), ("kidnapped", 3)]),
        ("Gunmen abducted 18 hikers near Ombar. Three of them were women.",
         [("kidnapped", 18), ("kidnapped", 3)]),
        ("Police detained 14 dockers after the strike; among them were five women.",
         [("arrested", 14), ("arrested", 5)]),
        ("Police detained 14 dockers. They included nine welders.",
         [("arrested", 14), ("arrested", 9)]),
        # a part whose own verb may end the holding is no part of the held
        ("Gunmen abducted 18 hikers near Ombar. Three of them were later freed.",
         [("kidnapped", 18)]),
        ("Police detained 14 dockers. Five of them were released on bail.", [("arrested", 14)]),
        # the dead: "they included", "those who died included"
        ("Eleven people died when the ferry sank. They included four children.",
         [("killed", 11), ("killed", 4)]),
        ("Eleven people died when the ferry sank. Those who died included four children.",
         [("killed", 11), ("killed", 4)]),
        # a group of its own, not the pronoun of the people counted before
        ("Gunmen abducted 18 hikers near Ombar. Those taken to hospital included two guides.",
         [("kidnapped", 18)]),
        # no harm counted before: a group of no one harmed
        ("The club signed 20 players. They included four goalkeepers.", []),
    ],
)
def test_parts_of_people_counted_before(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people said again ("the 9 guards") are captives when they remain in captivity
        ("Gunmen abducted 12 guards at the Ombar mine in May. The 9 guards remain in "
         "captivity, the company said.", [("kidnapped", 12), ("kidnapped", 9)]),
        ("Gunmen stormed the Ombar mine in a mass abduction. The 9 guards remain in "
         "captivity.", [("kidnapped", 9)]),
        # no kidnapping told, or no people in captivity: no captives
        ("The 9 guards remain in captivity, the company said.", []),
        ("Gunmen abducted 12 guards at the Ombar mine. The 3 lions there remain in captivity.",
         [("kidnapped", 12)]),
    ],
)
def test_people_said_again_in_captivity(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
