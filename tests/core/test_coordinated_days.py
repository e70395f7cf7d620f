"""Two weekdays joined by "and" (issue #11, time): "died on Saturday and Sunday", "on Sunday
night and early Monday" count over both days, not the first; figures told each with its own
day ("4 on Monday and 6 on Tuesday") keep their own. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-09-17")  # a Wednesday
FRIDAY, SATURDAY, SUNDAY = D("2031-09-12"), D("2031-09-13"), D("2031-09-14")
MONDAY, TUESDAY = D("2031-09-15"), D("2031-09-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms killed 5 people in Tarvel on Saturday and Sunday.",
         [("killed", 5, SATURDAY, SUNDAY)]),
        ("Nine people died on Saturday and Sunday as floods hit Tarvel, officials said.",
         [("killed", 9, SATURDAY, SUNDAY)]),
        ("Gunmen killed 7 people on Sunday night and early Monday in Tarvel.",
         [("killed", 7, SUNDAY, MONDAY)]),
        ("Police arrested 20 people in Tarvel on Friday and Saturday nights.",
         [("arrested", 20, FRIDAY, SATURDAY)]),
    ],
)
def test_two_days_joined_by_and_count_over_both(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


def test_each_figure_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = "Clashes killed 4 people on Monday and 6 on Tuesday in Tarvel."
    assert dated_counts(nlp, text, PUBLISHED) == [
        ("killed", 4, MONDAY, MONDAY),
        ("killed", 6, TUESDAY, TUESDAY),
    ]
