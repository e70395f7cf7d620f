"""A year in review published early the next year: its later figures count over the year it
reviews ("the year", "the first half of the year"), a comparison ("a year earlier", "the
previous year", "compared with 2030") over the year before that and only for its own figures;
the recorder its lead names carries across paragraphs to the figures of the report no one
else gives, not to another body's figures nor to an incident recalled. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2032-01-09")
YEAR = (D("2031-01-01"), D("2031-12-31"))
YEAR_BEFORE = (D("2030-01-01"), D("2030-12-31"))
INSTITUTE = "the annual report of the Institute for Peace Data"
LEAD = (
    "Veloria saw 1,150 militant attacks in 2031, which killed 2,400 people, according to the "
    "annual report of the Institute for Peace Data released on Thursday.\n\n"
)


def by_figure(nlp: Language, text: str) -> dict[str, tuple[object, ...]]:
    return {
        c.number_text: (c.date_start, c.date_end, c.attribution)
        for c in counted_claims(nlp, text, PUB)
    }


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (LEAD + "The report said attacks rose to 1,150 from 1,010 a year earlier.", "1,010",
         YEAR_BEFORE),
        (LEAD + "The previous year, 1,200 people were injured.", "1,200", YEAR_BEFORE),
        # a comparison dates its own figure only: the next paragraph is the year reviewed
        (
            LEAD + "Deaths rose compared with 2030, when 1,700 were killed.\n\n"
            "Security forces conducted 1,300 operations.",
            "1,300",
            YEAR,
        ),
        (
            LEAD + "In the first half of the year, 520 attacks took place, the study found.",
            "520",
            (D("2031-01-01"), D("2031-06-30")),
        ),
        # a lead that counts nothing ("rose 25 per cent") leaves the report's year to the
        # first sentence that counts, not to an incident day told later
        (
            "Attacks in Veloria rose 25 per cent in 2031, a think tank said on Saturday.\n\n"
            "According to the Institute for Peace Data, there were 720 attacks in the year.\n\n"
            "Tarvo province saw 30 attacks that killed 45 people.\n\n"
            "On Friday, gunmen killed three policemen in Lisk, police said.",
            "30",
            YEAR,
        ),
    ],
)
def test_year_reviewed(
    nlp: Language, text: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert by_figure(nlp, text)[figure][:2] == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a province of two words records where, the institute who
        (LEAD + "North Kivu recorded 600 attacks during the year.", "600", INSTITUTE),
        (LEAD + "Tarvo was calm.\n\nIn the last quarter, 310 attacks were recorded.", "310",
         INSTITUTE),
        (LEAD + "The figures compare with 760 attacks in the previous year.", "760",
         INSTITUTE),
        # another body's figure, and an incident the story recalls, are not the recorder's
        (LEAD + "The army's media wing said troops killed 1,100 militants in 2031.", "1,100",
         "The army's media wing"),
        (LEAD + "In March, a suicide bomber killed 40 people at a market in Lisk.", "40", None),
    ],
)
def test_recorder_carried(nlp: Language, text: str, figure: str, expected: str | None) -> None:
    assert by_figure(nlp, text)[figure][2] == expected
