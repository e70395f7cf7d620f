"""A stretch counted back to now ends on the day it was said (issue #11, time): "troops had
killed 18 over the past three days, the army said on Sunday" counts Thursday to Sunday, not
the three days before publication; with no day of the saying, or the saying on the day of
publication, the stretch runs up to publication. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-09-17")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said on Sunday that troops had killed 18 militants in Tarvel over the past "
         "three days.", [("killed", 18, D("2031-09-11"), D("2031-09-14"))]),
        ("Troops killed 18 militants in Tarvel over the past three days, the army said on "
         "Sunday.", [("killed", 18, D("2031-09-11"), D("2031-09-14"))]),
        ("Police said on Monday they had arrested 14 suspects in Tarvel during the past 48 "
         "hours.", [("arrested", 14, D("2031-09-13"), D("2031-09-15"))]),
    ],
)
def test_a_stretch_back_ends_on_the_day_it_was_said(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops have killed 18 militants in Tarvel over the past three days, the army said.",
        "Troops killed 18 militants in Tarvel over the past three days, the army said on "
        "Wednesday.",
    ],
)
def test_with_no_earlier_saying_the_stretch_runs_to_publication(nlp: Language, text: str) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == [
        ("killed", 18, D("2031-09-14"), PUBLISHED)
    ]
