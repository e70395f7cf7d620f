"""People news names victims by their trade, role or errand (a passer-by, a villager, a
commuter, a constable, a trader) count one each as a man or a woman does; an
official who speaks is no victim. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A passerby was also injured in the firing in Hangu, police said.", "A passerby"),
        ("A villager was killed when the shell landed in Kupwara on Friday.", "A villager"),
        ("A commuter was hurt when the bus was hit in Nowshera.", "A commuter"),
        ("A trader was shot dead outside his shop in Chaman.", "A trader"),
    ],
)
def test_a_victim_named_by_role_counts_one(text: str, figure: str) -> None:
    harmed = [(f, v) for f, m, v in report_counts(text) if m in ("killed", "injured")]
    assert (figure, 1.0) in harmed


@pytest.mark.parametrize(
    "text",
    [
        "A police official said two people were injured in the blast.",
        "An official of the district administration visited the injured in hospital.",
    ],
)
def test_an_official_who_speaks_or_visits_is_no_victim(text: str) -> None:
    assert [c for c in report_counts(text) if c[2] == 1.0] == []
