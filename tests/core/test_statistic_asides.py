"""A review of a year's statistics tells besides its totals what dates none of them: a figure
set against the year before as a multiple of it ("nearly double the 41 of the year before"),
one incident in a relative clause with its month ("..., where 60 villagers died in May"),
and a year that only names a thing ("the 2019 peace accord"). The figures of the sentences
after count over the reviewed year. Sentences, names and places we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2032-01-06")
Y2031 = (D("2031-01-01"), D("2031-12-31"))
MAY = (D("2031-05-01"), D("2031-05-31"))
SATURDAY = (D("2032-01-03"), D("2032-01-03"))
LEAD = (
    "Armed gangs killed 1,240 people across Veloria in 2031, the Orvane Institute said in "
    "its annual review released on Sunday.\n\n"
    "The review recorded 830 raids by armed gangs during the year, a 9 percent rise over "
    "2030.\n\n"
)


def spans(nlp: Language, text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, PUB)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a multiple of the year before: that year dates the figure compared with only
        (LEAD + "The institute counted 66 suicide bombings, nearly double the 35 of the year "
         "before.", "66", Y2031),
        (LEAD + "The institute counted 66 suicide bombings, twice as many as the year "
         "before.", "66", Y2031),
        # one incident told in a relative clause: its month stays with its own figure ...
        (LEAD + "Tarvo was again the worst-hit province, with the deadliest raid in Oskel, "
         "where 58 farmers were killed in May.\n\nPolice freed 730 hostages and detained "
         "415 suspects, the review said.", "58", MAY),
        # ... and the review's totals after it count over the year
        (LEAD + "Tarvo was again the worst-hit province, with the deadliest raid in Oskel, "
         "where 58 farmers were killed in May.\n\nPolice freed 730 hostages and detained "
         "415 suspects, the review said.", "415", Y2031),
        # a year that only names a thing dates none of the figures after
        (LEAD + "Tarvo was again the worst-hit province, with the deadliest raid in Oskel, "
         "where 58 farmers were killed in May.\n\n"
         "Police freed 730 hostages and detained 415 suspects, the review said.\n\n"
         "The review blames splinter factions that rejected the 2019 peace accord."
         "\n\nKidnappings by province, according to the review: Tarvo 88, Oskel 52.",
         "88", Y2031),
    ],
)
def test_review_totals_keep_the_year(
    nlp: Language, text: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert spans(nlp, text)[figure] == expected


def test_incident_report_keeps_its_day(nlp: Language) -> None:
    """Negative: a report of one raid, told in a relative clause, dates what follows by it."""
    text = (
        "Gunmen stormed a market in Oskel, where 14 traders were killed on Saturday, "
        "police said on Sunday.\n\nSoldiers later detained five suspects."
    )
    got = spans(nlp, text)
    assert got["14"] == SATURDAY
    assert got["five"] == SATURDAY


def test_a_figure_naming_its_month_keeps_it(nlp: Language) -> None:
    """Negative: after the aside, a figure whose sentence names its own month keeps it."""
    text = LEAD + (
        "Tarvo was again the worst-hit province, with the deadliest raid in Oskel, where 58 "
        "farmers were killed in May.\n\nIn May alone, police detained 415 suspects."
    )
    assert spans(nlp, text)["415"] == MAY
