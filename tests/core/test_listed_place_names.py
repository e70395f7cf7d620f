"""A name after a comma that goes on a list is no region holding the name before it (issue
#11, place): "clashes in Kirkuk, Diyala and Salahuddin" is not Kirkuk in Diyala, where
"in Baqubah, Diyala" and "a Manchester, Conn., warehouse" are a town in what holds it.
Sentences we wrote; the places are real."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, PUB)]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Clashes in Kirkuk, Diyala and Salahuddin killed 40 people last week, officials "
         "said.", "Kirkuk, Diyala"),
        ("Floods in Kano, Jigawa and Bauchi killed 40 people last week, officials said.",
         "Kano, Jigawa"),
    ],
)
def test_a_list_is_no_town_in_a_region(nlp: Language, text: str, misread: str) -> None:
    found = places_of(nlp, text)
    assert found
    assert misread not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed five people in Baqubah, Diyala on Monday.", "Baqubah, Diyala"),
        ("A driver shot eight people at a Manchester, Conn., warehouse on Monday.",
         "Manchester, Conn."),
    ],
)
def test_a_town_and_what_holds_it_stay_together(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the recogniser reads the pair as one body's name; the report is filed elsewhere
        ("KYIV, Ukraine — Drone strikes overnight killed at least nine civilians and injured "
         "42 others in Kharkiv and Odesa, regional governors said Wednesday.",
         "Kharkiv and Odesa"),
    ],
)
def test_two_towns_are_the_scene_not_the_report_town(
    nlp: Language, text: str, place: str
) -> None:
    assert set(places_of(nlp, text)) == {place}


def test_a_body_of_two_words_joined_is_no_list_of_towns(nlp: Language) -> None:
    assert places_of(nlp, "Police arrested 12 members of Smith and Wesson in Tarvel.") != [
        "Smith and Wesson"
    ]
