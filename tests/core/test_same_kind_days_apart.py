"""Two incidents of one kind in one city on days apart, each report telling its own day (a
Saturday shooting and a Monday shooting in Multan), are two incidents: the days the extraction
reads for each report's killed and injured figures (group/harm_days.py) tell them apart
when the reports share no name beyond where and what. A follow-up that tells only its own
day (a toll that rose on Monday, a wounded man who died on Monday, more bodies found, an
arrest, a funeral, the dead counted at their funeral) dates no harm of its own and stays with
its incident; reports sharing a venue or a victim stay one incident whose day one got wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import shared_events

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday: Saturday is 31 May, Monday 2 June

SATURDAY_SHOOTING = (
    "Gunmen kill four at Multan fruit market\n\n"
    "MULTAN: Gunmen opened fire at a fruit market in Multan on Saturday, killing four people "
    "and wounding six others, police said.\n"
)
MONDAY_SHOOTING = (
    "Three shot dead near Multan bus stand\n\n"
    "MULTAN: Three people were shot dead and two wounded when gunmen opened fire near a bus "
    "stand in Multan on Monday, police said.\n"
)
FRIDAY_BLAST = (
    "Bomb kills five in Quetta\n\n"
    "QUETTA: A bomb planted on a motorcycle exploded near a mosque in Quetta on Friday, "
    "killing five people and injuring 12, officials said.\n"
)
SUNDAY_BLAST = (
    "Blast near Quetta school kills two\n\n"
    "QUETTA: Two people were killed and nine were injured when a bomb went off outside a "
    "school in Quetta on Sunday, police said.\n"
)
NAMED_TOLL = (
    "Toll in Multan market shooting rises to six\n\n"
    "MULTAN: The death toll from Saturday's shooting at a fruit market in Multan rose to six "
    "on Monday after two of the wounded died in hospital, police said.\n"
)
MONDAY_TOLL = (
    "Multan shooting toll rises\n\n"
    "MULTAN: The death toll in the fruit market shooting in Multan rose to six on Monday, "
    "police said.\n"
)
SAID_TOLL = (
    "Multan market toll climbs\n\n"
    "MULTAN: On Monday police said the toll in the fruit market shooting had risen to six.\n"
)
ARREST = (
    "Two held over Multan market shooting\n\n"
    "MULTAN: Police on Monday arrested two men in connection with the shooting at a fruit "
    "market in Multan.\n"
)
FUNERAL = (
    "Funeral held for Multan market victims\n\n"
    "MULTAN: Mourners attended the funeral on Monday of the four people killed when "
    "gunmen opened fire at a fruit market in Multan.\n"
)
BURIED = (
    "Multan market victims buried\n\n"
    "MULTAN: Hundreds of mourners on Monday attended the funeral of four people killed in "
    "Saturday's shooting at a fruit market in Multan, relatives said.\n"
)
DIED_LATER = (
    "Fifth victim of Multan market shooting dies\n\n"
    "MULTAN: A fifth victim of the fruit market shooting in Multan died in hospital on "
    "Monday, police said.\n"
)
TOLL_RISING = (
    "Multan market toll climbs\n\n"
    "MULTAN: Two more people wounded at the fruit market in Multan succumbed on Monday, "
    "with the death toll rising to six, police said.\n"
)
INJURED_DIED = (
    "Two more die of Multan market wounds\n\n"
    "MULTAN: Two of the injured died on Monday, police said, as traders in Multan shut the "
    "fruit market in mourning.\n"
)
SEVENTH_VICTIM = (
    "Multan market toll reaches seven\n\n"
    "MULTAN: A seventh shopper hurt when gunmen opened fire at the fruit market in Multan "
    "died on Monday, police said.\n"
)
FUNERAL_STRUCK = (
    "Gunmen kill four at Multan funeral\n\n"
    "MULTAN: Gunmen opened fire at a funeral in Multan on Saturday, killing four mourners, "
    "police said.\n"
)
LATE_SATURDAY = (
    "Four killed in Multan market attack\n\n"
    "MULTAN: Four people were killed and six were hurt when gunmen opened fire at a fruit "
    "market in Multan late on Saturday, officials said.\n"
)
VENUE_MONDAY = (
    "Four killed at Multan's Hussain Agahi bazaar\n\n"
    "MULTAN: Gunmen killed four people at the Hussain Agahi bazaar in Multan on Monday, "
    "police said, naming one of them as shopkeeper Bashir Ahmed.\n"
)
VENUE_SATURDAY = (
    "Gunmen kill four at Hussain Agahi bazaar\n\n"
    "MULTAN: Four people, among them shopkeeper Bashir Ahmed, were shot dead at the Hussain "
    "Agahi bazaar in Multan on Saturday, police said.\n"
)


def together(*texts: str) -> set[frozenset[int]]:
    return shared_events(*texts, published=PUBLISHED)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((SATURDAY_SHOOTING, MONDAY_SHOOTING), {frozenset({1}), frozenset({2})}),
        ((FRIDAY_BLAST, SUNDAY_BLAST), {frozenset({1}), frozenset({2})}),
        # a follow-up naming the incident's day joins it, not the later shooting
        ((SATURDAY_SHOOTING, NAMED_TOLL, MONDAY_SHOOTING),
         {frozenset({1, 2}), frozenset({3})}),
        # a funeral the gunmen struck is the harm's scene: its day is the harm's
        ((FUNERAL_STRUCK, MONDAY_SHOOTING), {frozenset({1}), frozenset({2})}),
    ],
)
def test_same_kind_on_days_apart_are_two_incidents(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert together(*texts) == groups


@pytest.mark.parametrize(
    "follow_up",
    [NAMED_TOLL, MONDAY_TOLL, SAID_TOLL, ARREST, FUNERAL, LATE_SATURDAY,
     # the dead counted at their funeral, a death days later, a toll told as rising
     BURIED, DIED_LATER, TOLL_RISING, INJURED_DIED, SEVENTH_VICTIM],
)
def test_a_follow_up_telling_its_own_day_stays_with_its_incident(follow_up: str) -> None:
    assert together(SATURDAY_SHOOTING, follow_up) == {frozenset({1, 2})}


def test_reports_sharing_a_venue_and_a_victim_stay_one_incident() -> None:
    assert together(VENUE_SATURDAY, VENUE_MONDAY) == {frozenset({1, 2})}


def test_follow_ups_without_a_later_shooting_join_their_incident() -> None:
    assert together(SATURDAY_SHOOTING, MONDAY_TOLL, ARREST, FUNERAL) == {
        frozenset({1, 2, 3, 4})
    }
