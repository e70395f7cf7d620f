"""The doer behind a thing (issue #11, actor): "killed by rubber bullets fired by police"
named the bullets, "killed by a roadside bomb planted by militants" the bomb: the agent of
the participle on the harm's "by" is who did it ("by a bullet fired by his brother" too), as
are the doer's words before a thing fired ("killed by a police bullet": the police).
And a thing whose words hold a doer's ("a police car hit their motorbike", "an army truck
hit a rickshaw") is no doer: the car, not the police. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A protester was killed by rubber bullets fired by police in Nairobi on Friday.",
         [("killed", "police")]),
        ("A woman was killed by rubber bullets fired by soldiers in Nablus on Friday.",
         [("killed", "soldiers")]),
        ("Three soldiers were killed by a roadside bomb planted by militants in Bannu.",
         [("killed", "militants")]),
        ("A boy was killed by a bullet fired by his brother in Okara on Sunday.",
         [("killed", "his brother")]),
        ("A student was killed by a police bullet during a protest in Nairobi on Tuesday.",
         [("killed", "police")]),
        ("Two children were wounded by an army shell in Kashmir on Monday.",
         [("injured", "army")]),
        ("Two boys died when a police car hit their motorbike in Lahore.", [("killed", None)]),
        ("An army truck hit a rickshaw, killing four people in Swat.", [("killed", None)]),
    ],
)
def test_the_doer_behind_a_thing(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing no one is told to have sent, and people of a force: as before
        ("A protester was killed by a stray bullet fired during a wedding in Peshawar.",
         [("killed", None)]),
        ("Two children were killed by a bomb planted in a toy in Quetta.", [("killed", None)]),
        ("A police patrol shot dead two robbers in Lahore on Monday.",
         [("killed", "A police patrol")]),
        ("Police officers shot and wounded two suspects in Nairobi.",
         [("injured", "Police officers")]),
        ("A man was shot dead by robbers in Multan on Monday.", [("killed", "robbers")]),
        ("Gunmen on motorcycles shot dead three traders in Zamfara on Tuesday.",
         [("killed", "Gunmen on motorcycles")]),
    ],
)
def test_things_without_a_sender_and_people(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who owns, runs or made the thing did not do it (review)
        ("A woman was mauled to death by a dog owned by her neighbour in Texas.",
         [("killed", None)]),
        ("A man was killed by a bull owned by his neighbour in Tamil Nadu.", [("killed", None)]),
        ("A man was killed by a train operated by Amtrak in Illinois.", [("killed", None)]),
        ("A baby was killed by a drug prescribed by a doctor in Sindh.", [("killed", None)]),
        # who used it did
        ("Four soldiers were killed by an explosive device planted by Maoists in Bijapur.",
         [("killed", "Maoists")]),
        ("Five people were injured by a bomb hurled by unknown assailants in Dhaka.",
         [("injured", "unknown assailants")]),
        ("A boy was killed by a tractor driven by his uncle in Punjab.",
         [("killed", "his uncle")]),
    ],
)
def test_the_owner_of_a_thing_is_no_doer(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon's words name its doers, as before the branch (review)
        ("Police bullets killed two protesters in Nairobi, witnesses said.",
         [("killed", "Police bullets")]),
        ("Terrorist bombs killed 12 people in Quetta on Monday.",
         [("killed", "Terrorist bombs")]),
        ("Militant rockets killed four civilians in Kabul on Friday.",
         [("killed", "Militant rockets")]),
        ("Army helicopters fired rockets, killing eight civilians in Tigray.",
         [("killed", "Army helicopters")]),
        # a vehicle's do not
        ("A police vehicle knocked down two pedestrians in Lagos, killing one.",
         [("killed", None)]),
    ],
)
def test_a_weapons_words_name_its_doers(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
