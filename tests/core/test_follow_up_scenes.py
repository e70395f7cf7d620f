"""A protest or a funeral follows only the incident whose scene it names (issue #11,
grouping): a protest in one quarter of a city over three dead in a house fire there is no
follow-up of a shooting that killed three in another quarter of the city the same weekend,
however alike the two leads read. A follow-up that names the incident's quarter, a name of
its report, the site both leads say was struck, or no quarter of its own still follows it.
Reports we wrote; the report grouping is read with the figures' days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import grouped, headlined

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday: Saturday is 31 May, Monday 2 June


SHOOTING = headlined(
    "Three killed in Orangi Town shooting",
    "KARACHI: Three people were killed when gunmen opened fire in Orangi Town on Saturday, "
    "police said.",
)
MARKET_SHOOTING = headlined(
    "Three killed in Korangi market shooting",
    "KARACHI: Three traders were killed when gunmen opened fire at a market in Korangi on "
    "Saturday, police said.",
)
FIRE_PROTEST = headlined(
    "Protest in Lyari over deaths of three",
    "KARACHI: Residents of Lyari staged a protest on Monday over the deaths of three people "
    "in a fire on Saturday, police said.",
)
DROWNING_PROTEST = headlined(
    "Malir residents protest over deaths of three",
    "KARACHI: Residents of Malir staged a protest on Monday over the deaths of three boys in a "
    "flooded drain on Saturday, police said.",
)
SAME_QUARTER_PROTEST = headlined(
    "Protest in Orangi Town over deaths of three",
    "KARACHI: Residents of Orangi Town staged a protest on Monday over the killing of three "
    "people on Saturday, police said.",
)
NO_QUARTER_PROTEST = headlined(
    "Protest over killing of three",
    "KARACHI: Residents staged a protest on Monday over the killing of three people on "
    "Saturday, police said.",
)
MARKET_PROTEST = headlined(
    "Traders protest over market killings",
    "KARACHI: Traders of Saddar shut the market on Monday in protest against the killing of "
    "three traders at a market on Saturday, police said.",
)
FIRE = headlined(
    "House fire kills three in Lyari",
    "KARACHI: A fire swept through a house in Lyari on Saturday, killing three people, rescue "
    "officials said.",
)


@pytest.mark.parametrize(
    ("incident", "protest"),
    [(SHOOTING, FIRE_PROTEST), (SHOOTING, DROWNING_PROTEST)],
)
def test_a_protest_of_another_quarter_follows_no_incident(incident: str, protest: str) -> None:
    assert not grouped(incident, protest, published=PUBLISHED)


@pytest.mark.parametrize(
    ("incident", "protest"),
    [
        (SHOOTING, SAME_QUARTER_PROTEST),
        (SHOOTING, NO_QUARTER_PROTEST),
        (MARKET_SHOOTING, MARKET_PROTEST),
        (FIRE, FIRE_PROTEST),
    ],
)
def test_a_protest_naming_its_scene_still_follows(incident: str, protest: str) -> None:
    assert grouped(incident, protest, published=PUBLISHED)
