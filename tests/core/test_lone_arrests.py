"""One person arrested told without a numeral (``core/extract/lone_arrests.py``): arrested 1,
counted once a report at its first telling, as a victim told so is; and the cases that are no
arrest of the report's incident. Sentences we wrote; one case per line."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text, read_claims

Row = tuple[float, str]
PUBLISHED = dt.date(2031, 5, 4)  # a Sunday


def arrests(nlp, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    return [
        (c.value, c.number_text)
        for c in read_claims(nlp, text, PUBLISHED)
        if c.measure == "arrested"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested a 19-year-old man Saturday.", [(1, "a 19-year-old man")]),
        ("A suspect was taken into custody on Friday, police said.", [(1, "A suspect")]),
        ("The driver was booked into the Marlow County jail.", [(1, "The driver")]),
        ("He turned himself in to police on Monday.", [(1, "He")]),
        ("A 30-year-old woman surrendered to deputies late Thursday.",
         [(1, "A 30-year-old woman")]),
        ("Deputies arrested the girl's uncle on Tuesday.", [(1, "the girl's uncle")]),
        ("Troopers detained her near the state line.", [(1, "her")]),
        ("Tomas Weller, 24, was arrested Sunday and charged with assault.", [(1, "Tomas Weller")]),
        ("A gunman was arrested after a brief chase.", [(1, "A gunman")]),
        ("A teenager is in custody after the stabbing, officers said.", [(1, "A teenager")]),
        # after a dateline the parser took for the subject
        ("MARLOW, Ohio -- Tomas Weller, 24, was arrested on Sunday.", [(1, "Tomas Weller")]),
        # the relative clause of a person told arrested on another charge
        ("Officers said Tomas Weller, who was arrested on an unrelated warrant, confessed.",
         [(1, "Tomas Weller")]),
        # caught, netted, picked up by the law (a gate word of its own, a phrasal verb)
        ("Troopers caught the suspect near the river on Monday.", [(1, "the suspect")]),
        ("A gunman was caught by officers a block away.", [(1, "A gunman")]),
        ("Deputies netted a man wanted for the robbery.", [(1, "a man")]),
        ("Police picked up a suspect from his home in Tarsk.", [(1, "a suspect")]),
        # a list of people introduced: each member counts, as a list of captives does
        ("Police arrested a man and a woman on Sunday.", [(2, "a man and a woman")]),
        ("Police arrested a shop owner and his manager in Tarsk on Friday.",
         [(2, "a shop owner and his manager")]),
        ("A man and his nephew were arrested in Tarsk on Friday.",
         [(2, "A man and his nephew")]),
        # a suspect's word names one held too, in a list of the arrested
        ("Police arrested a suspect and his accomplice in Tarsk on Friday.",
         [(2, "a suspect and his accomplice")]),
    ],
)
def test_one_person_arrested(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert arrests(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No arrests have been made in the case.",
        "Police are searching for a suspect in the robbery.",
        "The driver was charged with reckless homicide.",
        "Police hope to arrest a suspect soon.",
        "The suspect could be arrested later this week.",
        "She picked up her nephew from the bus stop.",
        "He turned in his badge on Monday.",
        "The rebels surrendered to the army on Friday.",
        "She caught a fish in the lake.",
        "A man was caught on camera at the store.",
        "The ambulance picked up a woman from the scene.",
        # a list of people said again is left to no guess ("the driver and his helper")
        "Police arrested the driver and his helper on Sunday.",
        # an arrest of the person's record, or one asked about
        "Police said Tomas Weller has been previously arrested on weapons charges.",
        "The chief would not say whether the driver is in custody.",
        # custody that keeps one safe
        "An unharmed toddler was taken into protective custody.",
    ],
)
def test_no_one_arrested(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert arrests(nlp, text) == []


def test_a_numeral_counts_the_arrests_of_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Detectives arrested three men, who remain jailed."
    assert arrests(nlp, text) == [(3, "three")]


def report_arrests(text: str) -> list[Row]:
    """The arrests of ``text`` run as one report through the whole pipeline (headline and
    body split as a report's are)."""
    claims = core_claims_by_text([text], PUBLISHED)[text]
    return [(c.value, c.number_text) for c in claims if c.measure == "arrested"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same person said again, by a definite noun, a pronoun or the name
        ("Police arrested a suspect on Sunday. The suspect was booked into the county jail. "
         "He was held without bond.", [(1, "a suspect")]),
        ("Deputies arrested Tomas Weller, 24, on Sunday. Brandt was booked into the jail.",
         [(1, "Tomas Weller")]),
        # one of those a count before told arrested
        ("Two men were arrested Sunday. A 20-year-old man was booked into jail Monday.",
         [(2, "Two")]),
        # someone more
        ("Police arrested a suspect on Sunday. Another man was arrested on Monday.",
         [(1, "a suspect"), (1, "Another man")]),
        # the headline's is a claim of its own, the lead's too (after a dateline the doer is
        # no town)
        ("Suspect arrested in Marlow stabbing\n\nA 22-year-old man was arrested on Friday.",
         [(1, "Suspect"), (1, "A 22-year-old man")]),
        ("Woman detained after Marlow crash\n\nMARLOW, Ohio -- Police arrested a 40-year-old "
         "woman on Friday. The woman was booked into jail.",
         [(1, "Woman"), (1, "a 40-year-old woman")]),
        # no bare person noun, or a plural: no one of the headline
        ("Arrest made in Marlow stabbing\n\nA 22-year-old man was arrested on Friday.",
         [(1, "A 22-year-old man")]),
        ("Men arrested after Marlow brawl\n\nOfficers gave no count on Friday.", []),
        # one more after an ordinal, as "a second man was arrested" in a body; held for a
        # deed; a suspect's surrender
        ("Second Teen Arrested In Marlow Shooting\n\nThe boy is 16, police said.",
         [(1, "Second Teen")]),
        ("Another suspect detained in Tarsk raid\n\nPolice gave no name.",
         [(1, "Another suspect")]),
        ("Teen Held In Fatal Marlow Stabbing\n\nThe boy is 16, police said.", [(1, "Teen")]),
        ("Gunman Surrenders After Marlow Standoff\n\nThe standoff ended on Friday.",
         [(1, "Gunman")]),
        # held as a captive, a gathering held, a surrender of things or by no suspect
        ("Man Held Hostage In Marlow Bank\n\nThe standoff ended on Friday.", []),
        ("Woman held in captivity for years\n\nShe was freed on Friday.", []),
        ("Funeral Held For Marlow Teen\n\nHundreds came on Friday.", []),
        ("Man Surrenders Guns At Buyback\n\nResidents gave up rifles on Friday.", []),
    ],
)
def test_told_once_a_report(text: str, expected: list[Row]) -> None:
    assert report_arrests(text) == expected


def test_the_day_is_the_arrests(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = read_claims(nlp, "Deputies arrested a man on Tuesday.", PUBLISHED)
    days = [(c.date_start, c.date_end) for c in claims if c.measure == "arrested"]
    assert days == [(dt.date(2031, 4, 29), dt.date(2031, 4, 29))]


def test_an_earlier_arrest_after_the_harm_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A man was shot and killed on Friday. Police said the suspect, who was arrested in "
            "2019 on a drug charge, fled.")
    assert arrests(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the figure is the object of the verb before it: the man was arrested, not the four
        "Man who shot 4 arrested\n\nMARLOW, Ohio -- Police gave no names on Sunday.",
        "Man who police say shot 4 arrested\n\nMARLOW, Ohio -- Police gave no names.",
        # a bare number after one person arrested goes on with no count
        "Police arrested a man who police say shot 4 at a bar.",
    ],
)
def test_a_count_of_victims_is_no_arrest(text: str) -> None:
    assert all(value == 1 for value, _ in report_arrests(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state a relative clause gives a counted antecedent (``own_words``)
        ("Records list no lawyers for the four women, who remained jailed Friday.",
         [(4, "four")]),
        ("The two brothers, who remain detained, face charges.", [(2, "two")]),
        # no state of custody: at large, or ordered so
        ("The two brothers, who remain at large, face charges.", []),
    ],
)
def test_a_count_held_by_its_relative_clause(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert arrests(nlp, text) == expected


def test_an_arrests_day_is_no_day_of_the_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A boiler blast tore through a depot in Ferris on Friday. Deputies arrested a "
            "foreman on Saturday. The death toll has risen to nine.")
    days = {c.measure: c.date_start for c in read_claims(nlp, text, PUBLISHED)}
    assert days == {"arrested": dt.date(2031, 5, 3), "killed": dt.date(2031, 5, 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline tells the state: one person, a count, after a speaker's colon
        ("Suspect in custody after Marlow stabbing\n\nOfficers gave no name on Friday.",
         [(1, "Suspect")]),
        ("Two in custody after Marlow brawl\n\nOfficers gave no names on Friday.",
         [(2, "Two")]),
        ("3 teens in custody in Marlow carjacking\n\nOfficers gave no names on Friday.",
         [(3, "3")]),
        ("Deputies: Gunman in custody after Marlow standoff\n\nNo one was hurt on Friday.",
         [(1, "Gunman")]),
        ("Police: Man arrested after Marlow stabbing\n\nOfficers gave no name on Friday.",
         [(1, "Man")]),
        # custody of no suspect, or in a body sentence with no verb of its own
        ("Boy in protective custody after Marlow fire\n\nHe is safe, officials said.", []),
        # a time after "custody" is no dispute
        ("Two in custody hours after fatal Marlow shooting\n\nOfficers gave no names on"
         " Friday.", [(2, "Two")]),
        # a custody dispute over a child
        ("Two in custody fight over Marlow toddler\n\nThe hearing is set for May.", []),
        ("Mother in custody row speaks out\n\nThe hearing is set for May.", []),
        ("Marlow man shot dead\n\nTwo in custody had no part in it, police said.", []),
    ],
)
def test_a_headline_of_custody(text: str, expected: list[Row]) -> None:
    assert report_arrests(text) == expected
