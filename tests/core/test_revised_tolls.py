"""Issue #11, time: a toll revised on a later day ("the toll in Saturday's fire was revised
down to 16 on Sunday") counts the incident of the day the sentence names for it, as a toll
that rose does, not the day of the revision. Towns are real; incidents and sentences
invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figure_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2025, 3, 10)  # a Monday


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        ("The death toll in Saturday's factory fire in Korangi was revised down to 16 on "
         "Sunday, the health department said.", "16", "2025-03-08"),
        ("The toll from Friday's blast in Quetta was revised to 22 on Sunday.", "22",
         "2025-03-07"),
        # no earlier incident named: the day the sentence gives
        ("Nine people were killed in a fire in Korangi on Sunday, and the toll was revised "
         "to 11 later.", "Nine", "2025-03-09"),
    ],
)
def test_a_revised_toll_counts_its_incidents_day(
    nlp: Language, text: str, figure: str, day: str
) -> None:
    assert figure_days(nlp, text, PUB, figure)[0] == day


def test_a_revision_of_other_things_is_no_toll(nlp: Language) -> None:
    # suspects held on the day the sentence gives, whatever the riot before
    text = (
        "Police revised the charges against five suspects arrested on Sunday after "
        "Friday's riot."
    )
    assert figure_days(nlp, text, PUB, "five")[0] == "2025-03-09"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the subject of a verb setting a toll told it, on its day: the source, no doer
        ("Authorities on Sunday revised the death toll from Friday's train attack downward to "
         "19.", "Authorities"),
        ("Officials on Sunday raised the death toll from Friday's train attack to 19.",
         "Officials"),
        ("Officials on Sunday put the death toll from Friday's train attack at 19.",
         "Officials"),
    ],
)
def test_a_toll_set_on_a_later_day_is_its_tellers(nlp: Language, text: str, source: str) -> None:
    claims = [c for c in read_claims(nlp, text, PUB) if c.number_text == "19"]
    assert [(str(c.date_start), c.actor, c.attribution) for c in claims] == [
        ("2025-03-07", None, source)
    ]
