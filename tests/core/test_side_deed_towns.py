"""A town a report names once for a deed done beside its incident (the dead buried or
mourned there, a funeral, a vigil or a protest held there, a suspect put before a court
there), as where the victims were heading, where one of them was posted or the
troops' unit is based, a nearby town sealed off, where a spokesman sits,
or as the scene of an incident weeks before, is not the scene the figures told after it
inherit: the report's scene goes on. A second
incident told with its own place and day still carries (issue #11, place). Reports written
for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


def _place_of(text: str, figure: str) -> str | None:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    found = [c.location for c in claims if c.number_text == figure]
    assert found, [(c.number_text, c.location) for c in claims]
    return found[-1]  # the last: a figure told again after the side town


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the dead buried in their home town
        (
            "Four soldiers killed in Bannu attack\n\n"
            "Militants attacked a security post in Bannu on Monday, killing four soldiers, "
            "the army said.\n\n"
            "The soldiers were buried in their home town of Mardan on Tuesday.\n\n"
            "Three militants were also killed in the exchange of fire, the army said.\n",
            "Three",
            "Bannu",
        ),
        # a funeral held in another town, with a crowd counted there
        (
            "Nine killed in Mastung mosque blast\n\n"
            "A suicide bomber struck a mosque in Mastung on Monday, killing nine worshippers, "
            "officials said.\n\n"
            "The funeral of the victims was held in Quetta on Tuesday, where hundreds of "
            "mourners gathered.\n\n"
            "At least 25 people were injured in the blast, officials said.\n",
            "At least 25",
            "Mastung",
        ),
        # a protest against the killings in a nearby town
        (
            "Three killed in Sopore firing\n\n"
            "Three civilians were killed when troops opened fire on a crowd in Sopore on "
            "Monday, officials said.\n\n"
            "Hundreds of people protested in Baramulla on Tuesday against the killings.\n\n"
            "Another eight people were injured in the firing, officials said.\n",
            "eight",
            "Sopore",
        ),
        # a suspect produced before a court in another town
        (
            "Gunmen kill six in Argungu raid\n\n"
            "Gunmen raided a village in Argungu on Monday, killing six people, police said.\n\n"
            "Two suspects were later produced before a court in Birnin Kebbi.\n\n"
            "Fourteen people were abducted during the raid, police said.\n",
            "Fourteen",
            "Argungu",
        ),
        # a vigil where the family had lived
        (
            "Five dead in Kettering house fire\n\n"
            "Five people died when fire swept through a house in Kettering early Monday, "
            "firefighters said.\n\n"
            "A vigil was held on Monday evening in Dayton, where the family had lived.\n\n"
            "Two firefighters were injured fighting the blaze, officials said.\n",
            "Two",
            "Kettering",
        ),
        # where the convoy was heading when the blast hit it
        (
            "Three soldiers killed in Nimroz roadside blast\n\n"
            "A roadside mine struck an army pickup in Kang district of Nimroz on "
            "Wednesday, killing three soldiers and wounding two more, the ministry said.\n\n"
            "A Nimroz army spokesman, Noor Wali, said the pickup was part of a column "
            "heading towards Zaranj when the mine went off beside the road.\n\n"
            '"Three of our soldiers were martyred and two were wounded," Wali said.\n',
            "two",
            "Kang district, Nimroz",
        ),
        # the bodies handed over in the victims' town
        (
            "Five killed in Hangu blast\n\n"
            "A bomb exploded near a mosque in Hangu on Monday, killing five people, police "
            "said.\n\n"
            "The bodies were handed over to their families in Kohat after post-mortem.\n\n"
            "Twenty people were wounded in the blast, police said.\n",
            "Twenty",
            "Hangu",
        ),
        # people gathered in another town to mourn the dead
        (
            "Three killed in Kettering shooting\n\n"
            "Three people were shot dead at an apartment complex in Kettering on Monday, "
            "police said.\n\n"
            "Relatives gathered on Monday night at a church in Dayton to mourn the victims.\n\n"
            "Two other people were wounded, police said.\n",
            "Two",
            "Kettering",
        ),
        # an incident of months before recalled, then the report's own again
        (
            "Four killed in Potiskum blast\n\n"
            "A bomb exploded at a bus stop in Potiskum on Monday, killing four people, police "
            "said.\n\n"
            "In February, a similar blast in Damaturu killed two people.\n\n"
            "Twelve people were wounded in Monday's blast, police said.\n",
            "Twelve",
            "Potiskum",
        ),
        # where one of the victims was posted, away on leave at the scene
        (
            "Policeman shot dead in Hangu\n\n"
            "Gunmen shot dead a policeman outside his house in Hangu on Monday, police said.\n\n"
            "The constable was posted in Kohat and had come home on leave, relatives said.\n\n"
            "Two of his relatives were also wounded in the firing, police said.\n",
            "Two",
            "Hangu",
        ),
        # the unit the troops came from, based in another town
        (
            "Four soldiers killed in Bannu attack\n\n"
            "Militants attacked a security post in Bannu on Monday, killing four soldiers, "
            "the army said.\n\n"
            "The soldiers belonged to a unit based in Kohat.\n\n"
            "Three militants were also killed in the exchange of fire, the army said.\n",
            "Three",
            "Bannu",
        ),
        # a nearby town sealed off after the shooting
        (
            "Three killed in Sopore firing\n\n"
            "Three civilians were killed when troops opened fire in Sopore on Monday, "
            "officials said.\n\n"
            "Security forces sealed off the nearby town of Baramulla after the shooting.\n\n"
            "Another eight people were injured, officials said.\n",
            "eight",
            "Sopore",
        ),
        # where a spokesman sits
        (
            "Four soldiers killed in Bannu attack\n\n"
            "Militants attacked a security post in Bannu on Monday, killing four soldiers, "
            "the army said.\n\n"
            "A spokesman for the army in Rawalpindi said the attackers had crossed the "
            "border.\n\n"
            "Three militants were also killed in the exchange of fire, the army said.\n",
            "Three",
            "Bannu",
        ),
    ],
)
def test_a_town_of_a_deed_beside_the_incident_is_not_carried(
    text: str, figure: str, place: str
) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a second incident told with its own place still carries
        (
            "Six killed in Potiskum market attack\n\n"
            "Gunmen opened fire in a market in Potiskum on Monday, killing six people, "
            "police said.\n\n"
            "In Damaturu, a separate attack on a police post on Monday killed two officers.\n\n"
            "Four attackers were arrested after that attack, police said.\n",
            "Four",
            "Damaturu",
        ),
        # the recalled incident told on in its own paragraph keeps its town
        (
            "Four killed in Potiskum blast\n\n"
            "A bomb exploded at a bus stop in Potiskum on Monday, killing four people, police "
            "said.\n\n"
            "In March, a similar blast in Damaturu killed two people. Nine others were "
            "wounded in that attack.\n",
            "Nine",
            "Damaturu",
        ),
        # a clash that broke out during a protest: the protest's town is the scene
        (
            "Two killed in Bannu attack\n\n"
            "Militants attacked a checkpoint in Bannu on Monday, killing two policemen, police "
            "said.\n\n"
            "Later on Monday a clash broke out during a protest in Lakki Marwat.\n\n"
            "Five protesters were injured, police said.\n",
            "Five",
            "Lakki Marwat",
        ),
        # a figure of the funeral's own sentence is counted where it was held
        (
            "Nine killed in Mastung mosque blast\n\n"
            "A suicide bomber struck a mosque in Mastung on Monday, killing nine worshippers, "
            "officials said.\n\n"
            "The funeral of the victims was held in Quetta on Tuesday, where two mourners "
            "were injured in a stampede.\n",
            "two",
            "Quetta",
        ),
        # troops deployed to a town where fighting broke out: a new scene
        (
            "Four soldiers killed in Bannu attack\n\n"
            "Militants attacked a security post in Bannu on Monday, killing four soldiers, "
            "the army said.\n\n"
            "On Tuesday a gunfight broke out in Kohat after troops were deployed there.\n\n"
            "Three people were wounded, police said.\n",
            "Three",
            "Kohat",
        ),
        # a bomb that went off in another town
        (
            "Four soldiers killed in Bannu attack\n\n"
            "Militants attacked a security post in Bannu on Monday, killing four soldiers, "
            "the army said.\n\n"
            "A second bomb went off near a school in Kohat an hour later.\n\n"
            "Three people were wounded, police said.\n",
            "Three",
            "Kohat",
        ),
    ],
)
def test_a_town_of_the_incident_still_carries(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place
