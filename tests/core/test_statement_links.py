"""Statements across articles: linking to events, claimed vs no claim, different claimants,
one quote given to two speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.statement_links import link_statements, same_party, statement_conflicts
from core.model import Claim, Document, Event, Statement

TEXT = "At least 12 people were killed in a blast in Orvik.\n\nThe Red Hand claimed the attack."


def doc(doc_id: str, day: int, text: str = TEXT) -> Document:
    return Document(id=doc_id, text=text, path=f"{doc_id}.txt", published=dt.date(2026, 5, day))


def claim(claim_id: str, doc_id: str) -> Claim:
    return Claim(
        id=claim_id,
        document_id=doc_id,
        start=9,
        end=11,
        number_text="12",
        value=12,
        qualifier="at_least",
        low=12,
        high=None,
        measure="killed",
        sentence=TEXT.split("\n", maxsplit=1)[0],
        sentence_start=0,
        sentence_end=52,
        rule="test",
    )


def statement(  # noqa: PLR0917 (a compact factory for the cases below)
    st_id: str,
    doc_id: str,
    kind: str,
    speaker: str | None,
    content: str = "claimed the attack",
    start: int = 68,
) -> Statement:
    return Statement(
        id=st_id,
        document_id=doc_id,
        start=start,
        end=start + len(content),
        content=content,
        kind=kind,
        speaker=speaker,  # type: ignore[arg-type]
        speaker_kind="institution" if speaker else None,
    )


def run(statements: list[Statement], days: tuple[int, int] = (3, 4)) -> list[tuple[str, ...]]:
    docs = [doc("d1", days[0]), doc("d2", days[1])]
    claims = [claim("c1", "d1"), claim("c2", "d2")]
    events = link_statements(
        statements, claims, [Event(id="e1", label="x", claim_ids=("c1", "c2"))], documents=docs
    )
    return [
        (x.kind, *x.statement_ids) for x in statement_conflicts(statements, events, documents=docs)
    ]


def test_responsibility_links_to_the_incident_before_it() -> None:
    docs = [doc("d1", 3)]
    events = link_statements(
        [statement("s1", "d1", "responsibility", "Red Hand")],
        [claim("c1", "d1")],
        [Event(id="e1", label="x", claim_ids=("c1",))],
        documents=docs,
    )
    assert events[0].statement_ids == ("s1",)


def test_no_claim_then_claim_is_an_update() -> None:
    got = run(
        [
            statement("s1", "d1", "responsibility", None, "No group has claimed it"),
            statement("s2", "d2", "responsibility", "Red Hand"),
        ]
    )
    assert got == [("update", "s2", "s1")]


def test_claim_then_no_claim_is_flagged() -> None:
    got = run(
        [
            statement("s1", "d1", "responsibility", None, "No group has claimed it"),
            statement("s2", "d2", "responsibility", "Red Hand"),
        ],
        days=(5, 4),
    )
    assert got == [("claim_vs_no_claim", "s2", "s1")]


def test_different_claimants() -> None:
    got = run(
        [
            statement("s1", "d1", "responsibility", "Red Hand"),
            statement("s2", "d2", "responsibility", "Northern Brigades"),
        ]
    )
    assert got == [("different_claimants", "s1", "s2")]


def test_same_claimant_under_two_names_is_not_flagged() -> None:
    assert (
        run(
            [
                statement("s1", "d1", "responsibility", "Red Hand Front (RHF)"),
                statement("s2", "d2", "responsibility", "RHF"),
            ]
        )
        == []
    )


def test_quote_given_to_two_speakers() -> None:
    words = "We will not rest until every family in Orvik is safe again"
    got = run(
        [
            statement("s1", "d1", "quote", "Mayor Ilse Brandt", words, start=0),
            statement("s2", "d2", "quote", "Police chief Tomas Rel", words + ".", start=0),
        ]
    )
    assert got == [("quote_speakers", "s1", "s2")]


def test_same_quote_same_speaker_is_not_flagged() -> None:
    words = "We will not rest until every family in Orvik is safe again"
    assert (
        run(
            [
                statement("s1", "d1", "quote", "Ilse Brandt", words, start=0),
                statement("s2", "d2", "quote", "Brandt", words, start=0),
            ]
        )
        == []
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ihsanullah Tipu", "Tipu", True),
        ("Balochistan Liberation Army (BLA)", "BLA", True),
        ("Balochistan Liberation Army", "BLA", True),
        ("the military", "The Pakistani military", True),
        ("Red Hand", "Northern Brigades", False),
        ("TTP", "BLA", False),
    ],
)
def test_same_party(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same


def test_named_and_described_speaker_are_not_flagged() -> None:
    words = "We will not rest until every family in Orvik is safe again"
    assert (
        run(
            [
                statement("s1", "d1", "quote", "Ilse Brandt", words, start=0),
                statement("s2", "d2", "quote", "a village resident", words, start=0),
            ]
        )
        == []
    )
