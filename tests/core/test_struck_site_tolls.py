"""Two reports of a strike on one kind of site in one town on one day ("a bomb at a market")
are one incident however differently they tell it, unless they give contrary evidence: death
tolls far apart (seven dead / 23 dead), neither told as risen, and no name beyond the town in
common; then neither the report grouping nor the figures join them (issue #11, grouping).
Reports, people and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import headlined, report_groups, shared_events

PUBLISHED = dt.date(2031, 10, 15)  # a Wednesday

SEVEN = headlined(
    "Market bomb kills seven in Kirkuk",
    "KIRKUK, Iraq - A bomb at a market in Kirkuk killed seven people on Tuesday, police "
    "said.",
)
SEVEN_BY_CAR = headlined(
    "Car bomb hits Kirkuk market",
    "KIRKUK, Iraq - A car bomb tore through a crowded market in Kirkuk on Tuesday, killing "
    "seven people and wounding 30, officials said.",
)
NINE_BY_CAR = headlined(
    "Car bomb hits Kirkuk market",
    "KIRKUK, Iraq - A car bomb tore through a crowded market in Kirkuk on Tuesday, killing "
    "nine people and wounding 30, officials said.",
)
TWENTY_THREE = headlined(
    "Car bomb kills 23 at Kirkuk market",
    "KIRKUK, Iraq - A car bomb tore through a crowded market in Kirkuk on Tuesday, killing "
    "23 people and wounding 60, officials said.",
)
TWO_IN_A_QUARTER = headlined(
    "Bomb near Kirkuk market kills two",
    "KIRKUK, Iraq - A roadside bomb went off near a market in the Qadisiya district of Kirkuk "
    "on Tuesday, killing two people, police said.",
)
MOSQUE_FOUR = headlined(
    "Bomb at Kirkuk mosque kills four",
    "KIRKUK, Iraq - A bomb exploded at a mosque in Kirkuk on Tuesday, killing four "
    "worshippers, police said.",
)
MOSQUE_NINETEEN = headlined(
    "Suicide bomber kills 19 at Kirkuk mosque",
    "KIRKUK, Iraq - A suicide bomber blew himself up inside a mosque in Kirkuk on Tuesday, "
    "killing 19 worshippers, officials said.",
)
RISEN = headlined(
    "Kirkuk market toll rises to 23",
    "KIRKUK, Iraq - The death toll from Tuesday's car bombing at a market in Kirkuk rose to "
    "23 on Wednesday, officials said.",
)
NO_TOLL = headlined(
    "Bomb hits Kirkuk market",
    "KIRKUK, Iraq - A bomb exploded at a market in Kirkuk on Tuesday, police said.",
)
NAMED_SEVEN = headlined(
    "Bomb kills seven at Kirkuk's Sarai market",
    "KIRKUK, Iraq - A bomb at the Sarai market in Kirkuk killed seven people on Tuesday, "
    "police said.",
)
NAMED_TWENTY_THREE = headlined(
    "Car bomb kills 23 at Sarai market",
    "KIRKUK, Iraq - A car bomb tore through the Sarai market in Kirkuk on Tuesday, killing "
    "23 people, officials said.",
)

APART = {frozenset({1}), frozenset({2})}
ONE = {frozenset({1, 2})}


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((SEVEN, TWENTY_THREE), APART),
        ((SEVEN, TWO_IN_A_QUARTER), APART),
        ((MOSQUE_FOUR, MOSQUE_NINETEEN), APART),
    ],
)
def test_strikes_on_a_site_of_one_kind_with_tolls_far_apart_are_two(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups
    assert shared_events(*texts, published=PUBLISHED) == groups


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        # one toll, or a close one (seven / nine): one market bombing told two ways
        ((SEVEN, SEVEN_BY_CAR), ONE),
        ((SEVEN, NINE_BY_CAR), ONE),
        # a toll told as risen is the first report's incident's
        ((SEVEN, RISEN), ONE),
        # the market's own name in both: one market, its toll told two ways
        ((NAMED_SEVEN, NAMED_TWENTY_THREE), ONE),
    ],
)
def test_a_site_of_one_kind_without_contrary_evidence_keeps_its_reading(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups
    assert shared_events(*texts, published=PUBLISHED) == groups


def test_a_report_of_no_toll_joins_the_strike_on_its_site() -> None:
    # no toll to set against the other (and no figure of its own to join an event)
    assert report_groups(SEVEN, NO_TOLL, published=PUBLISHED) == ONE
