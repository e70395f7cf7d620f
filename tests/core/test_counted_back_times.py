"""A stretch counted back from the report in the middle of its sentence ("the depot was
shelled a fortnight ago, killing 9", "police detained 5 men three days back") names the day
or week so far back; the recogniser left "a fortnight ago" untagged and cut "three days"
from its "back", so the figure took the report's day (issue #11, relative times). A "back"
of a way back ("back from leave", "back to back"), a count of the recogniser's own ("two
days ago"), and a report without its date keep their readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 4)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grain depot was shelled a fortnight ago, killing 9 people, officials said.",
         [("9", "2031-02-17", "2031-02-23")]),
        ("Gunmen killed 7 herders a fortnight ago near the river, villagers said.",
         [("7", "2031-02-17", "2031-02-23")]),
        ("Police detained 5 men three days back, a spokesman said.",
         [("5", "2031-03-01", "2031-03-01")]),
        ("Raiders killed 6 people a week back in the hill village, officials said.",
         [("6", "2031-02-24", "2031-03-02")]),
    ],
)
def test_a_stretch_back_dates_its_clause(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 5 men two days ago, a spokesman said.",
         [("5", "2031-03-02", "2031-03-02")]),
        ("The soldier came three days back from leave and was among 4 killed on Monday.",
         [("4", "2031-03-03", "2031-03-03")]),
        ("The hearing was pushed back two weeks after 6 people were arrested on Monday.",
         [("6", "2031-03-03", "2031-03-03")]),
        ("Two years back to back, floods killed more than 100 people in the valley.",
         [("more than 100", "2031-03-04", "2031-03-04")]),
        # a count with no number: the days it stands for (test_counted_back_counts.py)
        ("Police detained 5 men a few days back, a spokesman said.",
         [("5", "2031-02-26", "2031-03-02")]),
        ("Rebels took 8 villages back from the army on Monday, a commander said.",
         [("8", "2031-03-03", "2031-03-03")]),
    ],
)
def test_other_backs_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


# "back" of a return to a post, or of one who has been back: the stretch counts how long
# since the return, not when the figure's deed was done (review of #11).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker, two weeks back in the squad, was among 3 players hurt in a bus crash.",
         [("3", "2031-03-04", "2031-03-04")]),
        ("Three months back on the beat, the officer arrested 7 men in a raid.",
         [("7", "2031-03-04", "2031-03-04")]),
        ("The guards, a week back on duty, came under fire and 2 were killed.",
         [("2", "2031-03-04", "2031-03-04")]),
        ("Only three days back at work, the nurse was one of 5 people shot at the clinic.",
         [("5", "2031-03-04", "2031-03-04")]),
        ("He had been three days back in the village when gunmen killed 4 of his relatives.",
         [("4", "2031-03-04", "2031-03-04")]),
    ],
)
def test_a_return_keeps_its_reading(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The grain depot was shelled a fortnight ago, killing 9 people, officials said.",
        "Police detained 5 men three days back, a spokesman said.",
    ],
)
def test_without_the_report_date_no_day(nlp: Language, text: str) -> None:
    assert all(start is None for _, start, _ in written_spans(nlp, text, None))
