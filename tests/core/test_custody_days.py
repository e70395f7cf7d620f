"""Arrest days told in the sentence after the count (issue #11): "Police arrested three
suspects in connection with Tuesday's shooting. Two of them were arrested on Wednesday and the
third on Thursday." The count spans the arrest days, not the shooting's day. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-09")  # a Friday
TUESDAY = D("2031-05-06")
WEDNESDAY = D("2031-05-07")
THURSDAY = D("2031-05-08")


def _first(nlp: Language, text: str) -> tuple[dt.date | None, dt.date | None]:
    claim = counted_claims(nlp, text, PUBLISHED)[0]
    return claim.date_start, claim.date_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested three suspects in connection with Tuesday's shooting in Kelmor. "
            "Two of them were arrested on Wednesday and the third on Thursday morning.",
            (WEDNESDAY, THURSDAY),
        ),
        (
            "Police have arrested three suspects in connection with Tuesday's shooting in "
            "Kelmor. They were arrested on Wednesday.",
            (WEDNESDAY, WEDNESDAY),
        ),
    ],
)
def test_an_arrest_count_takes_the_arrest_days_told_next(
    nlp: Language, text: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert _first(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence arrests others
        "Police arrested three suspects in connection with Tuesday's shooting in Kelmor. "
        "Two other men were arrested on Wednesday in a separate case.",
        # the next sentence tells no arrest
        "Police arrested three suspects in connection with Tuesday's shooting in Kelmor. "
        "They were produced in court on Wednesday.",
    ],
)
def test_an_arrest_count_keeps_its_day_otherwise(nlp: Language, text: str) -> None:
    assert _first(nlp, text) == (TUESDAY, TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        # the crime's time right after its noun, which the parser hangs on the arrest
        "Two men were arrested on Thursday in connection with a robbery last month, police said.",
        "Police on Thursday arrested two men in connection with a robbery last summer.",
    ],
)
def test_an_arrests_own_day_over_the_time_of_the_crime_it_answers(
    nlp: Language, text: str
) -> None:
    assert _first(nlp, text) == (THURSDAY, THURSDAY)


def test_an_arrest_with_only_the_crimes_time_keeps_it(nlp: Language) -> None:
    text = "Two men were arrested in connection with a robbery last month in Kelmor."
    assert _first(nlp, text) == (D("2031-04-01"), D("2031-04-30"))
