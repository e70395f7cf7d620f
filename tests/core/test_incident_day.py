"""The day of a report's incident for figures that name no day (issue #11): read from the
lead, a happening before the day of the report, never a plea or an arrest. Sentences we wrote;
one case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def days(nlp: Language, text: str, published: dt.date | None) -> list[dt.date | None]:
    """The day of each casualty figure, in text order (None when it spans days or is unknown)."""
    return [
        c.date_start if c.date_start == c.date_end else None
        for c in read_claims(nlp, text, published)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead gives the day; the figure further down names none
        (
            "Police are looking for a gunman after a shooting on Sunday night. "
            "Two men were wounded and one of them is in critical condition.",
            [D("2025-06-08")],
        ),
        # the day a toll was given is not the day of the attack
        (
            "A bomb went off at a bus stop on Monday. "
            "Officials said on Tuesday that the toll stood at 41 dead.",
            [D("2025-06-09")],
        ),
        (
            "Family members said Tuesday that a boy hit by a stray bullet Sunday has died. "
            "Three other people were wounded in the shooting.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # only the day of the news: it dates the figure for want of a better one
        (
            "Police said Tuesday that three people were wounded in the shooting.",
            [D("2025-06-10")],
        ),
    ],
)
def test_figures_without_a_day_take_the_incident_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea, an arrest or a hearing is the day of the news, not of the incident
        (
            "Two clerks were wounded in the raid. A man pleaded guilty on Tuesday to the robbery.",
            [None],
        ),
        ("Two clerks were wounded in the raid. A suspect was arrested on Monday.", [None]),
        # a figure set apart from the sentence's date keeps no day
        ("Accused of wounding five people, he pleaded guilty on Tuesday.", [None]),
        # a day weeks before the report is background, not the incident
        (
            "Two guards were wounded in the escape. The trial had opened on May 2.",
            [None],
        ),
    ],
)
def test_what_does_not_give_the_incident_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


def test_without_a_publication_date_a_weekday_gives_no_day(nlp: Language) -> None:
    text = "A man was shot on Sunday night. Two other men were wounded."
    assert days(nlp, text, None) == [None]
