"""One person "nearly killed" did not die (issue #11, count): "The officer was nearly killed in
the blast" and "A policeman was almost killed when gunmen fired at his car" read killed 1,
where "Two soldiers were nearly killed" already read no death. A near death joined to a harm
that happened is that harm ("was shot and nearly killed": injured); "Nearly 30 people were
killed" is a count of the dead, qualified. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def figures(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The officer was nearly killed in the blast, police said.", []),
        ("A policeman was almost killed when gunmen fired at his car in Tarvel on Monday.", []),
        ("A guard was shot and nearly killed in Tarvel on Monday, police said.",
         [("injured", 1.0)]),
        ("A man was beaten and almost killed by a mob in Tarvel on Monday.", [("injured", 1.0)]),
        # as before
        ("Two soldiers were nearly killed in the ambush, the army said.", []),
        ("Nearly 30 people were killed in the blast in Tarvel.", [("killed", 30.0)]),
        ("A policeman was killed when gunmen fired at his car in Tarvel on Monday.",
         [("killed", 1.0)]),
        ("The officer was killed in the blast, police said.", [("killed", 1.0)]),
    ],
)
def test_a_near_death_is_no_death(text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(text) == expected
