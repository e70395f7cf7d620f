"""A claim of an attack whose relative clause tells what it did ("The Tarn Front claimed
responsibility for the attack, which killed 12 on Monday", "The Front claimed the bombing
that killed 15"): the day in the clause was read as another attack's, so the figure the
clause holds got no doer (issue #11, sources and actors). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _actors(text: str) -> dict[float, str | None]:
    return {c.value: c.actor for c in run_texts(text, published=DAY).claims}


@pytest.mark.parametrize(
    ("text", "value", "actor"),
    [
        ("PESHAWAR: The Pakistani Taliban claimed responsibility for the attack, which killed "
         "14 people at a bus stop on Monday.", 14, "The Pakistani Taliban"),
        ("MOGADISHU, Somalia: Al-Shabaab claimed the bombing that killed 17 people at a hotel "
         "on Saturday.", 17, "Al-Shabaab"),
        ("QUETTA: The Baloch Liberation Army claimed responsibility for the blast, which "
         "wounded 8 soldiers on Sunday.", 8, "The Baloch Liberation Army"),
    ],
)
def test_the_claimer_did_the_attack_its_clause_tells(
    text: str, value: float, actor: str
) -> None:
    assert _actors(text)[value] == actor


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # another attack: its month before it, or a word saying so
        ("PESHAWAR: The Pakistani Taliban claimed responsibility for the March attack that "
         "killed 30 police officers, officials said on Monday.", 30),
        ("QUETTA: A bomb killed 7 soldiers on Sunday. The Baloch Liberation Army, which "
         "claimed responsibility for a similar attack that killed 4 in May, denied any role.",
         7),
        # an attack a participle places on another day
        ("KABUL: The group claimed responsibility for an attack carried out in May, which "
         "killed 9 guards.", 9),
        # the clause tells another deed too: its figure is that deed's
        ("MOSUL: The Islamic State group claimed the bombing, which came a day after a car "
         "bomb killed 6 people at a bus station on Sunday.", 6),
        ("KABUL: The Tarn Front claimed the attack, which followed a blast that killed 9 "
         "people at a wedding on Friday.", 9),
        ("QUETTA: The Front claimed the assault, which took place two days after a suicide "
         "blast killed 11 at a railway station on Monday.", 11),
        ("JALALABAD: The group claimed the attack that killed 5 people while a separate "
         "blast killed 3 at a market on Monday.", 3),
        # no claimer
        ("MOGADISHU: No group claimed the bombing, which killed 6 people on Friday.", 6),
        ("MOGADISHU: It claimed the bombing, which killed 5 people on Friday.", 5),
        # a habit, no claim of this attack
        ("MOGADISHU: Al-Shabaab often claims bombings, and a blast killed 3 people on "
         "Friday.", 3),
    ],
)
def test_no_claimer_read(text: str, value: float) -> None:
    assert _actors(text)[value] is None
