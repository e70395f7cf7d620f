"""A range written "between 20 to 25", as South Asian copy writes it, is the range 20-25
(issue #11, wording): "between" ruled out "to" as the joiner, so "Between 20 to 25 people were
injured" read injured 25 alone. "between 20 and 25" and "from 20 to 25" keep their readings, and
a span of hours or an age range is still no figure. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_counts, report_figures

PUB = dt.date(2031, 3, 5)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Between 20 to 25 people were injured in the blast, police said.",
            [("Between 20 to 25", "injured")],
        ),
        (
            "Police said between 15 to 20 suspects were arrested in the raids.",
            [("between 15 to 20", "arrested")],
        ),
    ],
)
def test_between_to_is_a_range(text: str, figures: list[tuple[str, str]]) -> None:
    assert report_figures(text, PUB) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Between 20 and 25 people were injured in the blast.", [("Between 20 and 25", "injured")]),
        (
            "The clash took place between 3 to 4 pm on Monday, and 6 people were hurt.",
            [("6", "injured")],
        ),
        ("Youths aged between 18 to 25 were among the 12 arrested.", [("12", "arrested")]),
        (
            "The gunfight lasted between 2 to 3 hours and 4 militants were killed.",
            [("4", "killed")],
        ),
    ],
)
def test_other_betweens_keep_their_reading(text: str, figures: list[tuple[str, str]]) -> None:
    assert report_figures(text, PUB) == figures


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Police said between 2 to 3 dozen protesters were detained on Friday.",
            [("between 2 to 3 dozen", "arrested", 24.0)],
        ),
        (
            "Between two to three dozen villagers were injured when the roof caved in.",
            [("Between two to three dozen", "injured", 24.0)],
        ),
        (
            "Officials said between 2 and 3 dozen workers were hurt in the fire.",
            [("between 2 and 3 dozen", "injured", 24.0)],
        ),
        (
            "Between 3 to 4 hundred people were injured in the stampede, officials said.",
            [("Between 3 to 4 hundred", "injured", 300.0)],
        ),
    ],
)
def test_a_dozen_counts_both_ends(text: str, counts: list[tuple[str, str, float]]) -> None:
    """ "between 2 to 3 dozen" is 24 to 36, not 2 (review, round 57)."""
    assert report_counts(text, PUB) == counts
