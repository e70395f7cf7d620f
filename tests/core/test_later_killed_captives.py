"""People told taken or hurt in a clause on the counted noun whose own predicate then says
they were killed or died count among the dead: the last harm of the chain is the one counted
("20 porters who had been seized were later shot dead"). A part of them killed, a release,
a threat or a denial leaves them taken. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures

HEADLINE = "Captives slain in Ostrava hills\n\n"


def figures(sentence: str) -> list[tuple[str, str]]:
    return report_figures(HEADLINE + "KESSARA - " + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said 30 porters who had been seized were later killed by the gang.",
         [("30", "killed")]),
        ("In Ostrava, 17 hostages who had been abducted from a bus were later murdered by "
         "their captors, the army said.", [("17", "killed")]),
        ("Eleven herders abducted in the raid were later killed, villagers said.",
         [("Eleven", "killed")]),
    ],
)
def test_taken_then_killed_counts_the_dead(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = figures(sentence)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of them killed: the whole stays taken, the part is dead
        ("Gunmen seized 40 porters on Sunday, three of whom were later killed, police said.",
         [("40", "kidnapped"), ("three", "killed")]),
        ("Five hostages who had been seized were freed on Monday, the army said.",
         [("Five", "kidnapped")]),
        ("The 12 herders who were abducted could be killed, officials warned on Monday.",
         [("12", "kidnapped")]),
    ],
)
def test_taken_not_killed_stay_taken(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = figures(sentence)
    for figure in expected:
        assert figure in found
