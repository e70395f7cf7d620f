"""A headline's "<doers> <verb> <one person>, N others" whose bare verb the parser took for a
compound noun of the person ("Police arrest suspect, three others": "arrest suspect" one
noun, the root) is put back as subject, verb and object, so the one person and the others
are one list of the verb: N + 1 kidnapped or arrested, as "Bandits kill imam, two others"
reads killed 3 (issue #11, counts). Counted people before the others, a group, a verb that
is no measure, a single doer and others with a verb of their own stay as they were.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts

BODY = "\n\nThe raid happened in Kafanchan on Monday, residents said."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Police arrest suspect, three others in Kano",
         [("suspect, three others", "arrested", 4.0)]),
        ("Bandits abduct farmer, four others in Zamfara",
         [("farmer, four others", "kidnapped", 5.0)]),
        ("Gunmen kidnap priest, two others in Edo", [("priest, two others", "kidnapped", 3.0)]),
        ("Gunmen abduct pastor, two others in Kaduna", [("pastor, two others", "kidnapped", 3.0)]),
    ],
)
def test_one_and_others_of_a_verb_read_as_a_noun(
    headline: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(headline + BODY) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # counted people before the others: two counts, no one added
        ("Police arrest two suspects, three others in Kano",
         [("two", "arrested", 2.0), ("three", "arrested", 3.0)]),
        # a group is no one person
        ("Bandits abduct family, two others in Zamfara", []),
        # no measure verb; a single doer
        ("Villagers mourn pastor, two others in Kaduna", []),
        ("Troops rescue pastor, two others in Kaduna", []),
        ("Court frees suspect, two others in Kano", []),
        # others with a state of their own got away (a reviewer's near misses)
        ("Police arrest suspect, two others on the run", []),
        ("Police arrest suspect, three others at large", []),
        # the others of another verb, or with a verb of their own
        ("Police kill robber, arrest two others in Ogun",
         [("robber", "killed", 1.0), ("two", "arrested", 2.0)]),
        ("Police arrest suspect, two others flee in Kano", []),
        # a count with its noun: as before
        ("Police arrest three suspects in Kano", [("three", "arrested", 3.0)]),
    ],
)
def test_near_misses_stay(headline: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(headline + BODY) == expected
