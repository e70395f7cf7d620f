"""Issue #11, detection: one person by article in a roll of the dead ("The dead included a
9-year-old boy") is one killed, as "Among the dead was a 9-year-old boy" is; after a count of
the dead the roll names one of them, no one more. "Both" standing alone as the subject or the
object of a harm counts two ("Both died at the scene", "wounding both"). Sentences we
invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included a 9-year-old boy, the mayor of Velmar said on Sunday.",
         [("killed", 1)]),
        ("Among the dead was a 9-year-old boy, the mayor of Velmar said on Sunday.",
         [("killed", 1)]),
        ("Twelve people died when the dam burst in Velmar on Sunday. The dead included a"
         " 9-year-old boy, the mayor said.", [("killed", 12)]),
        # whether the victims died or were hurt, no count says
        ("The victims included a 9-year-old boy, the mayor of Velmar said on Sunday.", []),
    ],
)
def test_one_by_article_in_a_roll(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both" counts two: the first telling of their deaths after the shooting's count
        ("Two brothers were shot in Velmar on Monday. Both died at the scene.",
         [("killed", 2), ("other", 2)]),
        ("A gunman shot at two guards in Velmar on Monday, wounding both.",
         [("injured", 2), ("other", 2)]),
        # people "both" determines
        ("Two brothers were shot in Velmar on Monday. Both victims died at the scene.",
         [("killed", 2), ("other", 2)]),
        ("A gunman fired on two guards in Velmar on Monday, killing both men.",
         [("killed", 2), ("other", 2)]),
        # "both" restates the people its own sentence counted before it: no figure of its own
        ("A man and his daughter were found dead in a house in Velmar on Monday, and police "
         "said both had been shot.", [("killed", 2)]),
        # "both" with a noun of no people, or of no people harmed
        ("Both countries condemned the attack in Velmar on Monday.", []),
        ("A shell hit two trucks in Velmar on Monday, destroying both vehicles.",
         [("other", 2)]),
    ],
)
def test_both_counts_two(text: str, expected: list[tuple[str, float]]) -> None:
    assert sorted(_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count the finding participle tells dead
        ("Police identified two hikers found dead near Velmar on Monday.", [("killed", 2)]),
        # found in another state, or alive
        ("Police identified two hikers found alive near Velmar on Monday.", [("other", 2)]),
    ],
)
def test_a_count_found_dead(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected
