"""The place of a figure that goes on with a tally, on reports we wrote: a sentence with no
place and no time of its own, dated by the tally before, counts over that tally's area; a
place told of a part ("most of them in X") is none of the whole figure's; a place that is the
subject of a tally verb ("X district alone accounted for ...", a state NER took for a body)
is the tally's area; "in the state" names a province of the report's country, never a
namesake abroad. One case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_by_value

if TYPE_CHECKING:
    from spacy.language import Language

_DAY = dt.date(2031, 3, 2)


def place_of(nlp: Language, text: str, value: float) -> str | None:
    return place_by_value(nlp, text, _DAY, value)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the toll of the tally's attacks, told after it with no place or time of its own
        (
            "LAHORE: Pakistan witnessed 73 militant attacks in February, with Sindh the "
            "worst-hit province, a think tank said on Sunday.\n\n"
            "The study said the attacks claimed 97 lives.",
            97,
            "Pakistan",
        ),
        # a part's place ("most of them in X") is not the whole figure's
        (
            "Sindh recorded 17 attacks in February that left 23 people dead and 36 injured, "
            "most of them in Sukkur and Larkana districts.",
            36,
            "Sindh",
        ),
        # a district that is the subject of a tally verb
        (
            "Insurgents staged 73 raids on police posts nationwide in February. Kohat district "
            "alone accounted for nine attacks, a police report showed.",
            9,
            "Kohat district",
        ),
        # "in the state" of a report on Nigeria: not a namesake province of another country
        (
            "Bandits killed five villagers in Kebbi, Nigeria, on Monday.\n\n"
            "Few places have lost as much to bandits as Kebbi and its neighbours in Nigeria's "
            "North-west. Police records put the number of people kidnapped in the state "
            "from January to April at 205 or more.",
            205,
            "Kebbi",
        ),
    ],
)
def test_tally_carry_place(nlp: Language, text: str, value: float, place: str) -> None:
    assert place_of(nlp, text, value) == place


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # an incident's own place stays, whatever tally came before
        (
            "PESHAWAR: Pakistan witnessed 73 militant attacks in February, a think tank "
            "said.\n\nIn a separate attack on Sunday, gunmen killed four policemen in Kohat.",
            4,
            "Kohat",
        ),
        # "all of them in X" counts the whole in X
        (
            "Police arrested 14 suspects on Monday, all of them in Sukkur.",
            14,
            "Sukkur",
        ),
        # a unit that suffered no figure ("a major blow") is no tally's area
        (
            "KORAPUT: The South Malkangiri Division of the rebels suffered heavy losses this "
            "winter, officers said. They said 22 Maoists had been killed since January.",
            22,
            "Koraput",
        ),
        # a body's name as the subject of a tally verb is no place
        (
            "QUETTA: Amnesty International recorded 41 killings in February in Balochistan.",
            41,
            "Balochistan",
        ),
    ],
)
def test_tally_carry_keeps(nlp: Language, text: str, value: float, place: str) -> None:
    assert place_of(nlp, text, value) == place
