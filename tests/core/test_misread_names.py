"""Issue #11, detection and place: a victim's or an arrested person's full name that NER read
as a body's or a town's ("Dion Marsh" as an organisation) is still a person, one counted, and
never the place of the figure. Names and sentences we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.misread_names import misread_name
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language


def _read(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value, c.location) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests followed the killing of Dion Marsh in Dalton on Saturday.",
         [("killed", 1, "Dalton")]),
        ("Marquise Bell died after being shot in Dalton on Saturday.", [("killed", 1, "Dalton")]),
        ("A gunman killed Aaliyah Stone at her home in Dalton on Saturday.",
         [("killed", 1, "Dalton")]),
        ("After interviewing witnesses, police arrested 19-year-old Lavonte Reese of Dalton on"
         " Friday on charges of manslaughter.", [("arrested", 1, "Dalton")]),
    ],
)
def test_name_read_as_a_body_is_a_person(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a town the gazetteer knows, a body by what it is called, a thing with an article
        ("Protests followed the bombing of Banda Aceh on Saturday.", "Aceh"),
        ("Residents mourned the death of Dalton City Council member Jo Ruiz.", "Council"),
        ("The flood caused the collapse of the Harlow Arms on Saturday.", "Arms"),
    ],
)
def test_no_person_read_in_a_place_or_a_body(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert all(misread_name(t) is None for t in doc if t.text == word)
