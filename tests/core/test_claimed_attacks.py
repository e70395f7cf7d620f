"""The group a report says claimed the attack is the doer of the attack's figures that name
none of their own, told in the claim's sentence, its paragraph or the paragraph before; not of
a figure another incident's sentence opens ("Separately, ..."), a tally over months, or a
figure paragraphs away; "No group has claimed responsibility" names none. Reports we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 14)


def doers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(c.number_text, c.actor) for c in read_claims(nlp, text, PUB) if c.measure != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 people were killed in a suicide bombing at a mosque in Tarvel on "
            "Friday. The Islamic State group claimed responsibility for the attack.",
            [("At least 14", "The Islamic State group")],
        ),
        (
            "Six soldiers were killed in a roadside bombing in Kelmar on Friday.\n\n"
            "Responsibility was claimed by the Kelmar Liberation Army.",
            [("Six", "the Kelmar Liberation Army")],
        ),
        # a figure with a doer of its own keeps it
        (
            "Gunmen killed four guards at a checkpoint in Kelmar on Friday. The Kelmar "
            "Liberation Army claimed the attack.",
            [("four", "Gunmen")],
        ),
        # no group named
        (
            "Two police officers were shot dead in Tarvel on Friday. No group has claimed "
            "responsibility.",
            [("Two", None)],
        ),
        # another incident opened before the claim: only its figures
        (
            "Three people were killed in a blast in Tarvel on Friday. Separately, two soldiers "
            "were killed in an ambush in Kelmar. The Kelmar Liberation Army claimed "
            "responsibility for the ambush.",
            [("Three", None), ("two", "The Kelmar Liberation Army")],
        ),
        # a tally over months is no one attack's
        (
            "Some 312 people have been killed in the province this year.\n\nOn Friday, a bomb "
            "killed nine people at a market in Tarvel. The Kelmar Liberation Army claimed "
            "responsibility.",
            [("Some 312", None), ("nine", "The Kelmar Liberation Army")],
        ),
    ],
)
def test_the_claimed_doer(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert doers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a claim of another, earlier attack
        "A bomb exploded at a market in Tarvel on Friday, killing five people. The Kelmar "
        "Liberation Army claimed responsibility for a similar attack on the same market last "
        "month.",
        # what groups have claimed in the past
        "Four guards were shot dead at a checkpoint on Friday. Groups such as the Kelmar "
        "Liberation Army have claimed responsibility for similar attacks in the past.",
        # credit for an arrest, the shooting down of drones: no attack claimed
        "Four people were shot dead at a bus stop in Tarvel. Police claimed credit for "
        "arresting the gang's leader.",
        "A missile hit a house in Tarvel on Friday, killing six. The army claimed the "
        "shooting down of 20 drones.",
        # a flood's dead are no attack's
        "Floods in Kelmar province killed 12 people on Friday.\n\nThe Kelmar Liberation Army "
        "claimed responsibility for the bombing in Tarvel.",
    ],
)
def test_a_claim_of_no_attack_of_these_figures(nlp: Language, text: str) -> None:
    assert all(actor is None for _, actor in doers(nlp, text))


def test_the_attackers_killed_are_not_the_claimers_victims(nlp: Language) -> None:
    text = (
        "A bomb killed four policemen at a post in Tarvel on Friday. Three of the attackers "
        "were also killed. The Kelmar Liberation Army claimed responsibility for the attack."
    )
    assert doers(nlp, text) == [("four", "The Kelmar Liberation Army"), ("Three", None)]


def test_a_claim_paragraphs_away_names_no_doer(nlp: Language) -> None:
    text = (
        "Nine people were killed at a market in Tarvel on Friday.\n\n"
        "The market had reopened in May.\n\n"
        "Traders said they feared more violence.\n\n"
        "The Kelmar Liberation Army claimed responsibility for an attack on a bank last year."
    )
    assert doers(nlp, text) == [("Nine", None)]
