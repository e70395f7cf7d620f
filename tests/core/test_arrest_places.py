"""Where people were arrested is no place of the victims told after (issue #11, place): "Two
suspects were arrested at a house in X. One other victim is still in hospital" files the
victim where the attack was, while an arrest figure after goes on with X. Sentences written
for this class, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_LEAD = (
    "KOHAT: Three people were killed when gunmen opened fire on a passenger van "
    "in Lachi on Saturday, police said.\n"
)


@pytest.mark.parametrize(
    ("body", "figure", "place"),
    [
        # an arrest at a hideout in another town: the wounded are still the attack's
        (
            "Police later arrested two suspects at a hideout in Hangu. "
            "Another injured passenger died in hospital on Sunday.\n",
            "Another injured passenger",
            "Lachi",
        ),
        # a passive "held" of people, through two arrest sentences
        (
            "Two suspects were picked up in Hangu on Sunday. A third suspect was held in "
            "Karak. One other victim is still receiving treatment at a hospital.\n",
            "One",
            "Lachi",
        ),
        # an arrest figure after an arrest sentence goes on with where they were arrested
        (
            "Police later arrested two suspects at a hideout in Hangu. "
            "Four more suspects were arrested on Monday, police said.\n",
            "Four",
            "Hangu",
        ),
        # a victim after a sentence that sets a scene of harm takes that scene
        (
            "Police later arrested two suspects at a hideout in Hangu. Two more people were "
            "wounded in a second attack in Karak. One of them died on Sunday.\n",
            "One",
            "Karak",
        ),
    ],
)
def test_an_arrest_place_is_not_carried_to_victims(body: str, figure: str, place: str) -> None:
    text = _LEAD + body
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]


def test_the_incident_named_in_an_arrest_sentence_is_carried() -> None:
    """ "arrested ... in connection with the shooting at X": X is the incident's place, not
    where they were arrested, and the victims after keep it."""
    text = (
        "MARDAN: Police on Wednesday arrested three suspected facilitators in connection with "
        "Sunday's shooting at Takht Bhai. One other victim is still receiving treatment at a "
        "hospital.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "One"] == ["Takht Bhai"]


_SHOOTING = (
    "Three killed in Riverton mall shooting\n\n"
    "A gunman killed three shoppers and wounded four others at a mall in Riverton on "
    "Sunday, police said.\n\n"
)


@pytest.mark.parametrize(
    ("held", "place"),
    [
        # "held" joined by "and" to the charge: the jail is where the suspect is held, and
        # the victims after keep the mall's town
        (
            "The suspect, a 34-year-old man, was charged with three counts of murder and is "
            "being held at the Fremont County jail, prosecutors said.\n\n",
            "Riverton",
        ),
        (
            "He was arrested on Monday and is being held in the Fremont County jail without "
            "bail.\n\n",
            "Riverton",
        ),
    ],
)
def test_where_a_charged_suspect_is_held_is_not_carried(held: str, place: str) -> None:
    text = _SHOOTING + held + "Four people remain in hospital, according to police.\n"
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "Four"] == [place]


def test_a_meeting_held_in_a_town_is_no_custody() -> None:
    """ "a meeting was called and held in X": no people held; a scene of a second attack
    after it is still carried."""
    text = (
        _SHOOTING
        + "Two more shoppers were wounded in a second shooting at a store in Lakewood on "
        "Sunday night, police said, and a meeting was called and held in Lakewood.\n\n"
        "One of them was in serious condition.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "One"] == ["Lakewood"]


_SWEEP = (
    "LAHORE, March 13 (Reuters) - Police have detained 11 suspects in raids across the "
    "Okara district after a bombing at a cattle market killed nine people, officials said "
    "on Thursday.\n\n"
    "The bomber struck on Tuesday in Renala Khurd, a small town near the border with "
    "Sahiwal, in an attack that also wounded about 20 people.\n\n"
)


@pytest.mark.parametrize(
    ("later", "figure", "place"),
    [
        # the sweep's count said again, and a part of it: where the arrests were made
        ('"Eleven people have been picked up in six raids," an officer said.\n', "Eleven",
         "Okara district"),
        ("The officer said two of those detained were students.\n", "two", "Okara district"),
        # a new arrest count, of another number, goes on as before
        ("Police said three more men were arrested at a house in Renala Khurd on Friday.\n",
         "three", "Renala Khurd"),
    ],
)
def test_an_arrest_count_said_again_keeps_where_the_arrests_were(
    later: str, figure: str, place: str
) -> None:
    text = _SWEEP + later
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the arrests' day is no day of the victims told after them: the attack's goes on
        ("A reporter was shot dead in Tarvel on May 2. Three men were arrested on Monday. "
         "Two other reporters were wounded in the attack.",
         [("killed", "2031-05-02"), ("arrested", "2031-05-12"), ("injured", "2031-05-02")]),
        # near miss: no time before the arrests, the arrests' goes on
        ("Police arrested 30 protesters in Tarvel on Monday. Two officers were wounded.",
         [("arrested", "2031-05-12"), ("injured", "2031-05-12")]),
    ],
)
def test_an_arrest_day_is_not_carried_to_victims(text: str, days: list[tuple[str, str]]) -> None:
    claims = core_claims_by_text([text], dt.date(2031, 5, 14))[text]
    assert [(c.measure, str(c.date_start)) for c in claims] == days
