"""The doer of a harm told as feared, reported or believed (issue #11, actor): "At least 14
people were feared killed when suspected herdsmen invaded a village", "Nine people were
reported killed when gunmen attacked a bus" had no doer: the harm is the complement of the
passive "were feared", not a passive of its own, so its deed clause was never read. A
disaster's clause names none, as before. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 14 people were feared killed on Tuesday when suspected herdsmen invaded a"
         " village in Benue State, residents said.", [("killed", "suspected herdsmen")]),
        ("Nine people were reported killed when gunmen attacked a bus in Plateau State.",
         [("killed", "gunmen")]),
        ("Six soldiers were believed killed after militants ambushed a convoy in Kurram.",
         [("killed", "militants")]),
        # no deed, no doer: as before
        ("Twenty people were feared dead when a boat capsized on Lake Victoria.",
         [("killed", None)]),
        ("Five people were feared killed in the stampede in Lagos.", [("killed", None)]),
        ("Seven miners were feared killed when a tunnel collapsed in Balochistan.",
         [("killed", None)]),
    ],
)
def test_the_doer_of_a_told_harm(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
