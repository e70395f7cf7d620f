"""Issue #11: South Asian press wordings of a toll and a scene. A toll that "went up to" a
figure moves as one that rose; "the Chakwal robbery", "the Bannu cantonment" and "deaths were
reported from X" name the figure's place. Towns are real; incidents and sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2025, 3, 10)


def _one(nlp: Language, text: str, figure: str) -> list[object]:
    return [c for c in counted_claims(nlp, text, PUB) if c.number_text == figure]


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        ("The death toll in Tuesday's van crash near Hangu went up to 17 on Wednesday, "
         "officials said.", "17", dt.date(2025, 3, 4)),
        ("The toll from Sunday's blast in Chaman had gone up to 26 by Monday morning, "
         "doctors said.", "26", dt.date(2025, 3, 9)),
    ],
)
def test_a_toll_that_went_up_counts_its_incidents_day(
    nlp: Language, text: str, figure: str, day: dt.date
) -> None:
    assert [c.date_start for c in _one(nlp, text, figure)] == [day]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        # "went up in flames": the particle moves no toll, the day is the harm's own
        ("Nine people were killed on Friday when a coach went up in flames near Tarbela.",
         "Nine", dt.date(2025, 3, 7)),
        # "went up to the ceiling": no toll moved, the harm keeps its own day
        ("Fourteen people were hurt on Saturday when a stage went up to the ceiling during "
         "Friday's fair in Kasur.", "Fourteen", dt.date(2025, 3, 8)),
    ],
)
def test_no_toll_move_without_the_particle(
    nlp: Language, text: str, figure: str, day: dt.date
) -> None:
    assert [c.date_start for c in _one(nlp, text, figure)] == [day]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Police said four men had been arrested over the Sialkot robbery.", "four", "Sialkot"),
        ("Two guards were shot dead in a dacoity in Sargodha on Sunday.", "Two", "Sargodha"),
        ("Three soldiers were injured in the attack on the Bannu cantonment on Sunday.",
         "Three", "Bannu cantonment"),
        ("Nine deaths were reported from Kupwara on Monday after a snowstorm.", "Nine",
         "Kupwara"),
    ],
)
def test_the_scene_of_a_robbery_a_cantonment_or_a_report_from(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert [c.location for c in _one(nlp, text, figure)] == [place]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # "arriving from Dubai": where the men came from, not the scene
        ("Two men arriving from Dubai were arrested at the Multan airport on Sunday.", "Two",
         "Multan airport"),
        # reported from nothing counted: where the telling was done is no scene
        ("Six people were killed in a landslide in Chitral, the state broadcaster said "
         "in a report filed from Chitral.", "Six", "Chitral"),
    ],
)
def test_from_is_no_scene_of_its_own(nlp: Language, text: str, figure: str, place: str) -> None:
    assert [c.location for c in _one(nlp, text, figure)] == [place]  # type: ignore[attr-defined]
