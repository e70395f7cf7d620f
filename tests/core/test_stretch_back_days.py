"""A harm told a stretch back from a day: an anniversary ("a year ago Thursday", "two years
ago today"), a stretch since or after it told in the present ("It has been two weeks since a
boy was shot"); such a lead is no news of its publication day (issue #11, Time). Sentences we
wrote; one case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year ago today", D("2024-06-11")),
        ("two years ago yesterday", D("2023-06-10")),
        # the weekday nearest the publication: the anniversary falls tomorrow
        ("a year ago Thursday", D("2024-06-12")),
        ("a year ago Monday", D("2024-06-09")),
    ],
)
def test_a_stretch_ago_a_day_is_that_day_less_the_stretch(text: str, expected: dt.date) -> None:
    period = resolve_period(text, published=WED)
    assert period is not None
    assert (period.start, period.end) == (expected, expected)


def test_a_stretch_ago_alone_still_names_its_unit() -> None:
    period = resolve_period("a year ago", published=WED)
    assert period is not None
    assert (period.start, period.end) == (D("2024-01-01"), D("2024-12-31"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years ago today, a gunman killed seven worshippers at a shrine.", [D("2023-06-11")]),
        (
            "It has been two weeks since a 9-year-old girl was killed by a stray bullet, and "
            "police still have no suspect.",
            [D("2025-05-28")],
        ),
        # a stretch in months counts back no day
        (
            "It has been six months since a 9-year-old girl was killed by a stray bullet, and "
            "police still have no suspect.",
            [None],
        ),
    ],
)
def test_a_harm_a_stretch_back(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED) == expected


def test_a_lead_telling_a_stretch_since_the_harm_is_no_news_of_the_day(nlp: Language) -> None:
    text = (
        "It has been six months since two brothers were shot outside their shop. Their father "
        "says three other people were hurt."
    )
    assert casualty_days(nlp, text, WED) == [None, None]


def test_a_lead_telling_the_harm_as_news_dates_it_on_the_day(nlp: Language) -> None:
    text = "Two brothers were shot outside their shop, police said. Three other people were hurt."
    assert casualty_days(nlp, text, WED) == [WED, WED]
