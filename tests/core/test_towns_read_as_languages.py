"""A town NER labels a language ("killed 11 people in Rafah overnight": "Rafah" a LANGUAGE)
is read as the other misread labels are, where the gazetteer knows it and a place stands;
a language a statement was made in is no place. Sentences we wrote (issue #11)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 12)

PLACED: list[tuple[str, str | None]] = [
    ("An Israeli airstrike killed 11 people in Rafah overnight, hospital officials said.",
     "Rafah"),
    # near misses: the language a statement was made in
    ("The army said in English that 4 militants were killed.", None),
    ("The statement, written in English, said 3 soldiers were killed.", None),
    ("The minister said in Dari that 5 police officers were killed.", None),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[str | None]]:
    claims = core_claims_by_text([t for t, _ in PLACED], PUB)
    return {t: [c.location for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_a_town_read_as_a_language(
    found: dict[str, list[str | None]], text: str, place: str | None
) -> None:
    assert found[text] == [place]
