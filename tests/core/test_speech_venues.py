"""Where words were said is no place of the figures said (issue #11, place): "speaking to
reporters at the Secretariat in Dhaka" names a building and its town the words were said at,
and a title in apposition to that town ("in Dhaka, State Minister for Home Affairs ...") is
no place at all. Sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.claim_places import place_mentions
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 10)

_LEAD = (
    "Nine killed\n\n"
    "DHAKA: Nine people were killed in clashes between two groups in Khagrachhari on "
    "Sunday, police said.\n\n"
)


def places_of(text: str, figure: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.location for c in result.claims if c.number_text == figure]


@pytest.mark.parametrize(
    "said",
    [
        "Speaking to reporters at the Secretariat in Dhaka, State Minister for Home "
        "Affairs Karim Ahmed said 14 people had been injured.",
        "Talking to journalists at the Home Ministry in Dhaka, the minister said 14 people "
        "had been injured.",
    ],
)
def test_a_building_words_were_said_at_is_no_place(said: str) -> None:
    assert places_of(_LEAD + said, "14") == ["Khagrachhari"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters in Dhaka, State Minister for Home Affairs Khan said 14 "
        "people had been injured.",
        "Speaking at the Secretariat in Dhaka, State Minister for Home Affairs Khan said "
        "14 people had been injured.",
    ],
)
def test_a_title_after_a_town_is_no_place(nlp: Language, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert "Minister" not in {name for _, name in place_mentions(sent, speakers_sit=True)}


def test_a_building_of_the_incident_keeps_its_town() -> None:
    text = _LEAD + "A bomb went off at the Secretariat in Dhaka on Monday, injuring 14 people."
    assert places_of(text, "14") == ["Secretariat, Dhaka"]
