"""A past incident recalled with its year after a colon (issue #11): "It was not the first
attack there: in 2016, gunmen ambushed a bus and killed 11" takes 2016, and the year stays in
its paragraph: the next paragraph's figures are the report's incident again. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import days_by_value

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-14")  # a Wednesday
TUESDAY = D("2031-05-13")

RECALLED = (
    "Gunmen attacked a checkpoint near Brannock on Tuesday, killing four guards.\n\n"
    "It was not the first attack there: in 2016, gunmen ambushed a bus and killed 11 "
    "passengers.\n\n"
)


def _days(nlp: Language, text: str) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    return days_by_value(nlp, text, PUBLISHED)


def test_the_recalled_incident_takes_its_year(nlp: Language) -> None:
    days = _days(nlp, RECALLED)
    assert days[11] == (D("2016-01-01"), D("2016-12-31"))
    assert days[4] == (TUESDAY, TUESDAY)


def test_the_year_stays_in_its_paragraph(nlp: Language) -> None:
    days = _days(nlp, RECALLED + "Two of the wounded guards are in critical condition.")
    assert days[2] == (TUESDAY, TUESDAY)


def test_the_year_carries_within_its_paragraph(nlp: Language) -> None:
    text = (
        "Gunmen attacked a checkpoint near Brannock on Tuesday, killing four guards.\n\n"
        "In 2016, gunmen ambushed a bus near the town. Eleven passengers were killed."
    )
    assert _days(nlp, text)[11] == (D("2016-01-01"), D("2016-12-31"))
