"""A country's name inside a body's name is no place of the report: "Tehrik-i-Taliban
Pakistan said its fighters killed 5 soldiers" gave its claim the place "Pakistan" and the report
a hint of Pakistan that read its shared names there ("Kohistan", a district of Pakistan's and
of Afghanistan's), though the group fights on both sides of the border (issue #11, places).
Sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.home_country import home_country
from core.extract.nlp import Chunk
from core.extract.report_country import report_country_hints
from core.ingest.files import from_text
from tests.core.claim_factory import run_texts

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 12)


def _hints(nlp: Language, text: str) -> dict[str, int]:
    doc = from_text(text, doc_id="d1", path="r.txt", published=DAY)
    return report_country_hints([Chunk(doc=nlp(text), offset=0)], doc)


def _home(nlp: Language, text: str) -> str | None:
    return home_country([Chunk(doc=nlp(text), offset=0)])


def _places(text: str) -> list[str | None]:
    return [c.location for c in run_texts(text, published=DAY).claims]


BODIES = [
    ("Tehrik-i-Taliban Pakistan said its fighters killed 5 soldiers on Monday.", "PK"),
    ("Fighters of Tehreek-e-Taliban Pakistan killed 4 guards in Kohistan on Monday.", "PK"),
    ("ISIS Somalia claimed the raid that killed 6 soldiers near Qardho.", "SO"),
    ("Islamic State Mozambique Province said its men killed 11 villagers on Sunday.", "MZ"),
    ("The Kenya Defence Forces said they killed 20 fighters near Qardho.", "KE"),
]


@pytest.mark.parametrize(("text", "country"), BODIES)
def test_a_bodys_country_hints_at_no_reading(nlp: Language, text: str, country: str) -> None:
    assert country not in _hints(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tehrik-i-Taliban Pakistan said its fighters killed 5 soldiers on Monday.",
        "Islamic State Mozambique Province said its men killed 11 villagers on Sunday.",
        "ISIS Somalia said its fighters killed 6 soldiers on Friday.",
    ],
)
def test_a_bodys_country_is_no_place_of_its_claims(nlp: Language, text: str) -> None:
    assert _places(text) == [None]
    assert _home(nlp, text) is None


KEPT = [
    # the country named as where it happened
    ("Militants killed 4 soldiers in Pakistan on Monday.", "PK"),
    ("Fighters of the Taliban in Pakistan killed 4 soldiers on Monday.", "PK"),
    ("Taliban fighters killed 4 soldiers in Afghanistan on Monday.", "AF"),
    ("Floods killed 12 people in Pakistan on Monday, the army said.", "PK"),
    # a comma or a verb between the country and the force
    ("Gunmen killed 4 people in Kenya, police said on Monday.", "KE"),
    ("Gunmen killed 4 people across Uganda, police said on Monday.", "UG"),
    # a group's word with no name of its own before it, or a verb between
    ("Shabaab fighters crossed from Somalia and killed 5 police officers.", "SO"),
    ("The Taliban said Pakistan shelled a post, killing 3 guards.", "PK"),
    # a country's police works only at home: its country is the report's
    ("Uganda police officers shot dead 3 suspects in Bweyale on Monday.", "UG"),
    ("Members of the Nigeria police said gunmen kidnapped 9 traders near Ugep.", "NG"),
]


@pytest.mark.parametrize(("text", "country"), KEPT)
def test_a_country_named_as_a_place_still_hints(nlp: Language, text: str, country: str) -> None:
    assert country in _hints(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants killed 4 soldiers in Pakistan on Monday.", "Pakistan"),
        ("Floods killed 12 people in Pakistan on Monday, the Pakistan Army said.", "Pakistan"),
        ("Taliban fighters killed 4 soldiers in Afghanistan on Monday.", "Afghanistan"),
        # a strip or a town after a group is where the group is
        ("The Hamas Gaza office said 20 people were killed on Monday.", "Gaza"),
        ("The Kenya Police said 4 people were killed in Lamu on Monday.", "Lamu"),
    ],
)
def test_a_place_beside_a_body_is_kept(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban Pakistan talks broke down after 3 soldiers were killed.",
        "Hamas Israel fighting killed 40 people on Monday.",
    ],
)
def test_two_sides_named_side_by_side_keep_the_country(nlp: Language, text: str) -> None:
    hints = _hints(nlp, text)
    assert "PK" in hints or "IL" in hints


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # review: a country's police acts at home, so its country stays the claim's place
        ("Ghana police said 4 people were killed in a clash on Monday.", "Ghana"),
        ("Uganda police officers shot dead 3 suspected robbers on Friday.", "Uganda"),
        ("Kenya police said 3 suspects were shot dead in a raid on Sunday.", "Kenya"),
    ],
)
def test_a_countrys_police_keeps_its_country(text: str, place: str) -> None:
    assert _places(text) == [place]
