"""A festival named before a town (issue #11, place): "Two people were killed in a clash at
Holi in Barsana" gave "Holi, Barsana", the festival filed as a village the town holds ("at X
in Y" is how a report places a village in its town). A holiday or a festival is when people
gathered, never a village: the town alone. A village before its town, a festival the chain
never took, and a lone town keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two people were killed in a clash at Holi in Barsana.", 2, "Barsana"),
        ("Three people were hurt in a stampede at Diwali in Jaipur.", 3, "Jaipur"),
    ],
)
def test_a_festival_is_no_village_of_the_town(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Gunmen killed 2 villagers at Dhok Saeedan in Attock.", 2, "Dhok Saeedan, Attock"),
        ("Four people drowned during Durga Puja in Kolkata.", 4, "Kolkata"),
        ("Five people were killed at Chak Jhumra in Faisalabad.", 5, "Faisalabad"),
        ("Two people were killed in a clash in Barsana.", 2, "Barsana"),
    ],
)
def test_villages_and_lone_towns_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Nine devotees drowned at Chhath in Patna.", 9, "Patna"),
        ("Four pilgrims drowned at Chhath in Begusarai on Sunday.", 4, "Begusarai"),
    ],
)
def test_a_festival_read_with_its_town_as_one_name(
    nlp: Language, text: str, value: float, place: str
) -> None:
    """NER reads "Chhath in Patna" as one name: the chain's town after the festival is the
    place, not the name NER read whole."""
    assert core_places(nlp, text, DAY) == [(value, place)]

