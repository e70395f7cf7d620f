"""A person's age that the recogniser labels DATE ("a man in his 30s") is no decade: the claim
takes the report's day, never the 2030s. A decade written as one ("in the 1990s") stays a date.
Sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2026, 5, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "A woman in her 40s was shot dead outside a pharmacy, police said.",
        "The two victims, both in their early 20s, died at the scene.",
        "A driver in his late thirties was wounded in the blast.",
        "A boy in his teens was among the injured.",
    ],
)
def test_an_age_is_no_date_entity(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == []


@pytest.mark.parametrize(
    ("sentence", "decade"),
    [
        ("Dozens died in the riots of the 1990s, the report said.", "1990s"),
        ("The town was bombed repeatedly in the '80s.", "'80s"),
    ],
)
def test_a_decade_stays_a_date(nlp: Language, sentence: str, decade: str) -> None:
    doc = nlp(sentence)
    assert any(decade in e.text for e in doc.ents if e.label_ == "DATE")


def test_a_victim_of_an_age_takes_the_reports_day_not_a_decade() -> None:
    text = (
        "LIMA, Peru (AP) — A man in his 30s died in hospital after a shooting at a petrol "
        "station in the city's south, police said."
    )
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    assert result.claims
    for claim in result.claims:
        assert claim.date_end is None or claim.date_end <= PUB
