"""A protest over an incident's dead, held on a later day (traders shut their shops on Monday
against Saturday's killing of six at the market), follows that incident up (issue #11,
grouping): its report covers the incident, as an arrest report does, though a protest is a
kind of another family. It must name the incident: a day after the incident's, and as many dead
or hurt as the incident's report counts. A protest on the day of its own harm (police baton-charged
the rally, injuring nine), a protest over something else with its own hurt, or one over fewer
dead stays its own. Reports we wrote; the report grouping is read with the figures' days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import grouped

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday: Saturday is 31 May, Monday 2 June

MARKET_SHOOTING = (
    "Gunmen kill six at Multan fruit market\n\n"
    "MULTAN: Gunmen opened fire at a fruit market in Multan on Saturday, killing six people "
    "and wounding nine others, police said.\n"
)
TRADERS_PROTEST = (
    "Traders protest over Multan market killings\n\n"
    "MULTAN: Traders shut their shops and staged a protest on Monday against the killing of "
    "six people at the fruit market in Multan on Saturday.\n"
)
VILLAGERS_PROTEST = (
    "Villagers block highway over Multan killings\n\n"
    "MULTAN: Relatives of the six people killed at the fruit market in Multan on Saturday "
    "blocked the highway in protest on Monday, demanding arrests.\n"
)
LAWYERS_PROTEST = (
    "Lawyers protest in Multan over fees\n\n"
    "MULTAN: Lawyers staged a protest outside the district courts in Multan on Monday against "
    "a rise in fees, and two were injured when police charged them.\n"
)
RALLY_CHARGED = (
    "Police charge Multan rally\n\n"
    "MULTAN: Police baton-charged a rally of farmers in Multan on Saturday, injuring nine "
    "protesters, witnesses said.\n"
)
ONE_DEATH_PROTEST = (
    "Protest over killing of Multan shopkeeper\n\n"
    "MULTAN: Residents blocked a road in Multan on Monday to protest against the killing of a "
    "shopkeeper by robbers on Saturday.\n"
)
OKARA_PROTEST = (
    "Multan lawyers protest Okara killings\n\n"
    "MULTAN: Lawyers boycotted courts in Multan on Monday in protest against the killing of "
    "seven people in Okara on Sunday.\n"
)
WATER_PROTEST = (
    "Water protest in Multan\n\n"
    "MULTAN: Residents of two neighbourhoods protested in Multan on Monday against water "
    "shortages, saying supplies had been cut since Saturday.\n"
)



@pytest.mark.parametrize("protest", [TRADERS_PROTEST, VILLAGERS_PROTEST])
def test_a_later_protest_over_its_dead_follows_the_incident(protest: str) -> None:
    assert grouped(MARKET_SHOOTING, protest, published=PUBLISHED)


@pytest.mark.parametrize(
    "other",
    [LAWYERS_PROTEST, RALLY_CHARGED, ONE_DEATH_PROTEST, WATER_PROTEST, OKARA_PROTEST],
)
def test_a_protest_naming_no_dead_of_the_incident_stays_apart(other: str) -> None:
    assert not grouped(MARKET_SHOOTING, other, published=PUBLISHED)
