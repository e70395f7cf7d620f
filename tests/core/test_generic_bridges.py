"""A report telling "the attack", "the incident" or "the violence" in a city on a day when the
city saw two incidents of different kinds (a market bombing and a shooting of two policemen)
joins the one it shares more with (issue #11, grouping): the site struck, the toll, a name
beyond the city; sharing only the city and the day, it joins neither, and never bridges the
two into one. Reports we wrote; the report grouping is read with the figures' days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import headlined, report_groups

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday


BLAST = headlined(
    "Blast at Sibi market kills nine",
    "SIBI: A bomb exploded in a crowded fruit market in Sibi on Monday, killing nine people, "
    "police said.",
)
SHOOTING = headlined(
    "Two policemen shot dead in Sibi",
    "SIBI: Gunmen on a motorcycle shot dead two policemen at a checkpoint in Sibi on Monday, "
    "officials said.",
)
CONDEMNED = headlined(
    "Sibi attack condemned",
    "SIBI: The chief minister condemned the attack in Sibi on Monday and ordered an inquiry, "
    "officials said.",
)
MARKET_ATTACK = headlined(
    "Nine dead in Sibi market attack",
    "SIBI: Nine people were killed in an attack on a fruit market in Sibi on Monday, police "
    "said.",
)
VIOLENCE = headlined(
    "Violence in Sibi",
    "SIBI: Two people were killed in the violence in Sibi on Monday, officials said.",
)
INCIDENT_TOLL = headlined(
    "Two killed in Sibi incident",
    "SIBI: Two people were killed in an incident in Sibi on Monday, officials said.",
)
BLAST_ATTACK = headlined(
    "Attack on Sibi market",
    "SIBI: Nine people were killed when a bomb hit a fruit market in Sibi on Monday in an "
    "attack police blamed on militants.",
)
SHOOTING_TOLD_AS_ATTACK = headlined(
    "Two policemen killed in Sibi attack",
    "SIBI: Gunmen killed two policemen in an attack at a checkpoint in Sibi on Monday, "
    "officials said.",
)
GUNFIGHT = headlined(
    "Two militants killed in Kulgam",
    "SRINAGAR: Two militants were killed in a gunfight with security forces in Kulgam on "
    "Monday, police said.",
)
GUNBATTLE = headlined(
    "Troops kill three rebels in Kulgam",
    "SRINAGAR: Troops killed three suspected rebels in a gunbattle in Kulgam on Monday, an "
    "army spokesman said.",
)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((BLAST, SHOOTING, CONDEMNED), {frozenset({1}), frozenset({2}), frozenset({3})}),
        ((BLAST, SHOOTING, MARKET_ATTACK), {frozenset({1, 3}), frozenset({2})}),
        ((BLAST, SHOOTING, VIOLENCE), {frozenset({1}), frozenset({2, 3})}),
    ],
)
def test_a_generic_report_joins_the_incident_it_shares_more_with(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((BLAST, MARKET_ATTACK), {frozenset({1, 2})}),
        ((SHOOTING, INCIDENT_TOLL), {frozenset({1, 2})}),
        ((BLAST, BLAST_ATTACK), {frozenset({1, 2})}),
        ((SHOOTING, SHOOTING_TOLD_AS_ATTACK), {frozenset({1, 2})}),
        ((BLAST, SHOOTING), {frozenset({1}), frozenset({2})}),
        # an operation its outlets tell with their own tolls: no generic bridge, one fight
        ((GUNFIGHT, GUNBATTLE), {frozenset({1, 2})}),
    ],
)
def test_a_generic_report_sharing_more_than_the_city_keeps_its_reading(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups


# Outlets count one incident's dead their own way, and a toll rises: a generic lead's toll
# close to the other's (at least seven tenths of it) ties it as one toll does.
FIVE_SHOT = headlined(
    "Five shot dead in Lakki Marwat",
    "PESHAWAR: Unknown gunmen shot dead five people in Lakki Marwat on Thursday, police said.",
)
SIX_IN_ATTACK = headlined(
    "Six killed in Lakki Marwat attack",
    "PESHAWAR: Six people were killed in an attack in Lakki Marwat on Thursday, a police "
    "official said.",
)
NINE_IN_CLASHES = headlined(
    "Clashes kill nine in Warri",
    "WARRI: Nine people were killed in clashes between rival youth groups in Warri on "
    "Saturday, police said.",
)
TWELVE_IN_VIOLENCE = headlined(
    "Warri violence toll rises to 12",
    "WARRI, Nigeria: At least 12 people died in the violence in Warri on Saturday, residents "
    "said.",
)


@pytest.mark.parametrize(
    ("specific", "generic"), [(FIVE_SHOT, SIX_IN_ATTACK), (NINE_IN_CLASHES, TWELVE_IN_VIOLENCE)]
)
def test_a_generic_report_with_a_close_toll_joins(specific: str, generic: str) -> None:
    assert report_groups(specific, generic, published=PUBLISHED) == {frozenset({1, 2})}


def test_a_generic_toll_a_third_apart_bridges_nothing() -> None:
    three = headlined(
        "Three killed in Sibi incident",
        "SIBI: Three people were killed in an incident in Sibi on Monday, officials said.",
    )
    groups = report_groups(BLAST, SHOOTING, three, published=PUBLISHED)
    assert groups == {frozenset({1}), frozenset({2}), frozenset({3})}
