"""The homes destroyed in one attack are one counted role (rules/conflicts.json counted_roles),
whatever verb of destruction each report uses: 'over 30 houses were torched' and 'around 45
homes were burnt' are compared; houses and shops are not."""

from __future__ import annotations

import pytest

from core.group.conflicts import scope
from tests.core.claim_factory import Batch


def scope_of(sentence: str, figure: str, subject: str) -> str:
    b = Batch()
    b.add("d1", sentence, figure, 30, measure="other", subject=subject)
    return scope(b.claims[0])


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Over 30 houses were torched by the attackers.", "30", "houses"),
        ("Around 30 homes were burnt to the ground.", "30", "homes"),
        ("Some 30 mud huts were razed before dawn.", "30", "mud huts"),
    ],
)
def test_homes_torched_burnt_or_razed_are_one_role(
    sentence: str, figure: str, subject: str
) -> None:
    assert scope_of(sentence, figure, subject) == "houses destroyed"


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("Over 30 shops were torched by the attackers.", "30", "shops"),
        ("Around 30 houses were searched by the police.", "30", "houses"),
    ],
)
def test_shops_or_houses_searched_are_not_homes_destroyed(
    sentence: str, figure: str, subject: str
) -> None:
    assert scope_of(sentence, figure, subject) != "houses destroyed"
