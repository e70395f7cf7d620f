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
