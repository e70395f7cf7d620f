"""A wire story "near" a town is about one of its villages or suburbs; a town of its own a few
kilometres away, a third of its size, is not what "near" means: a shooting datelined Tulkarm
and another "near Nablus" the same day were grouped as one incident, the second read as a
suburb story of the first (issue #11, grouping). A suburb is small beside its metropolis:
the suburbs of Dallas, Srinagar, Gujranwala, Abuja and Kolkata still group with the wire
story beside them, as do a town of one built-up area with its neighbour (Holon, Giza) and a
town bigger than the better-known one it is told near (Rawalpindi, Gurugram). Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import reported_together as together


def _checkpoint(dateline: str, where: str = "") -> str:
    return (f"{dateline} - A young man was shot dead by troops at a checkpoint {where}"
            f"on Tuesday, local medics said.\n")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_checkpoint("TULKARM"), _checkpoint("NABLUS (Wire)", "near Nablus ")),
        ("ST. PAUL, Minn. - Two men were shot outside a bar on Saturday night, police said.\n",
         "MINNEAPOLIS (AP) - Two men were shot outside a bar near Minneapolis on Saturday "
         "night, police said.\n"),
    ],
)
def test_a_town_of_its_own_beside_a_story_near_its_peer_stays_apart(
    first: str, second: str
) -> None:
    assert not together(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("GARLAND, Texas - Two men were shot outside a bar on Saturday night, police said.\n",
         "DALLAS (AP) - Two men were shot outside a bar near Dallas on Saturday night, police "
         "said.\n"),
        ("GANDERBAL - A young man was shot dead by militants on Tuesday, local medics said.\n",
         "SRINAGAR (Wire) - A man was shot dead by militants near Srinagar on Tuesday, medics "
         "said.\n"),
        ("KAMOKE - Two brothers were shot dead over a land dispute on Tuesday, police said.\n",
         "GUJRANWALA (Wire) - Two brothers were shot dead over a land dispute near Gujranwala "
         "on Tuesday, police said.\n"),
        ("SULEJA, Niger State - Gunmen abducted six travellers on the highway on Tuesday "
         "night, police said.\n",
         "ABUJA (Wire) - Gunmen abducted six travellers on a highway near Abuja on Tuesday "
         "night, police said.\n"),
        ("HOWRAH: Three workers died when a wall collapsed at a factory on Tuesday, police "
         "said.\n",
         "KOLKATA: Three workers died when a wall collapsed at a factory near Kolkata on "
         "Tuesday, police said.\n"),
        # one built-up area with the town it is told near, whatever the sizes
        ("HOLON, Israel - Two people were wounded in a stabbing at a bus stop on Tuesday, "
         "police said.\n",
         "TEL AVIV (Wire) - Two people were wounded in a stabbing at a bus stop near Tel Aviv "
         "on Tuesday, police said.\n"),
        ("GIZA - Three people died when an old apartment block collapsed on Tuesday, officials "
         "said.\n",
         "CAIRO (Wire) - Three people died when an old apartment block collapsed near Cairo on "
         "Tuesday, officials said.\n"),
        # a town bigger than the better-known town it is told near
        ("RAWALPINDI: Three people were killed when a gas cylinder exploded in a house on "
         "Tuesday, rescue officials said.\n",
         "ISLAMABAD (Wire) - Three people were killed when a gas cylinder exploded in a house "
         "near Islamabad on Tuesday, rescue officials said.\n"),
        ("GURUGRAM: Four labourers died when a wall caved in at a building site on Tuesday, "
         "police said.\n",
         "NEW DELHI (Wire) - Four labourers died when a wall caved in at a building site near "
         "New Delhi on Tuesday, police said.\n"),
    ],
)
def test_a_suburb_beside_a_story_near_its_metropolis_still_groups(
    first: str, second: str
) -> None:
    assert together(first, second)
