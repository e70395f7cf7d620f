"""A separate statement, release or press conference tells another saying, not another
incident, unless it introduces an incident of its own ("in an operation")."""

from __future__ import annotations

import pytest

from core.group.vocabulary import sentence_info


@pytest.mark.parametrize(
    "sentence",
    [
        "Separately, at a press briefing in the capital, the governor said the "
        "bombing had been planned for weeks and that three of the bombers were killed.",
        "The county sheriff's office said in a separate release that deputies searched 12 "
        "homes during the sweep.",
        "In a separate statement, the fire service said the blaze was put out by morning.",
    ],
)
def test_a_separate_saying_of_the_reports_incident_is_no_other_incident(sentence: str) -> None:
    info = sentence_info(sentence)
    assert not info.separate
    assert info.another == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In a separate statement, police said officers shot dead two robbers during a raid on "
        "a warehouse.",
        "In a separate attack, gunmen shot dead two guards at a bank in the old town.",
        "Separately, four farmers were wounded when a mine exploded near the river.",
        "Elsewhere, police said a roadside bomb killed a soldier.",
    ],
)
def test_another_incident_is_still_told_apart(sentence: str) -> None:
    info = sentence_info(sentence)
    assert info.separate
    assert info.another
