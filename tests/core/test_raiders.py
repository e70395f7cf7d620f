"""A raid's kind comes from who raids (core/group/raiders.py): armed men raiding a village make
an attack, one event with the rest of the report; a raid of the police or the troops stays an
operation."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.figure_words import infer_kind
from core.group.vocabulary import rules
from tests.core.claim_factory import Batch, run_texts


def kind_of(sentence: str, figure: str, value: float) -> str | None:
    b = Batch()
    b.add("d1", sentence, figure, value)
    return infer_kind(b.claims[0])[0]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Armed fighters on horseback swept into a farming village during a night raid on "
         "Friday, killing 11 herders.", "11"),
        ("Eleven herders died in a dawn raid by bandits on the settlement.", "Eleven"),
        ("Insurgents killed 11 farmers in a raid on two hamlets near the river.", "11"),
        ("Jihadist gunmen abducted 11 pupils in a raid on a boarding school, residents "
         "said.", "11"),
    ],
)
def test_a_raid_by_attackers_is_an_attack(sentence: str, figure: str) -> None:
    kind = kind_of(sentence, figure, 11)
    assert kind is not None
    assert rules().kinds[kind].family == "attack"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Troops killed 11 militants in a raid on a hideout in the hills.", "11"),
        ("Eleven insurgents were killed in a raid by security forces on the camp.", "Eleven"),
        ("Police said 11 suspects were held in a late-night police raid.", "11"),
        ("Eleven rebels were killed in a raid on their base, the army said.", "Eleven"),
        ("Officers seized 11 rifles in raids across the district.", "11"),
    ],
)
def test_a_raid_by_security_forces_stays_an_operation(sentence: str, figure: str) -> None:
    assert kind_of(sentence, figure, 11) == "operation"


LEAD = (
    "Gunmen kill 12 in central village, seize dozens\n\n"
    "Armed fighters on motorbikes stormed a village in the Kolda region during a night raid on "
    "Sunday, killing 12 villagers and seizing about 25 hostages, local sources said.\n\n"
    "The regional governor said seven people were killed and 18 abducted in the attack.\n"
)
WIRE = (
    "DAKAR (Reuters) - Gunmen killed nine villagers in the Kolda region on Sunday and "
    "kidnapped 20 others, a local official said on Monday.\n"
)


PUBLISHED = dt.date(2026, 3, 3)


def test_a_lead_of_a_raid_by_attackers_is_one_event_with_the_report_and_compared() -> None:
    result = run_texts(LEAD, WIRE, published=PUBLISHED)
    assert len(result.events) == 1
    pairs = {
        frozenset(c.value for c in result.claims if c.id in k.claim_ids)
        for k in result.conflicts
        if k.measure == "kidnapped"
    }
    # the hostages taken are the kidnapped: "about 25 hostages" is set against 18 and 20
    assert {frozenset({25.0, 18.0}), frozenset({25.0, 20.0})} <= pairs
