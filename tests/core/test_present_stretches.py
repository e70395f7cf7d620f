"""Late reports (issue #11): "Three weeks after a boy was shot and killed, police have made no
arrests" counts the stretch back from the report's own day (its main clause tells the present),
to the incident's day the report gives near there; a main clause of a past day counts from
that day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
SAT = D("2031-10-25")  # three weeks after Saturday 4 October


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Three weeks after a 6-year-old boy was shot and killed in Eastvale, police have "
            "made no arrests.",
            D("2031-10-04"),
        ),
        # the day the body gives, a day off the writer's rough count, is the incident's
        (
            "Three weeks after a 6-year-old boy was shot and killed in Eastvale, police have "
            "made no arrests. The boy was shot Oct. 5 while playing in his yard.",
            D("2031-10-05"),
        ),
    ],
)
def test_a_stretch_before_the_present_counts_back_from_publication(
    nlp: Language, text: str, day: dt.date
) -> None:
    assert casualty_days(nlp, text, SAT)[0] == day


def test_a_past_main_clause_counts_from_its_own_day(nlp: Language) -> None:
    text = (
        "Three weeks after a 6-year-old boy was shot and killed in Eastvale, police made an "
        "arrest on Friday."
    )
    assert casualty_days(nlp, text, SAT) == [D("2031-10-03")]
