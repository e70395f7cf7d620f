"""Who carried out a count of attacks or operations, and figures that count no one (issue #11,
doer and not claims): "Militants carried out 52 attacks" names its doer as "Militants killed
five" does; "they raided 30 homes and arrested 45", said by police, is the police's; "73 per
cent" is a share, not money; "seized 1,200 bottles" counts things; a number glued to a
currency's letter ("N3.5 million", "Sh200,000") is no count of its tail ("5 million").
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from core.text.numbers import find_amounts

PUB = dt.date(2031, 9, 17)


def claims(text: str) -> list[tuple[str, str, str | None]]:
    found = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return [(c.number_text, c.measure, c.actor) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants carried out 52 attacks in Tarvel in July.",
         [("52", "attacks", "Militants")]),
        ("Security forces have conducted 40 operations in Tarvel this year.",
         [("40", "operations", "Security forces")]),
        ("Police said they conducted 30 raids and arrested 45 suspects in Tarvel.",
         [("30", "operations", "Police"), ("45", "arrested", "Police")]),
    ],
)
def test_the_doer_of_a_count_of_deeds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attacks in Tarvel declined by 73 per cent in August.", [("73", "other", None)]),
        ("The border force seized 1,200 bottles of cough syrup near Tarvel.",
         [("1,200", "other", None)]),
    ],
)
def test_shares_and_things_count_no_one(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert [(n, m, None) for n, m, _ in claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Police seized N3.5 million in cash in Tarvel.", "They offered a reward of Sh200,000."],
)
def test_a_number_glued_to_a_currency_letter_is_not_read_from_its_tail(text: str) -> None:
    assert find_amounts(text) == []


def test_a_decimal_and_a_thousands_comma_still_read_whole() -> None:
    assert [a.value for a in find_amounts("killed 3.5 million and 1,200 more")] == [
        3_500_000, 1200
    ]
