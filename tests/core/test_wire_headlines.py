"""A wire report's headline figures, which name no place, are filed under the town its lead
puts the incident in, not under the bureau's capital written with the country the report
speaks of ("Quito, Ecuador" of "QUITO (Reuters) -"): the capital is where the story was
filed from. Sentences invented; the towns are real, so the gazetteer knows them."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 13)


def claims_of(text: str) -> list[tuple[str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.location) for c in result.claims if c.measure != "other"]


def test_the_headline_takes_the_leads_town_over_the_capital_and_country() -> None:
    text = (
        "Ecuador bus crash kills nine, 22 hurt\n\n"
        "QUITO, May 12 (Reuters) - A bus carrying pilgrims overturned on a mountain road near "
        "the town of Riobamba on Monday, killing nine people and injuring 22, local officials "
        "said.\n\n"
        "Ecuador has one of the highest road death rates in the region."
    )
    found = claims_of(text)
    assert found[:2] == [("nine", "Riobamba"), ("22", "Riobamba")]


def test_a_country_sentence_does_not_pull_the_headline_to_the_capital() -> None:
    text = (
        "One dead, four hurt in Danish mall stabbing\n\n"
        "COPENHAGEN (AP) — A man with a knife attacked shoppers in a mall in Aarhus on "
        "Saturday, killing one man and injuring four people, police said.\n\n"
        "Denmark tightened its knife laws two years ago."
    )
    found = claims_of(text)
    assert [place for _, place in found[:2]] == ["Aarhus", "Aarhus"]


def test_a_lead_naming_no_town_leaves_the_headline_with_the_capital() -> None:
    text = (
        "Ecuador bus crash kills nine, 22 hurt\n\n"
        "QUITO, May 12 (Reuters) - A bus carrying pilgrims overturned on a mountain road on "
        "Monday, killing nine people and injuring 22, local officials said.\n\n"
        "Ecuador has one of the highest road death rates in the region."
    )
    found = claims_of(text)
    assert found[0][1] is not None
    assert found[0][1].startswith("Quito")
