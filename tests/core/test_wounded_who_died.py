"""One person wounded who died in the clause on them: "Soldiers wounded a man who later died
of his wounds" read one hurt (injured 1); the relative clause says he died: killed 1, not
hurt, as "wounded two women who later died" already read two dead (issue #11, counts). A
clause that says no death, a near one, or a death of someone else keep today's reading.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 10, 7)


def _counts(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers wounded a young man who later died of his wounds, the ministry said.",
         [("killed", 1.0)]),
        ("Police shot and wounded a suspect who died later in hospital.", [("killed", 1.0)]),
        ("The blast wounded a woman who later died, officials said.", [("killed", 1.0)]),
        ("Gunmen injured a shopkeeper who was later killed in the hospital attack.",
         [("killed", 1.0)]),
    ],
)
def test_the_wounded_who_died_is_dead(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers wounded a young man who was taken to hospital, the ministry said.",
         [("injured", 1.0)]),
        ("The blast wounded a woman who nearly died, officials said.", [("injured", 1.0)]),
        ("The blast wounded a woman who may die, officials said.", [("injured", 1.0)]),
        # the clause tells a death he dealt: his neighbour's, not his
        ("Police wounded a man who had killed his neighbour.",
         [("injured", 1.0), ("killed", 1.0)]),
        # a count already read it so
        ("The blast wounded two women who later died, officials said.", [("killed", 2.0)]),
    ],
)
def test_no_death_in_the_clause(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
