"""A count whose sentence gives no time, dated by the next sentence of its paragraph that
tells when its happening took place ("... The raids were conducted between March 2 and March
6") (issue #11, time). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2026-03-14")  # a Saturday


def spans(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "MULTAN: Police arrested 26 people during a drive against illegal fuel depots. The "
            "raids were conducted between March 3 and March 7, a spokesman said.",
            (D("2026-03-03"), D("2026-03-07")),
        ),
        (
            "Police detained 19 people in raids across the city, officials said. The raids were "
            "carried out over the last three days.",
            (D("2026-03-11"), D("2026-03-14")),
        ),
        (
            "Troops killed 12 militants in an operation in the hills. The operation was "
            "launched on Monday, the army said.",
            (D("2026-03-09"), D("2026-03-09")),
        ),
    ],
)
def test_the_next_sentence_dates_the_happening(
    nlp: Language, text: str, span: tuple[dt.date, dt.date]
) -> None:
    assert spans(nlp, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # what comes after the arrests is no time of them
        "Police arrested 40 people. The suspects will be produced in court on Monday.",
        # a new paragraph is another part of the story
        "Police arrested 26 people during a drive against fuel theft.\n\nThe raids in "
        "the next district were conducted on March 3.",
    ],
)
def test_no_time_told_after(nlp: Language, text: str) -> None:
    assert spans(nlp, text)[0] == (None, None)
