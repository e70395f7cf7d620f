"""A part of the casualties its sentence names by what they were ("four of the dead were police
officers") is that group's count (core/group/scope_conflicts.py named_part), compared with
another report's count of the group ("including three policemen")."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.conflicts import scope
from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import Batch


def scope_of(sentence: str, figure: str) -> str:
    b = Batch()
    b.add("d1", sentence, figure, 4, subject="dead", part_of="c0")
    return scope(b.claims[0])


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Four of the dead were police officers, a spokesman said.", "security"),
        ("Four of those killed were young children.", "children"),
        ("Four of the victims were soldiers on leave.", "security"),
    ],
)
def test_a_part_named_by_what_they_were_counts_that_group(sentence: str, group: str) -> None:
    assert scope_of(sentence, sentence.split(maxsplit=1)[0]) == group


@pytest.mark.parametrize(
    "sentence",
    [
        "Four of the dead were identified on Monday.",
        "Four of the dead were from one family.",
        "Four of the dead were buried on Tuesday, and police officers guarded the graves.",
    ],
)
def test_a_part_named_by_anything_else_stays_a_part(sentence: str) -> None:
    assert scope_of(sentence, "Four") == "part"


def test_the_named_part_is_set_against_another_report_of_the_group() -> None:
    first = (
        "At least eight people, including three policemen, were killed when gunmen stormed "
        "a jewellery market in Turbat on Monday, officials said.\n"
    )
    second = (
        "TURBAT: Gunmen killed eight people in a raid on a jewellery market in Turbat on "
        "Monday. Four of the dead were police officers, a police spokesman said.\n"
    )
    result = run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=dt.date(2026, 3, 2))
        for n, text in enumerate((first, second), start=1)
    ])
    values = {c.id: c.value for c in result.claims}
    flagged = [
        {values[c] for c in k.claim_ids} for k in result.conflicts if k.kind == "contradiction"
    ]
    assert {3.0, 4.0} in flagged
