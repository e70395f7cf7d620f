"""A lower-case kind word between the preposition and a subdistrict's name ("at a checkpoint
in tambon X, Y district"): the name is still the place the locative puts in the unit after
the comma, filed with it. The sentences are invented; the places are real or made up."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 6)


def place_of(sentence: str) -> str | None:
    doc = from_text(sentence, doc_id="d0", path="0.txt", published=PUB)
    return run_documents([doc]).claims[0].location


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Gunmen killed two rangers at a checkpoint in tambon Tasai, Muang Yala district "
            "on Monday.",
            "Tasai, Muang Yala district",
        ),
        (
            "A bomb wounded four soldiers on a road in tambon Tasai, Rueso district on Monday.",
            "Tasai, Rueso district",
        ),
        # no unit after the name: the name alone
        ("Gunmen killed two rangers at a checkpoint in tambon Tasai on Monday.", "Tasai"),
    ],
)
def test_a_subdistrict_written_with_its_kind_word_is_filed_with_its_unit(
    sentence: str, place: str
) -> None:
    assert place_of(sentence) == place
