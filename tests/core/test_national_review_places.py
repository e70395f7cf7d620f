"""A national review's figures keep the country, and a sentence that opens on a state keeps
that state: a headline's kicker naming the country ("Ruritania: ...") is the report's
country though NER leaves it unlabelled, so a village named paragraphs later for the worst
single attack is no home of the headline's figure; "In Y, ... in the state" counts Y, a
name that is a city and its state both, not the state the sentence before named; a small
tongue's namesake town is a place. The reports are invented; the places are real."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.home_country import is_language
from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 1, 8)

REVIEW = (
    "{kicker}1,920 killed by gunmen in 2030 - review\n\n"
    "Gunmen killed 1,920 people and seized 3,400 others across the country in 2030, a "
    "research group said in a report on Wednesday.\n\n"
    "The group counted 870 raids on villages during the year.\n\n"
    "Zamfara bore the brunt, with the deadliest raid in Maru, where 61 farmers were killed "
    "in August.\n\n"
    "{opening} the state government said gunmen had killed 380 people in the state in 2030.\n"
)


def places_of(text: str) -> dict[str, set[str | None]]:
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    out: dict[str, set[str | None]] = {}
    for claim in run_documents([doc]).claims:
        out.setdefault(claim.number_text, set()).add(claim.location)
    return out


def test_the_kickers_country_holds_the_headlines_figure() -> None:
    found = places_of(REVIEW.format(kicker="Nigeria: ", opening="In Kano,"))
    assert found["1,920"] == {"Nigeria"}
    assert found["61"] == {"Maru"}


def test_a_state_the_sentence_opens_on_wins_over_the_state_before() -> None:
    found = places_of(REVIEW.format(kicker="Nigeria: ", opening="In Kano,"))
    assert found["380"] == {"Kano"}


def test_with_no_state_of_its_own_the_state_before_holds() -> None:
    found = places_of(REVIEW.format(kicker="Nigeria: ", opening="Separately,"))
    assert "Kano" not in str(found)


PROVINCIAL = (
    "Attacks rise by a fifth across Pakistan in 2030\n\n"
    "Militant attacks across Pakistan rose by a fifth in 2030 to 640, killing 930 people, a "
    "think tank said in a report on Monday.\n\n"
    "Balochistan suffered most, with 260 attacks that killed 390 people.\n\n"
    "{opening} the provincial police said 210 policemen had been killed in the province in "
    "2030.\n"
)


@pytest.mark.parametrize(
    ("opening", "place"),
    [("In Khyber Pakhtunkhwa,", "Khyber Pakhtunkhwa"), ("Separately,", "Balochistan")],
)
def test_a_province_the_sentence_opens_on_counts_its_tally(
    opening: str, place: str
) -> None:
    assert places_of(PROVINCIAL.format(opening=opening))["210"] == {place}


@pytest.mark.parametrize(
    ("name", "language"),
    [("Urdu", True), ("Hausa", True), ("Sindhi", True), ("Maru", False), ("Shan", False)],
)
def test_a_small_tongues_namesake_town_is_a_place(name: str, language: bool) -> None:
    assert is_language(name) is language
