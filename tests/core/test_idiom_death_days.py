"""Deaths told by an idiom (issue #11): "lost their lives", "breathed their last", "embraced
martyrdom", "choked on smoke" date their figure as "died" does, by the day of the harm that
caused them when a later day is written on them. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
THU = D("2031-04-10")  # a Thursday
TUESDAY = D("2031-04-08")
WEDNESDAY = D("2031-04-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death the day after the fire: the fire's day, as "died on Wednesday" gives
        (
            "A fire broke out at a mill in Harlow on Tuesday. "
            "Officials said on Wednesday four workers lost their lives.",
            [TUESDAY],
        ),
        (
            "A fire broke out at a mill in Harlow on Tuesday. "
            "Two of the injured breathed their last on Wednesday.",
            [TUESDAY],
        ),
        (
            "Gunmen attacked a checkpoint in Eldmere on Tuesday. "
            "Two policemen embraced martyrdom on Wednesday, officials said.",
            [TUESDAY],
        ),
        (
            "Gunmen attacked a checkpoint in Eldmere on Tuesday. "
            "Two policemen laid down their lives on Wednesday, officials said.",
            [TUESDAY],
        ),
        # a when-clause gives the day of the harm the deaths came of, months back
        (
            "A man was sentenced on Wednesday. "
            "Two guards lost their lives when he set fire to the jail on March 3.",
            [D("2031-03-03")],
        ),
        (
            "A man was sentenced on Wednesday. "
            "Two guards choked on smoke when he set fire to the jail on March 3.",
            [D("2031-03-03")],
        ),
    ],
)
def test_a_death_idiom_takes_the_day_of_its_harm(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, THU) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no harm told before: the day written on the death is the figure's
        ("Two policemen lost their lives on Wednesday, officials said.", [WEDNESDAY]),
        # an incident of its own, weeks after the one told first
        (
            "A fire broke out at a mill on March 3. "
            "Two guards lost their lives in another fire on Wednesday.",
            [WEDNESDAY],
        ),
    ],
)
def test_a_death_idiom_keeps_its_own_day_otherwise(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, THU) == expected
