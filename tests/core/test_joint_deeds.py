"""Deeds told in one stroke (issue #11): "troops killed five and detained three in a raid on
Sunday night" dates the killing by the day the parser hangs on the detaining only; an arrest
with a subject of its own, of the doer himself, or told as later keeps its own day. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import days_by_value

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-14")  # a Wednesday
FRIDAY = D("2031-05-09")
SUNDAY = D("2031-05-11")


def _days(nlp: Language, text: str) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    return days_by_value(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Government forces killed five traffickers and detained three in an operation in "
            "Kunduz, the capital of Kunduz province, on Sunday night, officials said.",
            SUNDAY,
        ),
        (
            "Police shot dead two robbers and arrested three others in a market in Velor on "
            "Friday.",
            FRIDAY,
        ),
        (
            "The ministry said that five insurgents were killed and three others were arrested "
            "in an operation by the army's forces in Velor, the capital of Oster province, on "
            "Sunday night.",
            SUNDAY,
        ),
        (
            "Five smugglers were killed and three were detained in a raid near Velor on Friday.",
            FRIDAY,
        ),
    ],
)
def test_the_day_after_the_last_conjunct_dates_the_first(
    nlp: Language, text: str, day: dt.date
) -> None:
    days = _days(nlp, text)
    assert days[min(days)] == (day, day)
    assert days[max(days)] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed five villagers and police arrested three suspects on Friday.",
        "Troops killed five militants and later arrested three suspects on Friday.",
        "A gunman killed five people at a mall in Velor and was arrested on Friday.",
        "Five people were killed at a mall in Velor and the gunman was arrested on Friday.",
        "Five people were killed at a mall in Velor and three men were later arrested on Friday.",
    ],
)
def test_an_arrest_of_its_own_keeps_its_day(nlp: Language, text: str) -> None:
    assert _days(nlp, text)[5] != (FRIDAY, FRIDAY)


def test_the_shared_day_is_the_report_s_incident_day(nlp: Language) -> None:
    """A later paragraph with no day of its own ("During the operation, one of our officers was
    wounded") takes the incident's day the lead gave its harm in one stroke with an arrest."""
    text = (
        "Forces kill five traffickers in raid\n\n"
        "Government forces killed five traffickers and detained three in an operation in "
        "Kunduz, the capital of Kunduz province, on Sunday night, officials said.\n\n"
        "The traffickers had been moving arms across the border for months, officials said.\n\n"
        '"During the operation, one of our officers was wounded and taken to hospital," '
        "provincial police spokesman Tarek Amin said.\n"
    )
    assert _days(nlp, text)[1] == (SUNDAY, SUNDAY)
