"""The period a trend is measured against dates none of the figures beside it: "71 attacks
were recorded in November, a 34 per cent increase over October" counts November's attacks, not
October's (issue #11, time). A span running up to the telling ("a rise over the past five
years") and a period the figure is counted over ("rose to 41 over the weekend") still date it.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 12, 3)
NOVEMBER = (dt.date(2031, 11, 1), dt.date(2031, 11, 30))
YEAR_2031 = (dt.date(2031, 1, 1), DAY)


def _span(nlp: Language, text: str, value: int) -> tuple[dt.date | None, dt.date | None]:
    claim = next(c for c in read_claims(nlp, text, DAY) if c.value == value)
    return claim.date_start, claim.date_end


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("Violence rose in November, with 71 attacks recorded nationwide, a 34 per cent "
         "increase over October, the institute said.", 71, NOVEMBER),
        ("Militant violence climbed in November, with 58 attacks across the country, a 21 per "
         "cent rise over October, the monitor said.", 58, NOVEMBER),
        ("Kidnappings fell in November, with 40 cases reported in the province, a 15 percent "
         "drop on October, police said.", 40, NOVEMBER),
        ("Violence surged in 2031, with 212 attacks recorded in the north, a 30 percent "
         "increase over 2030, the report said.", 212, YEAR_2031),
        ("In November, 44 people were killed in bombings, a 20 percent jump over the previous "
         "month, the ministry said.", 44, NOVEMBER),
        ("Police recorded 312 murders in 2031, a 9 percent decline over 2030, the report "
         "said.", 312, YEAR_2031),
        ("The group counted 140 abductions in November, up 12pc over October, its report "
         "said.", 140, NOVEMBER),
        ("Attacks rose 30 per cent over October, with 65 incidents recorded in November, the "
         "think tank said.", 65, NOVEMBER),
    ],
)
def test_the_baseline_dates_no_figure(
    nlp: Language, text: str, value: int, span: tuple[dt.date, dt.date]
) -> None:
    assert _span(nlp, text, value) == span


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        # a span up to the telling is the change's own time
        ("The monitor counted 410 attacks, a sharp increase over the past year, it said.",
         410, (dt.date(2030, 12, 3), DAY)),
        # a figure counted over the weekend
        ("The death toll rose to 41 over the weekend, officials said.", 41,
         (dt.date(2031, 11, 29), dt.date(2031, 11, 30))),
        # a month counted over, no change beside it
        ("Rebels carried out 23 attacks over October, the army said.", 23,
         (dt.date(2031, 10, 1), dt.date(2031, 10, 31))),
        # "over the year": the span the total counts over, not a baseline
        ("Killings rose by 15 per cent over the year, with 1,200 people killed, the ministry "
         "said on Friday.", 1200, YEAR_2031),
        ("Murders fell 11 per cent over the year, with 640 people killed, police said on "
         "Tuesday.", 640, YEAR_2031),
        # a trend noun whose "over" is a place, not a time
        ("Twelve people were killed in November in a rise of violence over the border, "
         "police said.", 12, NOVEMBER),
    ],
)
def test_a_span_of_its_own_still_dates(
    nlp: Language, text: str, value: int, span: tuple[dt.date, dt.date]
) -> None:
    assert _span(nlp, text, value) == span
