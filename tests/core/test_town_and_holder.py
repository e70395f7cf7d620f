"""A town with what holds it, written after a comma (issue #11, place): a province whose name
ends in "State" at the sentence's end ("in Nnewi, Anambra State.") was read as "State", and
one NER took for a body ("in Orlu, Imo State.") as the source "Imo" (a state "stating"); a
township told with its big city ("in Khayelitsha, Cape Town") lost the township. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits killed four farmers in Nnewi, Anambra State.", "Nnewi, Anambra State"),
        ("Bandits killed four farmers at a market in Ihiala, Anambra State.",
         "Ihiala, Anambra State"),
        ("Bandits killed four farmers in Kajuru, Kaduna State.", "Kajuru, Kaduna State"),
        ("Bandits killed four farmers in Orlu, Imo State.", "Orlu, Imo State"),
    ],
)
def test_a_town_and_its_state_at_the_sentence_end(nlp: Language, text: str, place: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert (claim.location, claim.attribution) == (place, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three men were shot dead in Khayelitsha, Cape Town, on Friday.",
         "Khayelitsha, Cape Town"),
        ("Three men were shot dead in Soweto, Johannesburg, on Friday.",
         "Soweto, Johannesburg"),
        ("Three men were shot dead in Mathare, Nairobi, on Friday.", "Mathare, Nairobi"),
        # a hamlet of the township's name in another province is a namesake
        ("Three men were shot dead in Mamelodi, Pretoria, on Friday.", "Mamelodi, Pretoria"),
    ],
)
def test_a_township_with_its_city(nlp: Language, text: str, place: str) -> None:
    assert [c.location for c in read_claims(nlp, text, DAY)] == [place]


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        # a town and its country, as before
        ("Three men were killed in Lahore, Pakistan, on Friday.", "Lahore, Pakistan", None),
        # a closing report stays a report
        ("Bandits killed four farmers in Orlu, Imo State, police said.", "Orlu, Imo State",
         "police"),
        ("Bandits killed four farmers in Orlu on Friday, officials state.", "Orlu",
         "officials"),
    ],
)
def test_near_misses(nlp: Language, text: str, place: str, source: str | None) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert (claim.location, claim.attribution) == (place, source)


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        # a township and its city joined by a comma the parser read as a list
        ("Police shot dead two suspected robbers in Kayole, Nairobi, on Friday.",
         "Kayole, Nairobi", "Police"),
        # where a passive's agent acted is the scene, not part of who acted
        ("Two suspected robbers were shot dead by police in Kayole, Nairobi, on Friday.",
         "Kayole, Nairobi", "police"),
        ("Two suspected robbers were shot dead by police officers in Soweto, Johannesburg.",
         "Soweto, Johannesburg", "police officers"),
    ],
)
def test_a_township_after_a_list_comma_and_the_agent(
    nlp: Language, text: str, place: str, actor: str
) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert (claim.location, claim.actor) == (place, actor)


def test_a_body_named_by_its_place_keeps_it(nlp: Language) -> None:
    text = "Police in Kayole arrested six suspects on Friday."
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.actor == "Police in Kayole"


def test_a_list_of_towns_is_no_town_and_its_city(nlp: Language) -> None:
    text = "Storms killed three people in Fort Worth, Dallas and Arlington on Sunday."
    assert [c.location for c in read_claims(nlp, text, DAY)] != ["Fort Worth, Dallas"]
