"""Court follow-ups (issue #11): a court day written with a plain verb is neither the report's
incident day nor the day of its casualty figures; the original incident's day dates them when
the text gives it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def days(nlp: Language, text: str) -> list[dt.date | None]:
    return casualty_days(nlp, text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "A driver who killed two cyclists was sentenced Friday to twelve years.",
        "The charges were read in court Friday. The gunman killed two cyclists.",
        "The teenager received probation Thursday. He had wounded two classmates.",
        "The woman pleaded guilty on Monday in the death of a neighbour.",
        "He was arraigned Tuesday. Three shoppers were wounded in the robbery.",
        "The jury deliberated Monday over the shooting that killed three men.",
        "Her brother halted his trial Tuesday. Two guards were wounded in the escape.",
    ],
)
def test_a_court_day_never_dates_the_figures(nlp: Language, text: str) -> None:
    found = days(nlp, text)
    assert found
    assert found == [None] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up: the incident's own day, months back, dates its figures
        (
            "A gunman was sentenced Friday to life in prison. "
            "He shot two clerks to death at a pawn shop on March 3.",
            [D("2025-03-03")],
        ),
        (
            "The teenager pleaded guilty Monday. "
            "On March 3 he opened fire at a bus stop. Two commuters were wounded.",
            [D("2025-03-03")],
        ),
        # a figure before any date takes the incident day the lead gives, months back
        (
            "Two clerks were wounded in the robbery of a pawn shop. "
            "A gunman was sentenced Friday for the March 3 robbery.",
            [D("2025-03-03")],
        ),
        # not a follow-up: a day weeks back is background, never the incident day
        (
            "Two clerks were wounded in the robbery of a pawn shop. "
            "A similar robbery happened on March 3.",
            [None],
        ),
        # the original incident named only by its year keeps no day
        (
            "A man was sentenced Friday for last year's shooting. Three people were wounded.",
            [None],
        ),
    ],
)
def test_a_follow_up_dates_its_figures_by_the_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a court day: the incident's own days stand
        ("Two men were shot and killed Monday outside a court.", [D("2025-06-09")]),
        ("Two men were wounded on Sunday night; a suspect was arrested Monday.",
         [D("2025-06-08")]),
        # an arrest is not a follow-up: a day weeks back stays background
        (
            "A suspect was arrested Tuesday. Two men were wounded in the shooting. "
            "A similar attack happened on May 2.",
            [None],
        ),
        # a date inside the charged deed is the deed's, not the court's
        ("Two men charged in the Sunday shooting wounded three people.", [D("2025-06-08")]),
    ],
)
def test_what_is_not_a_court_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected
