"""A follow-up's lead may date a death weeks after the harm it names ("a man wounded in a
shooting last month died Tuesday"): the sentences after it that tell of that harm ("the
shooting also killed a woman") take the harm's time, not the death's (issue #11). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
THU = D("2031-04-10")  # a Thursday
TUESDAY = (D("2031-04-08"), D("2031-04-08"))
MARCH = (D("2031-03-01"), D("2031-03-31"))


def spans(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, THU)
        if c.measure in ("killed", "injured")
    ]


def test_the_next_sentence_takes_the_time_of_the_harm(nlp: Language) -> None:
    text = (
        "A man wounded in a shooting last month died Tuesday, police said. "
        "The shooting also killed one woman and wounded two other people."
    )
    assert spans(nlp, text)[1:] == [MARCH, MARCH]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no harm told before the death: its day goes on
        (
            "A man died Tuesday after a crash on the highway, police said. "
            "The crash also injured two other people.",
            [TUESDAY, TUESDAY],
        ),
        # a harm told after the death's day, not before it
        (
            "A man died Tuesday, police said. The shooting also wounded two other people.",
            [TUESDAY, TUESDAY],
        ),
    ],
)
def test_otherwise_the_day_of_the_figure_goes_on(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text) == expected
