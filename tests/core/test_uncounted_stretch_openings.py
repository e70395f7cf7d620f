"""A sentence opened by an uncounted stretch ("Days after an ambush killed six soldiers, the
army said on Wednesday it had detained 4") sets the harm of its "after" clause apart from
the saying's day: the six are not Wednesday's, and the arrests take the saying's day as a
sentence with no other time does. The recogniser leaves the opening "Days" untagged, so no
stretch was seen and both figures took the report's day (issue #11, the day of the saying
for the day of the deed). A counted stretch, one the recogniser tags ("just weeks after"),
"the days after" as a noun of its own, and a saying with no other time keep their
readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 4)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]
HOURS_AFTER: Spans = [("11", "2031-03-02", "2031-03-02"), ("2", "2031-03-02", "2031-03-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Days after an ambush on a border post killed six soldiers, the army said on "
         "Monday it had detained 4 suspects.",
         [("six", None, None), ("4", "2031-03-03", "2031-03-03")]),
        ("Days after a blast at a fuel depot killed 11 workers, police said on Sunday they "
         "had arrested 2 men.",
         [("11", None, None), ("2", "2031-03-02", "2031-03-02")]),
        ("Weeks after a raid on a hill village left 9 dead, officials said on Monday they "
         "had arrested 3 suspects.",
         [("9", None, None), ("3", "2031-03-03", "2031-03-03")]),
    ],
)
def test_an_uncounted_stretch_sets_the_harm_apart(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said on Monday it had detained 4 suspects.",
         [("4", "2031-03-03", "2031-03-03")]),
        ("Two days after gunmen killed six workers, police said on Wednesday they had "
         "arrested 3 men.", [("six", "2031-02-24", "2031-02-24"),
                             ("3", "2031-02-24", "2031-02-26")]),
        ("The days after the ambush were tense, and the army said on Monday it had "
         "detained 4 suspects.", [("4", "2031-03-03", "2031-03-03")]),
        ("Police said on Monday they had arrested 5 men, days after a raid that killed 2 "
         "guards.", [("5", "2031-03-03", "2031-03-03"), ("2", None, None)]),
        ("Hours after a blast at a fuel depot killed 11 workers, police said on Sunday they "
         "had arrested 2 men.", HOURS_AFTER),
        ("Gunmen killed a guard at the depot on Sunday. Days after 2 workers were wounded "
         "there, police are now saying the guard was the target.",
         [("a guard", "2031-03-02", "2031-03-02"), ("2", "2031-03-02", "2031-03-02")]),
        ("Three men were charged last week, police announced Monday.",
         [("Three", "2031-02-24", "2031-03-02")]),
        ("After an ambush on a border post killed six soldiers on Sunday, the army said on "
         "Monday it had detained 4 suspects.",
         [("six", "2031-03-02", "2031-03-02"), ("4", "2031-03-02", "2031-03-02")]),
    ],
)
def test_other_openings_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


def test_without_the_report_date_no_day(nlp: Language) -> None:
    text = ("Days after an ambush on a border post killed six soldiers, the army said on "
            "Monday it had detained 4 suspects.")
    assert written_spans(nlp, text, None) == [("six", None, None), ("4", None, None)]
