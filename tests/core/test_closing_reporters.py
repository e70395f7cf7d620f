"""Who speaks after a closing report the parser joined to the deed ("Gunmen on Monday
abducted 25 pupils ..., the state governor, Ado Sule, told reporters. He said ...") and an
office named by the district it serves ("Deputy Commissioner Kech said"): the governor, and
the office, never the gunmen nor a person called Kech (issue #11, attribution). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.quotes import paragraphs
from core.extract.statements import find_statements
from tests.core.claim_factory import core_claims_by_text

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 4)


def speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    chunks = [Chunk(a, nlp(text[a:b])) for a, b in paragraphs(text)]
    found = find_statements(chunks, document_id="d1", text=text)
    return [(s.speaker, s.speaker_kind) for s in found]


def test_he_after_a_closing_report_is_its_speaker(nlp: Language) -> None:
    text = (
        "MINNA - Bandits on Sunday abducted 31 pupils from a school in Niger State, the state "
        "governor, Ado Sule, told reporters. He said one pupil was shot dead while trying to flee."
    )
    assert {c.attribution for c in core_claims_by_text([text], PUBLISHED)[text]} == {"Ado Sule"}
    assert all(speaker == "Ado Sule" for speaker, _ in speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Deputy Commissioner Kech said five people were injured in the blast on Monday.",
         "Deputy Commissioner Kech"),
        ("Governor Punjab said five people were injured in the blast on Monday.",
         "Governor Punjab"),
    ],
)
def test_an_office_named_by_its_district_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Deputy Commissioner Ali Khan said five people were injured in the blast on Monday.",
         "Ali Khan"),
        ("Police Commissioner Marion Jones said five people were injured on Monday.",
         "Marion Jones"),
    ],
)
def test_an_office_holder_by_name_is_that_person(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [(speaker, "person")]
