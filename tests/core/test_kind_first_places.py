"""A village or unit named after its kind written first in lower case ("in village Bhalwal
Kalan", "in tehsil Kabal of district Swat"): the place, written in the usual order with the
units and the town its sentence sets it in; not a person's home nor a hospital (issue #11,
place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 5, 6)


def places_of(nlp: Language, text: str) -> set[str | None]:
    return set(places_read(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two farmers were killed in a clash over water in village Dhoke Mistrian on "
            "Monday, police said.",
            "Dhoke Mistrian village",
        ),
        (
            "Two labourers were killed in a quarrel in village Ghulam Nabi Shar near Matiari on "
            "Monday, police said.",
            "Ghulam Nabi Shar village, Matiari",
        ),
        (
            "Three constables were martyred in an attack in tehsil Matta of district Swat on "
            "Monday, police said.",
            "Matta tehsil, Swat district",
        ),
        (
            "Four people were killed in a feud in mauza Jhok Sarkar near Multan on Monday, "
            "police said.",
            "Jhok Sarkar mauza, Multan",
        ),
        ("Police arrested five suspects in district Swat on Monday.", "Swat district"),
    ],
)
def test_a_place_named_kind_first(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == {place}


def test_a_residents_village_is_no_scene(nlp: Language) -> None:
    text = "A resident of village Dhoke Mistrian was shot dead in Sargodha on Monday, police said."
    assert places_of(nlp, text) == {"Sargodha"}


def test_a_hospital_is_no_unit(nlp: Language) -> None:
    text = (
        "LAHORE: Three people were killed in a fire in district Headquarters Hospital on "
        "Monday, officials said."
    )
    assert places_of(nlp, text) == {"Lahore"}
