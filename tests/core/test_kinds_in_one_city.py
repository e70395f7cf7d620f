"""Two attacks of different kinds in one city on one day (a market bombing and a shooting of
two policemen in Quetta on Monday) are two incidents (issue #11, grouping): the town both
reports name says only where, no more than their kinds' family says what, so it is no name
evidence between leads that share no kind; nor do their figures join on day and town alone.
One attack told as a bombing followed by gunfire in one report and as "the attack" or "the
shooting" in another stays one incident, as does a report telling both kinds beside either.
Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import grouped, shared_events

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday

MARKET_BLAST = (
    "Blast at Quetta market kills nine\n\n"
    "QUETTA: A bomb exploded in a crowded vegetable market in Quetta on Monday, killing nine "
    "people and wounding 21 others, police said.\n"
)
POLICE_SHOT = (
    "Two policemen shot dead in Quetta\n\n"
    "QUETTA: Gunmen on a motorcycle shot dead two policemen at a checkpoint in Quetta on "
    "Monday, officials said.\n"
)
TERMINAL_BLASTS = (
    "Twin blasts rock Peshawar bus terminal\n\n"
    "PESHAWAR: Two explosions ripped through a bus terminal in Peshawar on Monday, killing 12 "
    "people, police said.\n"
)
HOTEL_SHOOTING = (
    "Gunmen kill three guards in Peshawar\n\n"
    "PESHAWAR: Gunmen opened fire on the gate of a hotel in Peshawar on Monday, killing three "
    "guards, police said.\n"
)
BAR_SHOOTING = (
    "Two dead in Memphis bar shooting\n\n"
    "MEMPHIS, Tenn. (AP) — Two men were shot dead outside a bar in Memphis on Monday night, "
    "police said.\n"
)
CAR_BOMB = (
    "Car bomb kills four in Memphis\n\n"
    "MEMPHIS, Tenn. (AP) — A car bomb exploded in a parking lot in Memphis on Monday, killing "
    "four people, police said.\n"
)
BLAST_THEN_GUNFIRE = (
    "Suicide bomber, gunmen attack Kabul ministry\n\n"
    "KABUL: A suicide bomber blew himself up at the gate of a ministry in Kabul on Monday, "
    "followed by gunfire from three attackers, killing 14 people, officials said.\n"
)
TOLL_OF_ATTACK = (
    "Kabul ministry attack toll rises to 16\n\n"
    "KABUL: The death toll from Monday's attack on a ministry in Kabul rose to 16, the "
    "interior ministry said.\n"
)
TOLD_AS_SHOOTING = (
    "Kabul ministry shooting leaves 14 dead\n\n"
    "KABUL: Gunmen who stormed a ministry in Kabul on Monday killed 14 people in a shooting "
    "that lasted two hours, officials said.\n"
)
SHRINE_BLAST = (
    "Bomber kills eight at Lahore shrine\n\n"
    "LAHORE: A suicide bomber struck a crowded shrine in Lahore on Monday, killing eight "
    "worshippers, police said.\n"
)
SHRINE_BOTH = (
    "Eight killed at Lahore shrine\n\n"
    "LAHORE: Eight worshippers were killed at a shrine in Lahore on Monday when a bomber blew "
    "himself up at its gate and a gunman fired on the crowd, police said.\n"
)
SHRINE_EXPLOSION = (
    "Explosion at Lahore shrine kills eight\n\n"
    "LAHORE: An explosion tore through a shrine in Lahore on Monday, killing eight "
    "worshippers, police said.\n"
)

BUS_SHOT = (
    "Gunmen open fire on bus near Gusau, kill driver\n\n"
    "GUSAU, Nigeria: Gunmen opened fire on a passenger bus near Gusau on Monday, killing the "
    "driver and two passengers, police said.\n"
)
BUS_ABDUCTED = (
    "Bandits abduct 18 bus passengers near Gusau\n\n"
    "GUSAU, Nigeria: Bandits abducted 18 passengers from a bus near Gusau on Monday after "
    "killing three people, police said.\n"
)
GUARD_SHOT = (
    "Gunmen kill guard at Kankara school\n\n"
    "KATSINA, Nigeria: Gunmen shot dead a security guard at a boarding school in Kankara on "
    "Friday night, police said.\n"
)
PUPILS_ABDUCTED = (
    "Bandits abduct dozens of pupils in Kankara\n\n"
    "KATSINA, Nigeria (AP) — Bandits abducted dozens of pupils from a boarding school in "
    "Kankara on Friday night, police said.\n"
)

@pytest.mark.parametrize(
    ("first", "second"),
    [
        (MARKET_BLAST, POLICE_SHOT),
        (TERMINAL_BLASTS, HOTEL_SHOOTING),
        (BAR_SHOOTING, CAR_BOMB),
        (POLICE_SHOT, TERMINAL_BLASTS.replace("Peshawar", "Quetta").replace("PESHAWAR", "QUETTA")),
    ],
)
def test_two_kinds_in_one_town_stay_two_incidents(first: str, second: str) -> None:
    assert shared_events(first, second, published=PUBLISHED) == {
        frozenset({1}), frozenset({2})
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (BLAST_THEN_GUNFIRE, TOLL_OF_ATTACK),
        (BLAST_THEN_GUNFIRE, TOLD_AS_SHOOTING),
        (SHRINE_BLAST, SHRINE_BOTH),
        (SHRINE_BOTH, SHRINE_BLAST.replace("A suicide bomber struck", "A gunman fired on")),
        (SHRINE_BLAST, SHRINE_EXPLOSION),
    ],
)
def test_one_attack_told_two_ways_stays_one(first: str, second: str) -> None:
    assert shared_events(first, second, published=PUBLISHED) == {frozenset({1, 2})}



@pytest.mark.parametrize(
    ("first", "second"), [(BUS_SHOT, BUS_ABDUCTED), (GUARD_SHOT, PUPILS_ABDUCTED)]
)
def test_kinds_one_incident_may_hold_both_stay_one(first: str, second: str) -> None:
    """A shooting and an abduction (``co_occurring``) are two outlets' tellings of one raid as
    often as two incidents: the town still ties their reports."""
    assert grouped(first, second, published=PUBLISHED)
