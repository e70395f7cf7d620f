"""A figure's own word before a comma, and a toll's figure the parser joins to the next clause's
(issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2025, 3, 12)


def measures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four dead, dozens injured in Tarnwick depot fire", [(4, "killed"), (12, "injured")]),
        ("Seven dead, 30 hurt as bus plunges into gorge", [(7, "killed"), (30, "injured")]),
        # no comma: the number still counts the noun it modifies
        ("Dozens of injured people were taken to the clinic.", [(12, "injured")]),
    ],
)
def test_a_comma_ends_the_figures_phrase(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert measures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll had climbed to 9 and 14 others were wounded, a doctor said.",
            [(9, "killed"), (14, "injured")],
        ),
        (
            "By evening the toll had risen to 11 and 40 others were injured.",
            [(11, "killed"), (40, "injured")],
        ),
        # the toll's figure with its own object: read as before
        (
            "The death toll rose to 9 on Monday, and 14 people were wounded.",
            [(9, "killed"), (14, "injured")],
        ),
        # no toll: "to" before a figure says nothing of the dead
        ("Rescuers took 9 and 14 others were wounded.", None),
    ],
)
def test_a_tolls_figure_joined_to_the_next_clause(
    nlp: Language, text: str, expected: list[tuple[float, str]] | None
) -> None:
    found = measures(nlp, text)
    if expected is None:
        assert (9, "killed") not in found
    else:
        assert found == expected
