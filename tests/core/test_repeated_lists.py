"""A list of victims named again by the same nouns, with ages added, is the list counted; a
list with a count in it, or one naming others, counts. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_counts

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)
HEAD = "Murder-suicide in Varnholt\n\n"
LEAD = (
    "Police say a farmer fatally shot a clerk and boy at a farmhouse near Varnholt on "
    "Monday, then killed himself. "
)

Figures = list[tuple[str, str, float]]


def killed(text: str) -> Figures:
    return [f for f in report_counts(HEAD + text, PUB) if f[1] == "killed"]


def test_a_list_named_again_with_ages_is_the_list_counted() -> None:
    found = killed(LEAD + "Detectives say the farmer killed a 39-year old clerk and 11-year "
                   "old boy.")
    assert [f[2] for f in found] == [1, 2]


@pytest.mark.parametrize(
    "second",
    [
        "Detectives say the farmer killed a 39-year old nurse and 11-year old girl.",
        "Detectives say the farmer also killed another clerk and boy.",
    ],
)
def test_a_list_of_other_people_counts(second: str) -> None:
    assert [f[2] for f in killed(LEAD + second)] == [1, 2, 2]
