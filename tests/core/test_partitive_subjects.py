"""The counted people are never their own doer, also when the parser makes the number the
subject and hangs them on it ("4 of their fighters died": actor "4 of their fighters"; issue
#11, actors). A doer that holds other people keeps its place. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _actor(text: str, value: int) -> str | None:
    return next(c for c in run_texts(text, published=DAY).claims if c.value == value).actor


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said 4 of their fighters died in the clash.",
        "Only 4 of the soldiers died, the army said.",
        "The militia said that 4 of its gunmen died in the fighting.",
        "At least 4 of the insurgents died overnight, officials said.",
        "Police said 4 of the attackers died of their wounds.",
    ],
)
def test_no_doer_of_their_own(text: str) -> None:
    assert _actor(text, 4) is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Three of the attackers killed 4 guards at the gate.", "Three of the attackers"),
        ("Gunmen killed 4 of the soldiers at a checkpoint.", "Gunmen"),
        ("Two of the rebels shot 4 villagers, police said.", "Two of the rebels"),
    ],
)
def test_a_doer_holding_others_stays(text: str, actor: str) -> None:
    assert _actor(text, 4) == actor
