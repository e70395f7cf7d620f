"""A structure named after the town it stands in ("near Kohat Tunnel", "at Lahore Zoo", "on
Attock Bridge") is the scene (issue #11, place): NER took the name for a body's, so the
figure had no place. A body of the same name that speaks, a name of another kind (a trust,
a court), where a victim worked or a journey began keep today's reading. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two policemen were killed near Kohat Tunnel on Sunday.", 2, "Kohat Tunnel"),
        ("Twelve people were injured at Lahore Zoo when a wall collapsed.", 12, "Lahore Zoo"),
        ("Two people were killed on Attock Bridge in a crash.", 2, "Attock Bridge"),
        ("Six people were injured at Multan Cantonment Station after a train derailed.", 6,
         "Multan Cantonment Station"),
    ],
)
def test_a_towns_structure_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the name speaks, or names a body of another kind
        ("Lahore Zoo said 3 keepers were injured by a tiger.", 3, None),
        ("Officials at Karachi Port Trust said 4 workers died in Kemari.", 4, "Kemari"),
        ("A blast at Peshawar High Court injured 12 lawyers.", 12, None),
        # where a victim worked, or a journey began, is no scene
        ("A man who worked at Karachi Port was among 5 people killed in Lyari.", 5, "Lyari"),
        ("Five passengers on a flight from Lahore Airport were injured in Dubai.", 5, "Dubai"),
        # a name no town begins, and a scene the sentence tells beside it
        ("Three men were arrested at Victoria Station in London.", 3, "London"),
        ("Police in Peshawar Station arrested 7 men in Hayatabad.", 7, "Hayatabad"),
    ],
)
def test_other_names_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
