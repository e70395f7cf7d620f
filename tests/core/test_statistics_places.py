"""The place of a statistics report's figures, on reports we wrote: a toll counted across a
country stays the country's when the sentence goes on to a province ("with Y seeing its worst
year"), and a sentence calling a province back by its kind ("the province saw") keeps the
province; people counted by a group's name ("30 Naxals in X") are no place; a province written
with the word for its kind ("Kano State") is a place wherever it stands, NER reading it as a
person's name or a body's; a name hyphenated where the gazetteer writes a space is written
as the gazetteer does when the figure's sentence does not write it. One case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import place_by_value

if TYPE_CHECKING:
    from spacy.language import Language

_DAY = dt.date(2031, 1, 6)


def place_of(nlp: Language, text: str, value: float) -> str | None:
    return place_by_value(nlp, text, _DAY, value)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the country the toll is counted across, not the province the sentence adds
        (
            "LAHORE: Bombings left 640 people dead across Pakistan in 2030, says the yearly "
            "review of the Kestrel Institute, with Sindh seeing its worst year on record.",
            640,
            "Pakistan",
        ),
        # no area counted across: the province the toll is told in
        (
            "LAHORE: Bombings left 64 people dead in Sindh in 2030, says the yearly review "
            "of the Kestrel Institute.",
            64,
            "Sindh",
        ),
        # a gapped clause's province, written right before its figure
        (
            "KARACHI: Sindh registered 45 bombings in 2030, and Punjab 22 bombings, the "
            "yearly review of the Kestrel Institute said.",
            22,
            "Punjab",
        ),
        (
            "KARACHI: Sindh registered 45 bombings in 2030, and Punjab 22 bombings, the "
            "yearly review of the Kestrel Institute said.",
            45,
            "Sindh",
        ),
        # two provinces told together: the country that holds both, with a day after them
        # or not
        (
            "Gunmen shot dead 14 traders in Sindh and Balochistan in May, the yearly review of "
            "the Kestrel Institute said.",
            14,
            "Pakistan",
        ),
        (
            "Gunmen shot dead 14 traders in Sindh and Balochistan, the yearly review of the "
            "Kestrel Institute said.",
            14,
            "Pakistan",
        ),
        # a group's name with a count is the people counted, not a village in the state
        (
            "RANCHI: Police shot dead 30 Naxals in Jharkhand from May to July, according to "
            "data the state police published on Friday.",
            30,
            "Jharkhand",
        ),
        # a province written with its kind, taken by NER for a person's name
        (
            "Kano State led the table with 84 deaths, while Kaduna State recorded 52, the "
            "yearly review said.",
            84,
            "Kano State",
        ),
        # a body of the state named with it is no place of its own: the town of the report
        (
            "KADUNA: The Kano State Police Command said 19 suspects were held on Sunday.",
            19,
            "Kaduna",
        ),
    ],
)
def test_statistics_places(nlp: Language, text: str, value: float, place: str) -> None:
    assert place_of(nlp, text, value) == place


_REVIEW = (
    "KARACHI: Bombings left 640 people dead across Pakistan in 2030, says the yearly review of "
    "the Kestrel Institute.\n\nSindh was the worst-hit province, with 300 deaths.\n\n"
)


@pytest.mark.parametrize(
    ("body", "figure", "place"),
    [
        # a sentence calling the province back by its kind keeps the province, not the
        # country the review's lead counts over
        ("The province saw 210 attacks, the review said.", "210", "Sindh"),
        # a figure calling back nothing counts the country's
        ("Suicide bombers carried out 21 attacks, the review said.", "21", "Pakistan"),
    ],
)
def test_called_back_provinces(body: str, figure: str, place: str) -> None:
    result = run_documents([from_text(_REVIEW + body, doc_id="d1", published=_DAY)])
    assert {c.number_text: c.location for c in result.claims}[figure] == place


_HYPHENED = (
    "KARACHI: Bombings left 640 people dead across Pakistan in 2030, says the yearly review of "
    "the Kestrel Institute.\n\nKhyber-Pakhtunkhwa was the worst-hit province, with 300 "
    "deaths.\n\nThe province saw 210 attacks, the review said."
)


@pytest.mark.parametrize(
    ("figure", "place"),
    [
        # a place its own sentence writes: as written
        ("300", "Khyber-Pakhtunkhwa"),
        # a place from elsewhere ("the province"): the gazetteer's spelling
        ("210", "Khyber Pakhtunkhwa"),
    ],
)
def test_hyphened_provinces(figure: str, place: str) -> None:
    result = run_documents([from_text(_HYPHENED, doc_id="d1", published=_DAY)])
    assert {c.number_text: c.location for c in result.claims}[figure] == place
