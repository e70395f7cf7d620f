"""Two reports of a strike on one kind of site in one town on one day ("a bomb at a market")
are one incident however differently they tell it, unless they give contrary evidence: death
tolls far apart (seven dead / 23 dead), neither told as risen, no name beyond the town in
common, and each placing its site by a name the other lacks (a market in one quarter, a market
in another); then neither the report grouping nor the figures join them (issue #11, grouping).
Tolls far apart alone are one strike's early and later counts, or two outlets' (review).
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

ZANJILI_TWO = headlined(
    "Market bomb kills two in Mosul",
    "MOSUL, Iraq - A bomb went off at a market in the Zanjili district of Mosul on Tuesday, "
    "killing two people, police said.",
)
BAB_AL_TOB_NINE = headlined(
    "Market blast kills nine in Mosul",
    "MOSUL, Iraq - A car bomb exploded at a market in the Bab al-Tob district of Mosul on "
    "Tuesday, killing nine people, police said.",
)
ORANGI_MOSQUE = headlined(
    "Mosque blast kills four in Karachi",
    "KARACHI: A bomb exploded at a mosque in the Orangi area of Karachi on Tuesday, killing "
    "four worshippers, police said.",
)
KORANGI_MOSQUE = headlined(
    "Mosque blast kills 17 in Karachi",
    "KARACHI: A suicide bomber blew himself up at a mosque in the Korangi area of Karachi on "
    "Tuesday, killing 17 worshippers, police said.",
)
# one checkpoint bombing, two counts; "hospital officials" name no site struck
CHECKPOINT_SEVEN = headlined(
    "Bomb at Kirkuk checkpoint kills seven",
    "KIRKUK, Iraq - A suicide bomber blew himself up at a police checkpoint in Kirkuk on "
    "Tuesday, killing seven people, hospital officials said.",
)
CHECKPOINT_TWENTY_THREE = headlined(
    "Kirkuk checkpoint bombing kills 23",
    "KIRKUK, Iraq - A suicide bombing at a police checkpoint in Kirkuk on Tuesday killed 23 "
    "people, hospital officials said.",
)
CHURCH_SEVEN = headlined(
    "Church bombing kills seven in Jos",
    "JOS, Nigeria - A suicide car bomber rammed into a church in Jos on Tuesday, killing seven "
    "worshippers, a church official said.",
)
CHURCH_TWENTY_ONE = headlined(
    "Jos church attack kills 21",
    "JOS, Nigeria - A car bomb exploded at a church in Jos during a Tuesday service, killing 21 "
    "people, the state emergency agency said.",
)

APART = {frozenset({1}), frozenset({2})}
ONE = {frozenset({1, 2})}


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((ZANJILI_TWO, BAB_AL_TOB_NINE), APART),
        ((ORANGI_MOSQUE, KORANGI_MOSQUE), APART),
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
        # tolls far apart, the site placed by neither lead or by one: one strike's early and
        # later counts, or two outlets' (review)
        ((SEVEN, TWENTY_THREE), ONE),
        ((MOSQUE_FOUR, MOSQUE_NINETEEN), ONE),
        ((SEVEN, TWO_IN_A_QUARTER), ONE),
        ((CHECKPOINT_SEVEN, CHECKPOINT_TWENTY_THREE), ONE),
        ((CHURCH_SEVEN, CHURCH_TWENTY_ONE), ONE),
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
