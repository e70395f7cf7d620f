"""Two outlets from one city, each telling its own incident's day: a Monday shooting and a
Wednesday bombing in Lahore shared the city, its name and a lead's wording, and were grouped
as one incident (issue #11, grouping). Leads that tell days apart and kinds apart tell two
incidents; a follow-up that names the first day ("Monday's blast") or the kind, leads a day
apart, the generic "attack" or "operation" (troops' fight, told by another outlet as its
gunbattle), grenades told as gunfire and as a blast, or a lead telling no day keep today's
grouping. The first report
comes out on a Tuesday. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import reported_together as together

MARKET_SHOOTING = ("LAHORE (Wire) - Gunmen opened fire on a crowded market in Lahore on Monday, "
                   "killing five people and wounding 12, police said.\n")
MARKET_BOMBING = ("LAHORE (Wire) - A suicide bomber blew himself up at a crowded market in "
                  "Lahore on Monday, killing 22 people, police said.\n")


@pytest.mark.parametrize(
    ("first", "second", "days_apart"),
    [
        (MARKET_SHOOTING,
         "Lahore: A bomb exploded near a bus station in Lahore on Wednesday, killing nine "
         "people and injuring 20, officials said.\n", 2),
        ("MAIDUGURI, Nigeria - Gunmen shot dead 11 traders at a cattle market in Maiduguri "
         "yesterday, a vigilante leader said.\n",
         "MAIDUGURI, Nigeria - A suicide bomber killed seven worshippers at a mosque in "
         "Maiduguri on Thursday, a vigilante leader said.\n", 3),
        ("DAYTON, Ohio - Two men were shot dead outside a bar in Dayton on Monday night, "
         "police said.\n",
         "DAYTON, Ohio - Three people were killed when a pipe bomb exploded at a parking lot in "
         "Dayton on Friday, police said.\n", 4),
    ],
)
def test_days_apart_and_kinds_apart_are_two_incidents(
    first: str, second: str, days_apart: int
) -> None:
    assert not together(first, second, days_apart)


@pytest.mark.parametrize(
    ("first", "second", "days_apart"),
    [
        # a follow-up naming the first report's day
        (MARKET_BOMBING,
         "Lahore: The toll from Monday's blast at a Lahore market rose to 30 on Wednesday, "
         "hospital officials said.\n", 2),
        # a follow-up of the same kind telling only its own day
        (MARKET_BOMBING,
         "Lahore: The toll from the suicide bombing at a Lahore market rose to 30 on "
         "Wednesday, hospital officials said.\n", 2),
        # days a day apart: the night of one is the small hours of the next
        ("LAHORE (Wire) - Gunmen opened fire on a crowded market in Lahore late on Monday, "
         "killing five people, police said.\n",
         "Lahore: A blast and gunfire at a crowded market in Lahore early on Tuesday killed "
         "five people, police said.\n", 1),
        # the generic "attack" may name the shooting
        (MARKET_SHOOTING,
         "Lahore: Police hunted on Wednesday for the men behind the attack on a crowded "
         "Lahore market that killed five people, officials said.\n", 2),
        # one lead tells no day (the two share the market's name: a town alone ties no two
        # kinds, test_kinds_in_one_city.py)
        (MARKET_SHOOTING.replace("a crowded market", "Anarkali Bazaar"),
         "Lahore: A bomb exploded near Anarkali Bazaar in Lahore, killing five people and "
         "wounding 12, police said.\n", 1),
        # troops' operation told by another outlet, days later, as its gunbattle
        ("SRINAGAR: Three militants were killed in an encounter with security forces in "
         "Kulgam on Monday, police said.\n",
         "SRINAGAR: Two of the militants killed in the Kulgam gunbattle were identified on "
         "Wednesday, police said. Three militants had died in the gunfight.\n", 2),
        ("PESHAWAR: Security forces killed five militants in an intelligence-based operation "
         "in Bajaur district on Monday, the military said.\n",
         "PESHAWAR: Funeral prayers were offered on Wednesday for two soldiers martyred in an "
         "exchange of fire with militants in Bajaur district. Five militants were also "
         "killed.\n", 2),
        # grenades and gunfire in one attack, told by another outlet as a blast
        ("SRINAGAR: Militants hurled grenades and opened fire on an army camp in Sopore on "
         "Monday, killing two soldiers, officials said.\n",
         "SRINAGAR: Police on Wednesday arrested two men over the grenade blast at an army "
         "camp in Sopore that killed two soldiers.\n", 2),
        ("PESHAWAR: Gunmen lobbed a hand grenade and then opened fire on a police post in "
         "Bannu on Monday, killing three policemen, police said.\n",
         "BANNU: Three policemen died in a grenade explosion at a Bannu police post, officials "
         "said on Wednesday, as a search for the attackers went on.\n", 2),
        # the same kind and day, two outlets
        (MARKET_BOMBING,
         "A suicide bombing at a busy market in Lahore killed 22 people on Monday, Pakistani "
         "officials said.\n", 0),
    ],
)
def test_follow_ups_and_leads_not_told_apart_keep_their_grouping(
    first: str, second: str, days_apart: int
) -> None:
    assert together(first, second, days_apart)
