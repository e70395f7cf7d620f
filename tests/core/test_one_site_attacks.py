"""A complex attack told by its two halves: one outlet tells the bomb at a hotel's gate, another
the gunmen who then fired on its guests (issue #11, grouping). Their kinds differ, so the town
alone ties nothing (``kinds_apart``), but the same site struck, one day and one death toll
make them one incident. A bombing and a shooting at different sites of one city, at one site
with different tolls, or at one site on days apart stay two. Reports we wrote; the report
grouping is read with the figures' days."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import grouped, headlined

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday


HOTEL_BLAST = headlined(
    "Bomb blast at Mogadishu hotel kills 15",
    "MOGADISHU: A bomb exploded at the gate of a hotel in Mogadishu on Monday, killing 15 "
    "people, police said.",
)
HOTEL_GUNMEN = headlined(
    "Gunmen kill 15 at Mogadishu hotel",
    "MOGADISHU: Gunmen opened fire on guests at a hotel in Mogadishu on Monday, killing 15 "
    "people, police said.",
)
GUESTHOUSE_BOMBER = headlined(
    "Suicide bomber strikes Kabul guesthouse",
    "KABUL: A suicide bomber blew himself up outside a guesthouse in Kabul on Monday, killing "
    "seven people, officials said.",
)
GUESTHOUSE_GUNMEN = headlined(
    "Seven shot dead at Kabul guesthouse",
    "KABUL: Gunmen stormed a guesthouse in Kabul on Monday and shot dead seven people, "
    "officials said.",
)
MOSQUE_BLAST = headlined(
    "Explosion hits Kano mosque",
    "KANO, Nigeria: An explosion tore through the gate of a mosque in Kano on Monday, killing "
    "22 worshippers, police said.",
)
MOSQUE_GUNFIRE = headlined(
    "Gunmen fire on Kano worshippers",
    "KANO, Nigeria: Gunmen fired on worshippers fleeing a mosque in Kano on Monday, killing 22 "
    "people, police said.",
)

MARKET_BLAST = headlined(
    "Blast at Quetta market kills nine",
    "QUETTA: A bomb exploded in a crowded vegetable market in Quetta on Monday, killing nine "
    "people, police said.",
)
POLICE_SHOT = headlined(
    "Two policemen shot dead in Quetta",
    "QUETTA: Gunmen on a motorcycle shot dead two policemen at a checkpoint in Quetta on "
    "Monday, officials said.",
)
TRADERS_SHOT = headlined(
    "Two traders shot dead at Quetta market",
    "QUETTA: Gunmen shot dead two traders at a market in Quetta on Monday, police said.",
)
HOTEL_GUNMEN_SATURDAY = HOTEL_GUNMEN.replace("on Monday", "on Saturday")
CAFE_GUNMEN = HOTEL_GUNMEN.replace("hotel", "cafe").replace("guests at a", "diners at a")
MOSQUE_ROAD_SHOOTING = headlined(
    "Gunmen kill 22 on Kano road",
    "KANO, Nigeria: Gunmen fired on travellers on a road in Kano on Monday, killing 22 "
    "people, police said.",
)


@pytest.mark.parametrize(
    ("blast", "gunfire"),
    [
        (HOTEL_BLAST, HOTEL_GUNMEN),
        (GUESTHOUSE_BOMBER, GUESTHOUSE_GUNMEN),
        (MOSQUE_BLAST, MOSQUE_GUNFIRE),
    ],
)
def test_two_halves_of_one_attack_on_one_site_are_one(blast: str, gunfire: str) -> None:
    assert grouped(blast, gunfire, published=PUBLISHED)


@pytest.mark.parametrize(
    ("blast", "gunfire"),
    [
        (MARKET_BLAST, POLICE_SHOT),
        (MARKET_BLAST, TRADERS_SHOT),
        (HOTEL_BLAST, HOTEL_GUNMEN_SATURDAY),
        (HOTEL_BLAST, CAFE_GUNMEN),
        (MOSQUE_BLAST, MOSQUE_ROAD_SHOOTING),
    ],
)
def test_other_sites_tolls_or_days_stay_apart(blast: str, gunfire: str) -> None:
    assert not grouped(blast, gunfire, published=PUBLISHED)


# One city has many hotels, markets, mosques and schools: a bombing at one and a shooting at
# another on the same day, with one small toll, are two incidents when a lead names its site
# (its name, or the quarter beside it) and the other lead does not.
NAMED_HOTEL_BLAST = headlined(
    "Car bomb outside Mogadishu hotel",
    "MOGADISHU: A car bomb went off outside the Ambassador hotel in Mogadishu on Thursday, "
    "killing four people, police said.",
)
OTHER_HOTEL_GUNMEN = headlined(
    "Guards shot dead at Mogadishu hotel",
    "MOGADISHU: Gunmen shot dead four guards at the Peace hotel near the seaport in "
    "Mogadishu on Thursday, witnesses said.",
)
NAMED_BAZAAR_BLAST = headlined(
    "Blast in Rawalpindi bazaar",
    "RAWALPINDI: A bomb ripped through Raja Bazaar in Rawalpindi on Sunday, killing two "
    "shoppers, police said.",
)
OTHER_BAZAAR_SHOOTING = headlined(
    "Two shopkeepers shot in Rawalpindi",
    "RAWALPINDI: Two shopkeepers were shot dead at Moti Bazaar in Rawalpindi on Sunday, "
    "police said.",
)
QUARTER_MOSQUE_SHOOTING = headlined(
    "Prayer leader shot dead in Quetta",
    "QUETTA: Gunmen shot dead the prayer leader of a mosque in Satellite Town on Friday, "
    "police said.",
)
OTHER_QUARTER_MOSQUE_BLAST = headlined(
    "Blast outside Quetta mosque",
    "QUETTA: A man was killed when a bomb went off outside a mosque in Quetta's Pashtunabad "
    "area on Friday, police said.",
)


@pytest.mark.parametrize(
    ("blast", "gunfire"),
    [
        (NAMED_HOTEL_BLAST, OTHER_HOTEL_GUNMEN),
        (NAMED_BAZAAR_BLAST, OTHER_BAZAAR_SHOOTING),
        (OTHER_QUARTER_MOSQUE_BLAST, QUARTER_MOSQUE_SHOOTING),
    ],
)
def test_two_named_sites_of_one_kind_stay_apart(blast: str, gunfire: str) -> None:
    assert not grouped(blast, gunfire, published=PUBLISHED)


def test_one_named_site_told_by_both_halves_is_one() -> None:
    gunmen = headlined(
        "Gunmen storm Mogadishu hotel",
        "MOGADISHU: Gunmen stormed the Ambassador hotel in Mogadishu on Thursday after the "
        "blast, killing four people, police said.",
    )
    assert grouped(NAMED_HOTEL_BLAST, gunmen, published=PUBLISHED)
