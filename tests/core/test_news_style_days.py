"""The day of a casualty figure across the ways US and South Asian reports write it (issue
#11, Time): a dateline's "today", "Sunday last", "the wee hours of", a day before the month,
a weekday with its date, a date across New Year, the day of a follow-up's old incident.
Sentences we wrote to probe constructions the dev reports may not show; one case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a wire dateline's day is the "today" of its text, not the paper's
        (
            "2025-03-09",
            "MULTAN, March 8 (APP): Four people were killed and nine injured when a coach "
            "overturned on the motorway today.",
            "2025-03-08",
        ),
        (
            "2025-03-13",
            "Two men were killed in a clash over water in Tank on Sunday last.",
            "2025-03-09",
        ),
        (
            "2025-03-13",
            "Two constables were martyred in the wee hours of Tuesday when gunmen stormed a "
            "check post.",
            "2025-03-11",
        ),
        (
            "2025-03-13",
            "Three labourers were killed in a blast in a coal mine on 9 March.",
            "2025-03-09",
        ),
        (
            "2025-03-20",
            "On Sunday, March 2, a 23-year-old man was shot and killed outside a gym.",
            "2025-03-02",
        ),
        # a month and day without a year, published after New Year: the year before
        (
            "2025-01-04",
            "Police have charged a man in the Dec. 30 shooting that killed a 17-year-old girl.",
            "2024-12-30",
        ),
        # a court day is the news, the incident the day the lead gives the harm
        (
            "2025-09-13",
            "A man was sentenced Friday to 30 years for the March 3 shooting that killed two "
            "people outside a bar.",
            "2025-03-03",
        ),
        # the day a toll was told is not the day of the attack
        (
            "2025-09-17",
            "Officials said Tuesday the death toll from Sunday's market bombing had risen to 41.",
            "2025-09-14",
        ),
        # late on one day, published the next after midnight: the day told
        (
            "2025-09-15",
            "Two people were killed and three wounded in a shooting late Saturday outside a "
            "lounge, police said Sunday.",
            "2025-09-13",
        ),
    ],
)
def test_the_first_figure_takes_the_day_the_report_tells(
    nlp: Language, published: str, text: str, day: str
) -> None:
    assert casualty_days(nlp, text, D(published))[0] == D(day)
