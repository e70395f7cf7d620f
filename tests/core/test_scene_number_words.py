"""A number word of four letters ("nine", "five") is no year (issue #11, place): a sentence
telling where the incident happened ("The blast, which killed nine people, occurred near a
market in X") still refines the lead's scene, while one naming a year ("a similar blast in
2019") tells of another incident. Sentences written for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_LEAD = (
    "PESHAWAR: At least nine people were killed and 14 injured in a bomb blast in Bajaur "
    "district on Monday, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("told", "place"),
    [
        # the scene sentence counts the dead in words: the town it names is the scene
        (
            "The blast, which killed nine people, occurred near a crowded market in Khar, the "
            "district headquarters, police said.\n",
            "Khar",
        ),
        (
            "The explosion that left five shopkeepers dead took place near a bus stand in "
            "Khar, police said.\n",
            "Khar",
        ),
        # a year: the sentence recalls another blast, the lead keeps its district
        (
            "A similar blast killed nine people near a bus stand in Khar in 2019, police "
            "said.\n",
            "Bajaur district",
        ),
        (
            "The 2019 blast took place near a bus stand in Khar, police said.\n",
            "Bajaur district",
        ),
    ],
)
def test_a_number_word_is_no_year(told: str, place: str) -> None:
    text = _LEAD + told
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "At least nine"] == [place]


@pytest.mark.parametrize("count", ["Three", "Four", "12"])
def test_a_lead_telling_its_own_town_leaves_the_scene_open(count: str) -> None:
    """ "militants attacked a post in Bannu, killing N": the lead's scene saying names the
    place its figures already have; the village a later sentence says the attack took place
    in is the scene, whatever the lead's number is written as."""
    text = (
        "Soldiers killed in attack\n\n"
        f"KOHAT: {count} soldiers were killed and two others injured when militants attacked a "
        "security post in Hangu late on Saturday night, officials said.\n"
        "The attack took place in Tora Warai village, near the main road, a police official "
        "said.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == count] == ["Tora Warai village, Hangu"]
