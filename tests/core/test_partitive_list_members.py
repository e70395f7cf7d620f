"""A list of victims whose last member is a number with its "of" (issue #11, figures): "killed
a senior officer and two of his guards" counts three, as "a policeman and two civilians"
does, and the claim's words run to whom the number counts, not to the place after it.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a senior officer and two of his guards in Tarvel on Sunday.",
         [("a senior officer and two of his guards", 3)]),
        ("A policeman and two of his colleagues were killed in Tarvel on Sunday.",
         [("A policeman and two of his colleagues", 3)]),
        ("Gunmen killed a policeman and two civilians in Tarvel on Sunday.",
         [("a policeman and two civilians", 3)]),
    ],
)
def test_a_number_with_its_of_is_a_member_of_the_list(
    text: str, expected: list[tuple[str, float]]
) -> None:
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    assert [(c.number_text, c.value) for c in claims] == expected
