"""A dateline with a short month ("QUETTA, Mar 12:") is a dateline, as one with the whole
month is (NER takes "Mar" for a person's name): the town in it is never a member of the
victim list after it, nor the place of the figures (issue #11). Positive and negative cases."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted, place_of

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUETTA, Mar 12: Four soldiers were killed when militants attacked a checkpost in "
         "Kalat district on Tuesday night, officials said.", [("killed", 4.0)]),
        ("QUETTA, Mar 12: Three soldiers and a policeman were killed when militants attacked "
         "a checkpost in Kalat district on Tuesday night.", [("killed", 4.0)]),
        ("PESHAWAR, Sept 3: Two policemen were wounded in a grenade attack in Bannu on "
         "Sunday, police said.", [("injured", 2.0)]),
        # the whole month, as before
        ("QUETTA, March 12: Three soldiers and a policeman were killed when militants "
         "attacked a checkpost in Kalat district on Tuesday night.", [("killed", 4.0)]),
    ],
)
def test_the_dateline_town_is_no_victim(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, DAY) == expected


def test_the_place_after_a_short_month_dateline(nlp: Language) -> None:
    text = (
        "QUETTA, Mar 12: Four soldiers were killed when militants attacked a checkpost in "
        "Kalat district on Tuesday night, officials said."
    )
    assert place_of(nlp, text, "Four") == "Kalat district"


def test_a_person_before_a_colon_is_no_dateline(nlp: Language) -> None:
    # a speaker's name and a colon open a quote, not a dateline: the figure stays whole
    text = "Police chief Ali Mar: Two men were shot dead in Kalat on Tuesday."
    assert counted(nlp, text, DAY) == [("killed", 2.0)]
