"""Arrests as a fact-checker counts them (issue #11): people charged over the incident are
arrested when the report tells no separate arrest of them (``charges``), an arrest told as a
noun names its one person, a surrender at the law's door is one, and an arrest only wished,
sought or planned is no claim (``factuality.wished``). Sentences we wrote; one case a line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def arrests(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [(c.number_text, c.value) for c in read_claims(nlp, text, None)
            if c.measure == "arrested"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count charged
        ("Two teenagers have been charged with murder in the death of a clerk in Dayton.",
         [("Two", 2)]),
        ("Three men have been charged in connection with the warehouse fire.", [("Three", 3)]),
        ("Prosecutors charged three men with manslaughter over the fire.", [("three", 3)]),
        ("Police charged four brothers with assault after the brawl in Elkton.", [("four", 4)]),
        ("Two teens charged in fatal shooting at Riverside park", [("Two", 2)]),
        ("Teen charged in shooting death of Elkton man", [("Teen", 1)]),
        # one person charged, at the first telling
        ("A 19-year-old man was charged with attempted murder after the shooting on Elm Street.",
         [("A 19-year-old man", 1)]),
        ("Prosecutors have charged a 23-year-old woman in the crash.",
         [("a 23-year-old woman", 1)]),
        ("Tomas Weller, 31, was charged with arson on Tuesday.", [("Tomas Weller", 1)]),
        ("A 15-year-old was charged on Friday.", [("A 15-year-old", 1)]),
        ("Two men were charged with murder and held on $50,000 bail.", [("Two", 2)]),
    ],
)
def test_people_charged_are_arrested(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert arrests(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest the report told counts them, once
        ("Police arrested two men and charged them with robbery.", [("two", 2)]),
        ("Two officers were arrested and one was charged with assault.", [("Two", 2)]),
        ("Police later arrested two suspects, and one was charged with murder on Friday.",
         [("two", 2)]),
        ("Deputies arrested five men on Monday. Two were charged with burglary.", [("five", 5)]),
        ("Police arrested a man on Sunday. Three teenagers were charged with theft on Monday.",
         [("a man", 1)]),
        ("A hearing is set for two brothers charged in the deaths of four women. The two are "
         "charged in the killings of four women in Elkton.", [("two", 2)]),
        # a part of those held, told as one, stays the part it was
        ("Of the 20 arrested, 12 were charged.", [("20", 20), ("12", 12)]),
        # a charge denied, possible, of one told before, or no charge at all
        ("No charges have been filed in the shooting.", []),
        ("Nobody has been charged in the shooting.", []),
        ("Prosecutors said the gunman would have been charged with murder.", []),
        ("The gunman, who was killed by police, was charged with murder.", []),
        ("The driver was charged with reckless homicide.", []),
        # the counts of a charge count no one arrested
        ("Two men were charged with three counts of murder.", [("Two", 2)]),
        ("Ana Ruiz and Bo Poe have been charged with one count of arson and three counts of "
         "theft.", []),
        # a crowd, a bull or a price charged
        ("Police charged the crowd with batons.", []),
        ("Police baton charged the protesters near the square.", []),
        ("The bull charged two men at the fair.", []),
        ("The county charged two residents a fee for the permit.", []),
        ("Two customers were charged $50 for the tickets.", []),
        ("It was a politically charged case involving two officers.", []),
    ],
)
def test_a_charge_adds_no_second_arrest_and_is_no_charge_otherwise(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert arrests(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest told as a noun
        ("Police announced the arrest of a 25-year-old man in the stabbing.",
         [("a 25-year-old man", 1)]),
        ("Police announced the arrests of four suspects in the stabbing.", [("four", 4)]),
        # a surrender at the law's door
        ("The suspect surrendered at the county jail on Friday.", [("The suspect", 1)]),
        ("Jon Roe turned himself in at police headquarters on Monday.", [("Jon Roe", 1)]),
        ("Three suspects surrendered at the police station.", [("Three", 3)]),
        ("A man turned himself in to police on Monday.", [("A man", 1)]),
        # not at the law's door
        ("The rebels surrendered at the border.", []),
    ],
)
def test_arrests_told_as_a_noun_or_a_surrender(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert arrests(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police are seeking to arrest two men over the robbery.",
        "Detectives want to arrest two men over the robbery.",
        "The family offered a reward for the arrest of two suspects.",
        "A judge issued a warrant for the arrest of three men.",
        "Protesters demanded the arrest of the three officers.",
        "Activists called for the arrest of two officers.",
        "The minister ordered the arrest of four officers.",
        "Police offered 50,000 rupees for information leading to the arrest of two gunmen.",
        "Villagers urged police to arrest the two guards.",
        "Protesters demanded the arrest of a local landlord.",
        "The family posted a reward for the arrest of a masked gunman.",
    ],
)
def test_an_arrest_wished_sought_or_planned_is_no_claim(nlp: Language, text: str) -> None:
    claims = read_claims(nlp, text, None)
    assert [(c.measure, c.number_text) for c in claims if c.value != 50000] == []


@pytest.mark.parametrize(
    "text",
    [
        # told as done: the arrest counts
        "Police raided the farm, leading to the arrest of two men.",
        "Officials confirmed the arrest of two men over the blast.",
    ],
)
def test_an_arrest_told_as_done_still_counts(nlp: Language, text: str) -> None:
    assert arrests(nlp, text) == [("two", 2)]
