"""A participle the parser hung on a counted noun but that has a counted object of its own
("Militants holding 4 hostages killed 2 of them") is the sentence's verb, no state of that
noun: the hostages are held, not killed; only the 2 are (issue #11, counts). A participle
with no object ("Four hostages killed in raid"), an object that counts things, and active
sentences with their subject stay as they were. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants holding 4 hostages killed 2 of them on Saturday, officials said.",
         [("4", "kidnapped", 4.0), ("2", "killed", 2.0)]),
        ("Rebels holding 9 hostages executed 3 of them near Kidal on Monday, the army said.",
         [("9", "kidnapped", 9.0), ("3", "killed", 3.0)]),
        ("Gunmen holding 7 captives shot dead two of them on Friday, police said.",
         [("7", "kidnapped", 7.0), ("two", "killed", 2.0)]),
    ],
)
def test_a_counted_object_makes_the_participle_a_verb(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no object of its own: the participle tells what befell the hostages
        ("Four hostages killed in Sahel raid, officials said.", [("Four", "killed", 4.0)]),
        ("Six hostages were killed in the raid near Kidal on Monday.", [("Six", "killed", 6.0)]),
        # the object counts things, after a preposition
        ("Three men arrested over 20 robberies in Lagos, police said.", []),
        # an active sentence with its subject
        ("Five gunmen killed 12 villagers in Zamfara on Monday.", [("12", "killed", 12.0)]),
        ("Pirates holding 20 sailors killed two crew members on Monday.",
         [("two", "killed", 2.0)]),
        # a list's next verb after a comma, as before
        ("Two soldiers killed, three militants wounded in clash on Monday.",
         [("Two", "killed", 2.0), ("three", "injured", 3.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
