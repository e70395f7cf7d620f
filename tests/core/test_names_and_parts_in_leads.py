"""A weekday that is a first name, and a part's place in a lead (issue #11, time and place):
"Monday Kassah, the local chairman, said" dates nothing, where "On Monday Kassah's men
attacked" is Monday; "killed 32 across X, including 11 in the Y camp" files the 32 under X,
the 11 under Y. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 9, 17)  # a Wednesday


def read(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return [(c.number_text, c.location, c.date_start) for c in claims]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # no Monday or Sunday: the bodies counted are the news of the publication day
        ("Monday Kassah, the local chairman, said 13 bodies had been recovered in Tarvel.", PUB),
        ("Sunday Abdu, a village leader, said 13 bodies had been recovered in Tarvel.", PUB),
        ("On Monday Kassah's men recovered 13 bodies in Tarvel.", dt.date(2031, 9, 15)),
    ],
)
def test_a_weekday_that_is_a_first_name_dates_nothing(text: str, day: dt.date | None) -> None:
    assert [d for _, _, d in read(text)] == [day]


def test_a_parts_place_is_not_the_wholes() -> None:
    text = (
        "Air strikes killed 32 people across Idlib province overnight, including 11 in the "
        "town of Ariha, rescuers said."
    )
    assert [(n, p) for n, p, _ in read(text)] == [("32", "Idlib province"), ("11", "Ariha")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops killed four members of a Shining Path remnant in the Huallaga valley on "
         "Monday.", "Huallaga valley"),
        ("Soldiers killed six Tarvel Front fighters in Kelmor district on Monday.",
         "Kelmor district"),
    ],
)
def test_a_name_before_a_bodys_noun_is_the_body_not_a_place(text: str, place: str) -> None:
    assert [p for _, p, _ in read(text)] == [place]
