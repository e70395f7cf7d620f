"""A district written with the word "Agency" (Pakistan's former tribal agencies: "in Kurram
Agency", "in Bajaur Agency") is the figure's place (issue #11, place): NER reads the name as a
person's or a body's, and "agency" names a body far more often, so the unit counts only after
a name the gazetteer knows as a district. A body called an agency ("the Federal Investigation
Agency", "a news agency", "the Peshawar Development Agency") keeps today's reading. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.admin_units import a_district_by_its_unit
from core.text import places
from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Gunmen shot dead 3 traders in Kurram Agency on Monday.", 3, "Kurram Agency"),
        (
            "Two soldiers were martyred in Bajaur Agency when militants attacked a post.",
            2,
            "Bajaur Agency",
        ),
        ("Troops killed 6 militants in a raid in Orakzai Agency.", 6, "Orakzai Agency"),
        ("A bomber killed 9 people at a mosque in Mohmand Agency.", 9, "Mohmand Agency"),
        ("Four militants died in South Waziristan Agency.", 4, "South Waziristan Agency"),
        ("A roadside bomb killed 4 soldiers in the Khyber Agency.", 4, "Khyber Agency"),
        ("A drone strike killed 5 militants in the Orakzai Agency.", 5, "Orakzai Agency"),
    ],
)
def test_a_district_written_as_an_agency_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two Federal Investigation Agency officers were shot dead in Karachi.", 2, "Karachi"),
        ("Three staff of a news agency were injured in Quetta.", 3, "Quetta"),
        ("The Peshawar Development Agency said 3 workers were hurt in Hayatabad.", 3, "Hayatabad"),
        ("The Central Intelligence Agency said 12 militants were killed in Yemen.", 12, "Yemen"),
        ("Two soldiers were killed in Kurram on Monday.", 2, "Kurram"),
        ("Gunmen killed 3 traders in Kurram District on Monday.", 3, "Kurram District"),
    ],
)
def test_bodies_called_agencies_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Kurram Agency", True),
        ("North Waziristan Agency", True),
        ("Orakzai Agency", True),
        ("Federal Investigation Agency", False),
        ("Peshawar Development Agency", False),
        ("Central Intelligence Agency", False),
        ("Agency", False),
        ("Kurram District", False),
    ],
)
def test_an_agency_is_a_unit_only_after_a_districts_name(name: str, unit: bool) -> None:
    assert a_district_by_its_unit(name) is unit


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # a district name Afghan districts share with the added Pakistani one: no guess at
        # which, so the province written after it still holds it
        (
            "An airstrike killed 6 villagers in Kohistan, Kapisa province, on Tuesday.",
            6,
            "Kohistan, Kapisa province",
        ),
        (
            "Taliban fighters killed 4 policemen in Kohistan, Badakhshan province.",
            4,
            "Kohistan, Badakhshan province",
        ),
    ],
)
def test_a_district_name_countries_share_keeps_its_province(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


def test_a_district_name_countries_share_settles_only_with_a_countrys_hint() -> None:
    assert places.lookup("Kohistan") is None
    hinted = places.lookup("Kohistan", hints={"PK": 1})
    assert hinted is not None
    assert hinted.country == "PK"
