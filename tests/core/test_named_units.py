"""The people a figure counts named by the force they serve in, its name between the number
and the noun ("Five Border Security Force (BSF) jawans"), and a verbless headline's list the
comma joins ("2 cops, civilian injured in blast"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PUB = dt.date(2033, 3, 8)


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.number_text, c.measure) for c in run_texts(text, published=PUB).claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six Special Task Force (STF) commandos were wounded in the ambush on Monday.",
            [("Six", "injured")],
        ),
        (
            "Nine Village Defence Guard (VDG) members were killed when rebels stormed the post.",
            [("Nine", "killed")],
        ),
        # a unit named after its noun keeps the reading it had
        ("Four constables of the Armed Reserve were hurt on Monday.", [("Four", "injured")]),
    ],
)
def test_number_before_a_units_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _counts("Ambush in the hills\n\nKORVAL: " + sentence + "\n") == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("4 troopers, porter killed in avalanche near Karvel", [("4", "killed")]),
        ("3 guards, cook injured in grenade attack", [("3", "injured")]),
        # no participle after the list: nothing befell them in the headline
        ("3 guards, cook of the camp", []),
    ],
)
def test_headline_list_joined_by_a_comma(headline: str, expected: list[tuple[str, str]]) -> None:
    found = _counts(headline + "\n\nKORVAL: Officials gave no details.\n")
    assert [c for c in found if c[1] != "other"] == expected
