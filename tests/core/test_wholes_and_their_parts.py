"""A lead's count over a wide area keeps that area when a later sentence puts a part of it in
a town (issue #11, place): "Seven of them were killed in the town of X" tells where seven
were, not where all 18 were; a flood's or a cyclone's toll over a country keeps the country
when one town is named with its own dead. A sentence that tells where the incident itself
happened ("The blast hit a market in X") still gives the lead's figures that town. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.scene_words import tells_a_wide_event
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


def places(text: str) -> dict[str, str | None]:
    """The place of each figure, by its text as written."""
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return {c.number_text: c.location for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air strikes killed 18 people across Idlib province on Thursday, rescuers said. "
            "Seven of them were killed in the town of Ariha, a medic said.",
            {"18": "Idlib province", "Seven": "Ariha"},
        ),
        (
            "Monsoon floods have killed 52 people in Nepal since Sunday, officials said. In the "
            "town of Pokhara, 14 people drowned.",
            {"52": "Nepal", "14": "Pokhara"},
        ),
        (
            "A cyclone killed 31 people in Bangladesh on Monday, officials said. In Cox's "
            "Bazar, nine people died.",
            {"31": "Bangladesh", "nine": "Cox's Bazar"},
        ),
    ],
)
def test_a_part_in_a_town_leaves_the_whole_its_area(
    text: str, expected: dict[str, str | None]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air strikes killed 18 people across Idlib province on Thursday, rescuers said. "
            "The strikes hit the town of Ariha, a medic said.",
            {"18": "Ariha, Idlib province"},
        ),
        (
            "A bomb killed 6 people in Nepal on Monday, officials said. The blast hit a market "
            "in Pokhara.",
            {"6": "Pokhara"},
        ),
    ],
)
def test_the_incidents_own_town_still_places_the_lead(
    text: str, expected: dict[str, str | None]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "wide"),
    [
        ("A storm tore through the coast on Monday.", True),
        ("Floods swept the valley.", True),
        ("Protesters tried to storm the parliament on Monday.", False),
    ],
)
def test_a_wide_event_is_named_by_a_noun(nlp: Language, text: str, wide: bool) -> None:
    assert tells_a_wide_event(nlp(text)[:]) is wide
