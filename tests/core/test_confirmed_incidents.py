"""A sentence after the figures that names who confirmed the incident ("Police commander Ann
Roe confirmed the incident.", "The attack was confirmed by the county police.") gives their
source, as "Roe disclosed this" does (issue #11, attribution): police copy in much of
Africa and South Asia attributes so. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)
LEAD = "Four herders were killed in an attack on Kagir village on Monday. "


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("County Police Commander Ann Roe confirmed the incident.",
         "County Police Commander Ann Roe"),
        ("Police confirmed the attack.", "Police"),
        ("The county police commander confirmed the killings on Tuesday.",
         "The county police commander"),
        ("The attack was confirmed by the county police.", "the county police"),
    ],
)
def test_who_confirmed_the_incident_is_the_source(
    nlp: Language, after: str, source: str
) -> None:
    (claim,) = read_claims(nlp, LEAD + after, DAY)
    assert claim.attribution == source


@pytest.mark.parametrize(
    "after",
    [
        "Police are investigating the incident.",
        "Police could not confirm the incident.",
        "The governor condemned the attack.",
    ],
)
def test_no_confirmation_no_source(nlp: Language, after: str) -> None:
    (claim,) = read_claims(nlp, LEAD + after, DAY)
    assert claim.attribution is None


def test_a_body_that_recorded_the_incident_is_no_source(nlp: Language) -> None:
    text = (
        "A quake struck the town of Darvan on Sunday, injuring five people. The national "
        "seismic centre registered the quake at 17:06 local time."
    )
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.attribution is None


def test_who_owned_the_attack_is_no_source(nlp: Language) -> None:
    (claim,) = read_claims(nlp, LEAD + "The rebels acknowledged the attack.", DAY)
    assert claim.attribution is None
