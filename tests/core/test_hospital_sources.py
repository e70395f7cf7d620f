"""Issue #11, South Asian desk copy: a hospital named as who gives the figures ("the head of
Civil Hospital Kelat said the hospital received 14 bodies") tells the incident's count as
that source has it, set against another report's toll; a named hospital that is what
received the figures ("Civil Hospital Kelat received 14 bodies") counts one facility's part,
never compared. Reports, places and people we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 5)
FIRST = (
    "Blast in Kelat market\n\nKELAT, May 5: At least 12 people were killed and 25 injured when"
    " a bomb went off in a crowded market on Sarki Road on Monday, police said.\n"
)


@pytest.mark.parametrize(
    ("second", "conflicts"),
    [
        (
            "A bomb exploded in a market on Sarki Road on Monday. Head of Civil Hospital Kelat"
            " Dr Omar Rind said the hospital received 14 bodies and 30 injured people after"
            " the blast.",
            2,
        ),
        (
            "A bomb exploded in a market on Sarki Road on Monday. Civil Hospital Kelat"
            " received 14 bodies and 30 injured people after the blast, its head said.",
            0,
        ),
    ],
)
def test_a_named_hospital_as_source(second: str, conflicts: int) -> None:
    docs = [
        from_text(FIRST, doc_id="d0", path="a.txt", published=PUB),
        from_text(
            f"Blast in Kelat market\n\nKELAT, May 5: {second}\n",
            doc_id="d1",
            path="b.txt",
            published=PUB,
        ),
    ]
    assert len(run_documents(docs).conflicts) == conflicts
