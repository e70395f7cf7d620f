"""A report of statistics (a monthly or annual total of attacks its lead gives) dates its
later figures by that period when they give none of their own, across sentences without a
figure; "the month", "the year" and "the same month last year" name the period of their
sentence or of the report; an earlier month told in the past perfect dates only its own
figures. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2031-03-03")
MARCH = (D("2031-02-01"), D("2031-02-28"))
LEAD = (
    "Veloria saw 84 militant attacks in February 2031, according to a report the Centre for "
    "Peace Data released on Saturday.\n\n"
)


def spans(nlp: Language, text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, PUB)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a figure-less sentence between does not end the report's period
        (
            LEAD + "Tarvo and Lisk were the most affected districts.\n\n"
            "Northmark recorded 31 attacks that left 40 people dead.",
            "40",
            MARCH,
        ),
        # an earlier month told in the past perfect is a comparison: the next paragraph is
        # the report's month again
        (
            LEAD + "In January, the centre had recorded 70 attacks.\n\n"
            "According to the report, Eastvale remained the worst-hit province with 52 attacks.",
            "52",
            MARCH,
        ),
        (
            LEAD + "In January, the centre had recorded 70 attacks.",
            "70",
            (D("2031-01-01"), D("2031-01-31")),
        ),
        # "during the month": the report's month
        (
            LEAD + "Tarvo was the most affected district.\n\n"
            "Bombers struck police checkpoints in five suicide raids during the month, "
            "the centre found.",
            "five",
            MARCH,
        ),
        # "the same month last year": the report's month a year before
        (
            LEAD + "The centre had counted 47 attacks in the same month last year, far "
            "fewer than now.",
            "47",
            (D("2030-02-01"), D("2030-02-28")),
        ),
        # "during the year": the year its own sentence names
        (
            LEAD + "The centre called 2030 the deadliest year in a decade, with 910 attacks "
            "recorded during the year.",
            "910",
            (D("2030-01-01"), D("2030-12-31")),
        ),
    ],
)
def test_report_period(
    nlp: Language, text: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert spans(nlp, text)[figure] == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an incident's report: its day, no statistic period, reaches its later figures
        (
            "A bomb killed six people at a market in Tarvo on Saturday.\n\n"
            "Officials named the dead.\n\nPolice arrested two suspects.",
            "two",
            D("2031-03-01"),
        ),
        # a lead counting no events over the month gives no period of statistics
        (
            "Floods killed 84 people in Northmark in February 2031.\n\n"
            "Officials named the dead.\n\nPolice arrested two looters.",
            "two",
            None,
        ),
        # an earlier month in the past perfect goes on in a report of no statistics
        (
            "Gunmen killed four guards in Tarvo on Saturday. In January, gunmen had killed "
            "three guards in Lisk. Two others were wounded.",
            "Two",
            D("2031-01-01"),
        ),
        # "during the year" with no year named nor carried: left as it reads
        (
            "Militants carried out 40 attacks during the year, the minister said.",
            "40",
            D("2031-01-01"),
        ),
    ],
)
def test_no_report_period(
    nlp: Language, text: str, figure: str, expected: dt.date | None
) -> None:
    assert spans(nlp, text)[figure][0] == expected


def test_counted_events_reported_over_months(nlp: Language) -> None:
    """ "15 attacks were reported in the first two months of this year": the span the count
    runs over, not a day a report was made on (the time the sentence before gave)."""
    text = (
        "Saboteurs have hit the province's railway lines more often in the past year. The "
        "ministry says 15 attacks on railways were reported in Northmark in the first two "
        "months of this year."
    )
    assert spans(nlp, text)["15"] == (D("2031-01-01"), D("2031-02-28"))
