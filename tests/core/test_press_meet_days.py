"""The day of a press meet a figure was told at (issue #11): "Speaking at a press meet on
Wednesday, the minister said one was killed" is a report's day, not the harm's. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-08")  # a Thursday
MONDAY = D("2031-05-05")
WEDNESDAY = D("2031-05-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes broke out in Kelmor on Monday. Speaking at a press meet on Wednesday, "
            "the minister said one person was killed and 12 injured.",
            [MONDAY, MONDAY],
        ),
        (
            "Clashes broke out in Kelmor on Monday. At a press meet on Wednesday, the "
            "minister said one was killed and 12 injured.",
            [MONDAY, MONDAY],
        ),
        (
            "Clashes broke out in Kelmor on Monday. Addressing a press meet in the capital "
            "on Wednesday, the minister said one was killed and 12 injured.",
            [MONDAY, MONDAY],
        ),
    ],
)
def test_the_press_meet_day_is_no_harm_day(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PUBLISHED) == expected


def test_people_who_met_on_a_day_keep_it(nlp: Language) -> None:
    text = (
        "Clashes broke out in Kelmor on Monday. The rival groups met again on Wednesday "
        "and one man was killed."
    )
    assert casualty_days(nlp, text, PUBLISHED) == [WEDNESDAY]
