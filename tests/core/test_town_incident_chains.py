"""Issue #11, place: South Asian desks name an incident by its town ("the Quetta grenade
attack", "a Peshawar IED blast"), with a weapon's word between that the parser hangs the town
on, or a weapon's acronym it tags a proper noun. The town is the figure's place. Towns are
real; incidents and sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the town hung on the weapon's word, not on the incident's noun
        ("Two people were hurt in the Quetta grenade attack.", "Two", "Quetta"),
        ("Three more injured persons breathed their last at SMHS hospital on Sunday, raising "
         "the toll in the Baramulla grenade attack to eleven, officials said.", "eleven",
         "Baramulla"),
        # a weapon's acronym between is no part of the town's name
        ("Six people were injured in a Peshawar IED blast.", "Six", "Peshawar"),
        ("Four people were injured in a Lahore gas cylinder explosion.", "Four", "Lahore"),
    ],
)
def test_the_town_an_incident_is_named_by(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    claims = [c for c in counted_claims(nlp, text, PUB) if c.number_text == figure]
    assert [c.location for c in claims] == [place]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a hospital's name before the incident's noun is no town
        ("Four were hurt in the Lady Reading Hospital attack.", "Four"),
        # whom the fight was with, not an incident: no place
        ("Two people died in a clash with the Quetta attack squad.", "Two"),
    ],
)
def test_no_town_from_a_body_or_a_company(nlp: Language, text: str, figure: str) -> None:
    claims = [c for c in counted_claims(nlp, text, PUB) if c.number_text == figure]
    assert [c.location for c in claims] == [None]
