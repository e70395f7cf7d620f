"""A source sitting in a former tribal agency ("Police in the Kurram Agency said 7 people were
killed") gives its place to a figure no phrase of its own places (issue #11, place): the
gazetteer's table writes some agencies without the word ("Kurram", "North Waziristan"), and a
speaker's place is looked up whole, so the name written with "Agency" was no place at all. A
body called an agency, a figure placed by its own phrase, and a district written plainly keep
today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text import places
from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        (
            "Police in the Kurram Agency said 7 people were killed when a bomb went off.",
            7,
            "Kurram Agency",
        ),
        (
            "Officials in North Waziristan Agency said 3 soldiers died in a blast.",
            3,
            "North Waziristan Agency",
        ),
        (
            "Elders in the South Waziristan Agency said two children were killed by a shell.",
            2,
            "South Waziristan Agency",
        ),
    ],
)
def test_a_speaker_in_an_agency_places_the_figure(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        (
            "Officials of the Federal Investigation Agency said 3 suspects were held in Lahore.",
            3,
            "Lahore",
        ),
        ("Police in Kurram Agency said 5 people were wounded in Parachinar.", 5, "Parachinar"),
        ("Police in Kurram said 7 people were killed when a bomb went off.", 7, "Kurram"),
        ("Officials in Swat district said 4 were killed in a landslide.", 4, "Swat district"),
        ("Officials in the Khyber Agency said 3 soldiers were killed.", 3, "Khyber Agency"),
        ("A spokesman for the Peshawar Development Agency said 2 workers were hurt.", 2, None),
    ],
)
def test_bodies_and_placed_figures_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kurram Agency", "PK-KP:kurram"),
        ("North Waziristan Agency", "PK-KP:north waziristan"),
        ("Kurram", "PK-KP:kurram"),
        ("Federal Investigation Agency", None),
        ("Peshawar Development Agency", None),
    ],
)
def test_an_agency_is_looked_up_as_its_district(name: str, key: str | None) -> None:
    found = places.lookup(name)
    assert (found.key if found else None) == key
