"""A headline drops the passive's "was" ("Soldier held over deaths of 2 protesters"): the
parser read the participle as a past tense, and the one held, a trade's or a fighter's noun
it often tags a name, became the arrest's doer (issue #11, sources and actors). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _actors(text: str) -> dict[tuple[str, float], str | None]:
    return {(c.measure, c.value): c.actor for c in run_texts(text, published=DAY).claims}


@pytest.mark.parametrize(
    "text",
    [
        "Soldier held over deaths of 2 protesters",
        "Militant detained after bombing that killed 6",
        "Watchman detained after fire that killed 4",
        "Gunman arrested after shooting that left 3 dead",
        "Driver nabbed after crash that killed 3",
    ],
)
def test_the_one_held_is_no_doer(text: str) -> None:
    assert _actors(text)[("arrested", 1)] is None


@pytest.mark.parametrize(
    ("text", "key", "actor"),
    [
        # an active headline: its subject did it
        ("Police held 4 suspects over riot", ("arrested", 4), "Police"),
        ("Troops arrest 7 suspects in raid", ("arrested", 7), "Troops"),
        ("Taliban kill 12 soldiers in raid", ("killed", 12), "Taliban"),
        ("Bandits abducted 9 travellers on highway", ("kidnapped", 9), "Bandits"),
        ("Rebels attacked convoy, killed 4 soldiers", ("killed", 4), "Rebels"),
        ("Militants struck at dawn, killing 5 soldiers", ("killed", 5), "Militants"),
        ("Gunmen shot dead two guards at bank", ("killed", 2), "Gunmen"),
        # a body sentence's past: its subject did it
        ("Soldiers arrested 3 smugglers near the border on Monday, officials said.",
         ("arrested", 3), "Soldiers"),
    ],
)
def test_an_active_subject_stays_the_doer(
    text: str, key: tuple[str, float], actor: str
) -> None:
    assert _actors(text)[key] == actor
