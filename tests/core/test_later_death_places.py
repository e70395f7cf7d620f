"""Where a hurt victim died after the incident is no place of the report's figures (issue #11,
place): "The fourth victim died on Friday in the city of X", "One of the injured succumbed at a
medical institute in X" name where the victim was carried or treated; the figures of that
sentence and of the sentences after keep the incident's place. Sentences written for this
class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_FIRING = (
    "DHAKA, March 14 (Reuters) - Police fired on a crowd in Sirajganj on Tuesday, killing "
    "four people, officials said.\n\n"
)
_CLASH = (
    "PATNA: Three people were killed and at least nine injured in a clash between two "
    "families over a pond in Bihar's Gaya district on Thursday, police said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a death dated after the incident's day: its town is not carried to the next paragraph
        (
            _FIRING
            + "The fourth victim, a 17-year-old student, died on Wednesday in the city of "
            "Bogra, a hospital official said.\n\n"
            "Police said 14 officers were injured by stones, and that 25 people had been "
            "arrested.\n",
            "14",
            "Sirajganj",
        ),
        (
            _FIRING
            + "A young farmer wounded in the firing later died in Bogra, his family said.\n\n"
            "Police said 25 people had been arrested.\n",
            "25",
            "Sirajganj",
        ),
        # one of the hurt died at a medical institute in another town: neither that figure
        # nor the next paragraph's is filed there
        (
            _CLASH
            + "One of the injured, Rekha Kumari, 45, succumbed at the Rajendra Institute of "
            "Medical Sciences in Ranchi late on Thursday night, an officer said.\n\n"
            "Police said 11 people had been arrested by Friday morning.\n",
            "One",
            "Gaya district",  # the state owning the district goes unsaid, as the lead's
        ),
        (
            _CLASH
            + "One of the injured, Rekha Kumari, 45, succumbed at the Rajendra Institute of "
            "Medical Sciences in Ranchi late on Thursday night, an officer said.\n\n"
            "Police said 11 people had been arrested by Friday morning.\n",
            "11",
            "Gaya district",
        ),
    ],
)
def test_a_later_death_names_no_place_of_the_figures(text: str, figure: str, place: str) -> None:
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the incident's own deaths in another town, on its day: that town is the scene
        (
            _FIRING
            + "Two more people died in Bogra on Tuesday when police fired on a second "
            "crowd, officials said.\n",
            "Two",
            "Bogra",
        ),
        # a death the same day, of someone not counted hurt before, in a named town
        (
            _FIRING
            + "A second protest turned violent in Bogra, where three people died on Tuesday "
            "in clashes with police.\n",
            "three",
            "Bogra",
        ),
    ],
)
def test_the_incidents_own_deaths_keep_their_town(text: str, figure: str, place: str) -> None:
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]
