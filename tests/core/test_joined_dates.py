"""Late reports of a death (issue #11): "died Aug. 10, a week after he was shot", which the
recogniser tags as one date "Aug. 10, a week", is dated by the shooting a week before the
death, as "died Friday, two days after she was shot" is. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-09-16")  # weeks after the shooting


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jon Reed died Aug. 10, a week after he was shot outside a gas station in Eastvale.",
         D("2031-08-03")),
        ("A man was charged on Monday in the death of Jon Reed, 17. Reed died Aug. 10, a week "
         "after he was shot outside a gas station in Eastvale.", D("2031-08-03")),
        ("The girl died Friday, two days after she was shot in the chest outside a party in "
         "Eastvale.",
         D("2031-09-10")),
    ],
)
def test_a_death_a_counted_stretch_after_the_shooting_takes_its_day(
    nlp: Language, text: str, day: dt.date
) -> None:
    assert casualty_days(nlp, text, PUBLISHED) == [day]


def test_a_harm_a_stretch_after_something_else_keeps_its_own_day(nlp: Language) -> None:
    text = "Two men were shot on Aug. 10, a week after a bar fight in Eastvale."
    assert casualty_days(nlp, text, PUBLISHED) == [D("2031-08-10")]
