"""The day of a report's incident is the day its lead gives the harm, also in a clause telling
when it happened ("were killed when rioters stormed ... on Thursday"), not an earlier day of
what led up to it; a figure of an older incident told after a dated arrest ("was arrested in
May 2019 after he shot four men") takes that month, not the report's day (issue #11).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
FRI = D("2025-06-13")  # a Friday
WED = D("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harm's day in its "when" clause; Monday only led up to it
        (
            "Five officers hurt in courthouse riot\n\n"
            "Two guards were killed when rioters set fire to a courthouse on Thursday. "
            "The unrest followed a tax law approved by the council on Monday.",
            [D("2025-06-12"), D("2025-06-12")],
        ),
        (
            "Nine miners hurt in shaft collapse\n\n"
            "Four miners were killed when the roof of a shaft fell in on Wednesday. "
            "The company had reopened the shaft on Sunday.",
            [D("2025-06-11")],
        ),
    ],
)
def test_the_harm_day_wins_over_what_led_up_to_it(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harm is the earliest day: what came after it does not move it
        (
            "Three wounded in cafe shooting\n\n"
            "A gunman wounded three people on Monday when he opened fire outside a cafe. "
            "Police reopened the street on Wednesday.",
            [D("2025-06-09"), D("2025-06-09")],
        ),
        # a shot and a later death: the day of the shots
        (
            "Boy dies, two wounded in park shooting\n\n"
            "A boy shot on Monday died on Thursday when his family took him off life support.",
            [D("2025-06-09")],
        ),
    ],
)
def test_an_earlier_harm_day_still_wins(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, FRI) == expected


def periods(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(c.date_start, c.date_end) for c in read_claims(nlp, text, WED) if c.value == 4]


def test_an_older_harm_after_a_dated_arrest_takes_that_month(nlp: Language) -> None:
    text = (
        "A man wanted in a weekend stabbing was freed on Tuesday. "
        "He was arrested in May 2019 after he shot and wounded four men at a bar."
    )
    assert periods(nlp, text) == [(D("2019-05-01"), D("2019-05-31"))]


@pytest.mark.parametrize(
    "text",
    [
        # the arrest of the report's own days: the day of the news, not a month back
        "Police arrested a man on Sunday after he wounded four people at a bar.",
        # a stretch of months before "after": when is not told
        "He was arrested in May 2019, months after he shot four men at a bar.",
    ],
)
def test_no_month_of_an_arrest_for_a_recent_or_uncounted_harm(
    nlp: Language, text: str
) -> None:
    found = periods(nlp, text)
    assert found
    assert (D("2019-05-01"), D("2019-05-31")) not in found
