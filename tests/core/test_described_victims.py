"""One victim told by name, then again by what they were in apposition to "the victim" or
"the deceased": "Gunmen killed Imran Baig on Monday. The victim, a van driver, died on the
spot" read two killed, the name and "a van driver" (issue #11, counts). The definite noun points
back at the one told before: one killed. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [
        (c.number_text, c.value, c.measure)
        for c in run_texts(text, published=DAY).claims
        if c.is_core
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Gunmen killed Imran Baig, 41, on Monday. The victim, a van driver, died on the spot.",
         [("Imran Baig", 1.0, "killed")]),
        ("Gunmen killed Imran Baig on Monday. The victim, a van driver, was shot in the chest.",
         [("Imran Baig", 1.0, "killed")]),
        ("Attackers stabbed Sunil Rao to death on Monday. The deceased, a tailor, died at the "
         "scene.", [("Sunil Rao", 1.0, "killed")]),
    ],
)
def test_the_victim_described_again_is_the_one_named(
    text: str, figures: list[tuple[str, float, str]]
) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # told alone
        ("The victim, a van driver, died on the spot.", [("a van driver", 1.0, "killed")]),
        # someone more
        ("Gunmen killed Imran Baig on Monday. The manager, Ann Poe, was also killed.",
         [("Imran Baig", 1.0, "killed"), ("Ann Poe", 1.0, "killed")]),
        ("Gunmen killed Imran Baig on Monday. Another victim, a van driver, was also killed.",
         [("Imran Baig", 1.0, "killed"), ("Another victim", 1.0, "killed")]),
        # a harm of another kind
        ("Gunmen killed Imran Baig on Monday. The victim, a van driver, was wounded.",
         [("Imran Baig", 1.0, "killed"), ("a van driver", 1.0, "injured")]),
    ],
)
def test_other_victims_stay(text: str, figures: list[tuple[str, float, str]]) -> None:
    assert _figures(text) == figures
