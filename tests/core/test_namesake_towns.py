"""A headline's town that also names its district ("Three killed in Larkana blast") and the
town of that district a later sentence puts the act itself in ("the bomb had been planted
... in Ratodero"): the incident's figures are filed under the town, with the district; a
victim's home town, the hospital's town, where the attackers fled and a later raid's town
are no scene. A named person's origin set off by commas ("X, 22, from the department of
Y") is no place of the figures either. Sentences invented; towns and districts real."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.origin_persons import a_persons_origin
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 10)


def places_of(text: str, measures: tuple[str, ...] = ("killed", "injured")) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure in measures}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Three killed in Larkana blast\n\n"
            "Three people were killed and nine injured in a blast near a bus stand on Tuesday, "
            "officials said.\n\n"
            "According to police, the bomb had been planted in a rickshaw parked near the bus "
            "stand in Ratodero, a town on the main highway.",
            "Ratodero, Larkana",
        ),
        (
            "Two soldiers killed in Anantnag blast\n\n"
            "An explosion hit an army vehicle on Wednesday, leaving two soldiers dead and four "
            "hurt, officials said.\n\n"
            "The device had been planted under a culvert on the road in Bijbehara, police said.",
            "Bijbehara, Anantnag",
        ),
    ],
)
def test_the_act_placed_in_a_town_of_the_headline_district(text: str, place: str) -> None:
    assert places_of(text) == {place}


def test_home_hospital_flight_and_raid_towns_are_no_scene() -> None:
    text = (
        "Four killed in Larkana attack\n\n"
        "Armed men sprayed a passenger van with bullets on Monday evening, leaving four people "
        "dead and three wounded, police said.\n\n"
        "One of the dead was a resident of Ratodero. Those hurt were rushed for treatment to "
        "Shikarpur, where one was said to be in critical condition.\n\n"
        "The attackers fled towards Kamber after the shooting. Police later raided a hideout "
        "in Naudero and arrested two suspects."
    )
    assert places_of(text) == {"Larkana"}


@pytest.mark.parametrize(
    ("sentence", "name", "origin"),
    [
        (
            "The dead soldier was identified as Carlos Ruiz Mena, 22, from the department of "
            "Nariño, who was hit by sniper fire.",
            "Nariño",
            True,
        ),
        ("The slain constable, Sher Ali, from Karak, had joined the force in 2019.", "Karak", True),
        # a custody verb takes people "from" where the arrest was
        ("Police arrested Sher Ali, 31, from Karak on Friday.", "Karak", False),
        # a thing before the comma: where the bus came from, not a person's origin
        ("The bus, coming from Quetta, was stopped near Mastung.", "Quetta", False),
        ("Armed men shot two traders dead in Karak on Friday.", "Karak", False),
    ],
)
def test_a_persons_origin(nlp: Language, sentence: str, name: str, origin: bool) -> None:
    tok = next(t for t in nlp(sentence) if t.text == name)
    assert a_persons_origin(tok) is origin


def claims_of(text: str) -> list[tuple[str, str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.measure, c.location) for c in result.claims]


def test_an_earlier_aside_in_a_neighbouring_state_keeps_its_place_alone() -> None:
    # the lead tells no day; the aside's state is its own figure's, not the later arrests'
    found = claims_of(
        "Troops kill 12 bandits in Zamfara\n\n"
        "Troops killed 12 bandits in an operation in Maru local government area of Zamfara "
        "State, the army said. Earlier on Sunday, two farmers were killed by gunmen in "
        "neighbouring Kebbi State.\n\n"
        "The army said troops also arrested three suspected informants after the operation."
    )
    assert ("two", "killed", "Kebbi State") in found
    assert {where for n, m, where in found if m == "arrested"} == {
        "Maru local government area, Zamfara State"
    }


def test_a_neighbouring_place_the_report_opens_with_is_the_scene() -> None:
    # nothing carried before it: the neighbouring district is where the figures are
    found = claims_of(
        "Two killed in attack\n\n"
        "Two policemen were killed in neighbouring Karak district on Friday, officials said. "
        "Police arrested three suspects later."
    )
    assert {where for _, m, where in found if m == "arrested"} == {"Karak district"}
