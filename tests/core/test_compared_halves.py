"""A half-year or quarterly review whose lead gives no figure sets the figure of a comparison
phrase against the period its own sentence names ("140 from January to June, compared to 95
in the same period of last year": January to June a year back), and the date inside that
phrase dates the figure compared with, not the main clause's stretch; the report's own figure
keeps its own period. Sentences and places we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2031-08-14")
H1_2031 = (D("2031-01-01"), D("2031-06-30"))
H1_2030 = (D("2030-01-01"), D("2030-06-30"))
Y2030 = (D("2030-01-01"), D("2030-12-31"))
LEAD = (
    "Abductions on Tessaly highways climb, ministry figures show\n\n"
    "MERVAL: Abductions on the Tessaly highways climbed in the first half of this year, "
    "figures from the transport ministry show.\n\n"
)
OWN = "Highway patrols said 140 travellers were abducted from January to June, "


def spans(nlp: Language, text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, PUB)}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("compared to 95 in the same period of last year.", H1_2030),
        ("compared to 95 during the same period last year.", H1_2030),
        ("compared to 95 in the corresponding period of last year.", H1_2030),
        ("compared to 95 during the same period in 2030.", H1_2030),
        ("compared to 95 in the first half of 2030.", H1_2030),
        # kept: a step back from the sentence's stretch, a whole year named
        ("compared to 95 a year earlier.", H1_2030),
        ("compared to 95 in 2030.", Y2030),
    ],
)
def test_a_compared_figure_takes_its_own_phrase_period(
    nlp: Language, tail: str, expected: tuple[dt.date, dt.date]
) -> None:
    got = spans(nlp, LEAD + OWN + tail)
    assert got["95"] == expected
    assert got["140"] == H1_2031  # negative: the report's own figure keeps its stretch


def test_the_same_period_in_a_sentence_of_its_own(nlp: Language) -> None:
    text = LEAD + OWN.rstrip(", ") + ".\n\nIn the same period last year, 95 had been abducted."
    got = spans(nlp, text)
    assert got["95"] == H1_2030
    assert got["140"] == H1_2031


@pytest.mark.parametrize(
    "text",
    [
        # negative: the period compared with holds no figure; the sentence's is its own
        "Compared to the same months of 2030, abductions rose by a third to 140 from "
        "January to June.",
        "In the first half of 2031, compared with the same period of 2030, highway patrols "
        "said 140 travellers were abducted.",
    ],
)
def test_the_reports_own_figure_keeps_its_period(nlp: Language, text: str) -> None:
    assert spans(nlp, LEAD + text)["140"] == H1_2031
