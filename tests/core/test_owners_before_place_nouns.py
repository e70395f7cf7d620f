"""A body, a people or a person named before a place's noun (issue #11, place): "Israeli
strikes killed 5 people in a Hezbollah village" gave "Hezbollah village", "A gunman shot 2
people at a Biden town hall" gave "Biden town hall": the name before the noun read as the
place's own. After "a", such a name says whose the place is or who held the event, not where
it is: no place from it. A town before its noun ("a Madison apartment"), a name the gazetteer
knows ("the Gwadar port"), and a body's event in a named town keep today's reading. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Israeli strikes killed 5 people in a Hezbollah village on Sunday.", 5),
        ("A gunman shot 2 people at a Biden town hall on Tuesday.", 2),
    ],
)
def test_an_owners_name_before_the_noun_is_no_place(
    nlp: Language, text: str, value: float
) -> None:
    assert core_places(nlp, text, DAY) == [(value, None)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two people were shot in a Madison apartment on Friday.", 2, "Madison"),
        ("Gunmen killed 3 guards at the Gwadar port.", 3, "Gwadar port"),
        ("Israeli strikes killed 5 people in a village near Tyre on Sunday.", 5, "Tyre"),
        ("Four people were killed in a Taliban ambush in Kunar.", 4, "Kunar"),
        ("A bomb killed 6 people at a Hamas rally in Gaza City.", 6, "Gaza City"),
    ],
)
def test_towns_and_known_names_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two people were hurt in a Quetta Press Club protest.", 2, "Quetta Press Club protest"),
        ("Three members were injured in a Punjab Assembly brawl.", 3, "Punjab Assembly brawl"),
    ],
)
def test_a_body_named_after_its_town_keeps_its_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    """A body NER labels as one whose name opens with a town or province the gazetteer knows
    names where the place is, as before: no owner's name."""
    assert core_places(nlp, text, DAY) == [(value, place)]

