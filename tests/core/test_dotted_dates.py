"""A date written in dotted figures with its year, day first as Indian copy writes it ("on
12.11.2031"), dates its figure, where the recogniser took it for a count: the figure took
the day of publication and the date's own figures were read as three more counts (issue
#11, dates). A decimal ("2.5 kg"), a date with hyphens or slashes (month first in American
copy) a day that does not exist and a release's number ("Version 3.11.2031") keep today's
reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 9 persons on 12.11.2031 in Kukatpally, the commissioner said.",
         [("9", "2031-11-12", "2031-11-12")]),
        ("On 05.12.2031, 7 persons were injured in a stampede in Patna, police said.",
         [("7", "2031-12-05", "2031-12-05")]),
        ("The incident took place on 3.11.2031. Four persons were killed, police said.",
         [("Four", "2031-11-03", "2031-11-03")]),
        ("Two jawans were killed in an IED blast in Bijapur on 28.11.2031, officials said.",
         [("Two", "2031-11-28", "2031-11-28")]),
    ],
)
def test_a_dotted_date_dates_its_figure(nlp: Language, text: str, expected: list[Row]) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 2.5 kg of heroin and arrested 3 men, officials said.",
         [("2.5", "2031-12-10", "2031-12-10"), ("3", "2031-12-10", "2031-12-10")]),
        ("Police arrested 9 persons on 11/9/2031 in Kukatpally, the commissioner said.",
         [("9", "2031-11-09", "2031-11-09")]),
        # a hyphened date is one date (test_hyphened_dates.py), day first in an Indian report
        ("Police arrested 9 persons on 12-11-2031 in Kukatpally, the commissioner said.",
         [("9", "2031-11-12", "2031-11-12")]),
        ("The score was 12-11 when 4 fans were injured, police said.",
         [("4", "2031-12-10", "2031-12-10")]),
        ("Police arrested 9 persons, case no 112/2031, the commissioner said.",
         [("9", "2031-12-10", "2031-12-10")]),
        # figures after "Version" number a release, no day
        ("Version 3.11.2031 of the app was pulled and police arrested 4 persons for fraud.",
         [("4", "2031-12-10", "2031-12-10")]),
        ("The v 1.12.2031 update was blamed after 3 persons were arrested, police said.",
         [("3", "2031-12-10", "2031-12-10")]),
    ],
)
def test_other_figures_keep_their_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
