"""A headline's "<one person>, N others" is one list however the parser hangs "others" on the
verb (a conjunct, a noun adverb, a second object): "Militants kill nurse, two others in Yobe"
names three, as "Gunmen kill DPO, two others" does (issue #11, counts). Counted people before
the others, others of another verb, a body's sentence and others with a verb of their own stay
as they were. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts

BODY = "\n\nThe attack happened in Konduga on Monday, residents said."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Militants kill teacher, two others in Borno", [("teacher, two others", "killed", 3.0)]),
        ("Militants kill nurse, two others in Yobe", [("nurse, two others", "killed", 3.0)]),
        ("Bandits kill imam, two others in Zamfara", [("imam, two others", "killed", 3.0)]),
        ("Bandits kill vigilante, three others in Niger",
         [("vigilante, three others", "killed", 4.0)]),
        ("Herdsmen kill farmer, five others in Benue", [("farmer, five others", "killed", 6.0)]),
        ("Gunmen kill lawmaker, two others in Imo", [("lawmaker, two others", "killed", 3.0)]),
        ("Gunmen kill chief, two others in Ondo", [("chief, two others", "killed", 3.0)]),
    ],
)
def test_one_and_others_hung_on_the_verb(
    headline: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(headline + BODY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kill two guards, three others in Ebonyi" + BODY,
         [("two", "killed", 2.0), ("three", "killed", 3.0)]),
        ("Police kill robber, arrest two others in Ogun" + BODY,
         [("robber", "killed", 1.0), ("two", "arrested", 2.0)]),
        ("Militants kill teacher, two others flee in Borno" + BODY,
         [("teacher", "killed", 1.0)]),
        ("Attack in Borno\n\nMilitants killed the teacher, and two others fled to Maiduguri on "
         "Monday, residents said.", [("the teacher", "killed", 1.0)]),
        ("Gunmen kill policeman, two others in Benue" + BODY,
         [("policeman, two others", "killed", 3.0)]),
        # the others got away: the one killed alone
        ("Troops kill bandit, two others at large in Zamfara" + BODY,
         [("bandit", "killed", 1.0)]),
        ("Police kill robber, two others on the run in Ogun" + BODY,
         [("robber", "killed", 1.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
