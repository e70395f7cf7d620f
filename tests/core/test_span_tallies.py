"""Late and roundup reports (issue #11): a weekend's tally over many incidents ("in 12
shootings over the weekend", "a violent Mother's Day weekend that left five dead") spans the
weekend; a figure of the one incident told that weekend keeps the incident's day. The
recogniser's untagged or cut-short holiday weekends count as their days. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
TUE = D("2031-05-13")  # the Tuesday after the weekend of 10-11 May 2031
WED = D("2031-05-21")  # a Wednesday ten days after Mother's Day 2031 (11 May)
WEEKEND = (D("2031-05-10"), D("2031-05-11"))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # many incidents counted over the weekend: the weekend, not the lead's one day in it
        (
            "A teenager was shot dead in Eastvale on Saturday night. Four people were killed "
            "and nine wounded in 12 shootings over the weekend, police said Tuesday.",
            TUE,
        ),
        # several incidents, uncounted, over the weekend: the day of the first told after
        (
            "At least four people were killed in separate shootings across Eastvale over the "
            "weekend, police said Tuesday. In the first shooting, a man was killed around 2 "
            "a.m. Saturday in Northgate.",
            TUE,
        ),
        # the holiday weekend the toll's clause hangs on, after a sentence of one day
        (
            "Charges were announced Wednesday. On May 10, a boy found a rifle in a shed and "
            "shot himself in the leg. The boy was one of several hurt in a violent Mother's Day "
            "weekend in Eastvale that left five people dead and nine others wounded in 14 "
            "shootings across the city.",
            WED,
        ),
    ],
)
def test_a_weekends_tally_spans_the_weekend(
    nlp: Language, text: str, published: dt.date
) -> None:
    spans = {
        value: (start, end)
        for measure, value, start, end in dated_counts(nlp, text, published)
        if measure in ("killed", "attacks") and value > 1
    }
    assert spans, text
    assert set(spans.values()) == {WEEKEND}, spans


def test_the_boy_one_of_the_weekends_hurt_keeps_his_own_claim(nlp: Language) -> None:
    """A child who shot himself is not one of a tally's dead counted over 14 shootings."""
    text = (
        "Charges were announced Wednesday. On May 10, a boy found a rifle in a shed and "
        "shot himself in the leg. The boy was one of several hurt in a violent Mother's Day "
        "weekend in Eastvale that left five people dead and nine others wounded in 14 "
        "shootings across the city."
    )
    found = [(c.measure, c.value, c.date_start) for c in read_claims(nlp, text, WED)]
    assert ("injured", 1.0, D("2031-05-10")) in found, found


def test_one_incidents_figure_told_over_the_weekend_keeps_its_day(nlp: Language) -> None:
    text = (
        "A teenager was shot dead in Eastvale on Saturday night. Two of his friends were "
        "wounded over the weekend in the same attack, police said Tuesday."
    )
    found = dated_counts(nlp, text, TUE)
    assert ("injured", 2.0, D("2031-05-10"), D("2031-05-10")) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the recogniser tags no date in "over the Mother's Day weekend" here
        "Five people were killed and nine wounded over the Mother's Day weekend in Eastvale, "
        "police said Wednesday.",
        "Two men were charged on Tuesday in the May 17 robbery of a pharmacy in Eastvale. "
        "Five people were killed and nine wounded over the Mother's Day weekend in Eastvale.",
    ],
)
def test_an_untagged_holiday_weekend_dates_its_figures(nlp: Language, text: str) -> None:
    found = {
        value: (start, end)
        for measure, value, start, end in dated_counts(nlp, text, WED)
        if measure in ("killed", "injured")
    }
    assert found == {5.0: WEEKEND, 9.0: WEEKEND}, found


def test_a_holiday_naming_a_kind_of_thing_still_is_no_day(nlp: Language) -> None:
    text = "Three people were hurt in a crash during Christmas shopping in Eastvale on Saturday."
    found = dated_counts(nlp, text, D("2031-12-30"))
    assert found == [("injured", 3.0, D("2031-12-27"), D("2031-12-27"))], found
