"""Where people were arrested is no place of the victims told after (issue #11, place): "Two
suspects were arrested at a house in X. One other victim is still in hospital" files the
victim where the attack was, while an arrest figure after goes on with X. Sentences written
for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_LEAD = (
    "KOHAT: Three people were killed when gunmen opened fire on a passenger van "
    "in Lachi on Saturday, police said.\n"
)


@pytest.mark.parametrize(
    ("body", "figure", "place"),
    [
        # an arrest at a hideout in another town: the wounded are still the attack's
        (
            "Police later arrested two suspects at a hideout in Hangu. "
            "Another injured passenger died in hospital on Sunday.\n",
            "Another injured passenger",
            "Lachi",
        ),
        # a passive "held" of people, through two arrest sentences
        (
            "Two suspects were picked up in Hangu on Sunday. A third suspect was held in "
            "Karak. One other victim is still receiving treatment at a hospital.\n",
            "One",
            "Lachi",
        ),
        # an arrest figure after an arrest sentence goes on with where they were arrested
        (
            "Police later arrested two suspects at a hideout in Hangu. "
            "Four more suspects were arrested on Monday, police said.\n",
            "Four",
            "Hangu",
        ),
        # a victim after a sentence that sets a scene of harm takes that scene
        (
            "Police later arrested two suspects at a hideout in Hangu. Two more people were "
            "wounded in a second attack in Karak. One of them died on Sunday.\n",
            "One",
            "Karak",
        ),
    ],
)
def test_an_arrest_place_is_not_carried_to_victims(body: str, figure: str, place: str) -> None:
    text = _LEAD + body
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]


def test_the_incident_named_in_an_arrest_sentence_is_carried() -> None:
    """ "arrested ... in connection with the shooting at X": X is the incident's place, not
    where they were arrested, and the victims after keep it."""
    text = (
        "MARDAN: Police on Wednesday arrested three suspected facilitators in connection with "
        "Sunday's shooting at Takht Bhai. One other victim is still receiving treatment at a "
        "hospital.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "One"] == ["Takht Bhai"]
