"""One who shot themselves, told again by the reflexive alone after the report counted the
death it told was self-inflicted, is one death; a gunman who shot himself after killing
others is one more. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_counts

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)
HEAD = "Mother charged in Varnholt shooting\n\n"

Figures = list[tuple[str, str, float]]


def casualties(text: str) -> Figures:
    return report_counts(HEAD + text, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "A toddler, 3, died at an apartment in Varnholt last month from a self-inflicted "
        "shot, and his mother, Lena Ost, 25, was charged with neglect on Monday. Deputies "
        "believe the toddler reached a pistol on a kitchen shelf and fatally shot himself.",
        "A 4-year-old girl died in Varnholt on Monday from a self-inflicted wound to the chest. "
        "Deputies said she found her grandfather's rifle under a bed and fatally shot herself.",
    ],
)
def test_one_who_shot_themselves_told_again_is_one_death(text: str) -> None:
    assert [f[1:] for f in casualties(text) if f[1] == "killed"] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # the deaths before were not self-inflicted: the gunman is one more
        "A man shot and killed his wife at their home in Varnholt on Monday. Police said the "
        "man then fatally shot himself.",
        # someone more, said so
        "A 15-year-old boy died in Varnholt on Monday from a self-inflicted wound. A "
        "second boy also fatally shot himself in Korsby on Tuesday.",
    ],
)
def test_a_death_by_ones_own_hand_after_other_deaths_counts(text: str) -> None:
    assert len([f for f in casualties(text) if f[1] == "killed"]) == 2
