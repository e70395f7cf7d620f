"""A person named again by their role: "Nepal Police spokesperson Ann Roe told reporters ...
Three guards were freed, the spokesperson said", "Superintendent of Police Ravi Kant said ...
the SP said" (a title spelt by its initials), "Kelmor Station OC Abdul Karim said ... the
Kelmor Station OC said": the figures are the named person's. A role too common to name one
("the official") or one no one was named with stays. Names, places and sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.source_anaphora import people_named_again
from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)


def sources(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.attribution for c in result.claims if c.is_core]


def test_the_spokesperson_named_before() -> None:
    text = (
        "One prisoner was killed and eight others were injured when guards opened fire to "
        "end the riot at the prison in Kelmor, the district headquarters, Velmar Police "
        "spokesperson Ann Marie Roe told the agency in the capital.\n\nThree guards were "
        "held hostage for several hours before being freed, the spokesperson said."
    )
    assert "Ann Marie Roe" in (sources(text)[-1] or "")


def test_a_title_by_its_initials() -> None:
    text = (
        '"The two families have fought over the land for years," Superintendent of Police '
        "Ravi Kant said.\n\nEight people have been detained for questioning, the SP said."
    )
    assert sources(text) == ["Superintendent of Police Ravi Kant"]


def test_no_one_named_with_the_role_stays() -> None:
    text = (
        "Two men were shot dead in Kelmor on Thursday, police said. Four people have been "
        "detained, the spokesman said."
    )
    assert sources(text) == ["police", "the spokesman"]


def test_a_common_role_stays() -> None:
    text = (
        "Two men were shot dead in Kelmor on Thursday, district official Ravi Kant said. "
        "Four people were later detained, the official said."
    )
    assert sources(text)[-1] != "district official Ravi Kant"


def test_nothing_to_name_again() -> None:
    assert people_named_again([], []) == []
