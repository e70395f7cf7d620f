"""A count still running when told (issue #11): "have been arrested so far in connection with
Sunday's violence", "four people have now died in Tuesday's shooting" count from the
incident's day up to the day the report tells them, not the incident's day alone. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-06")  # a Tuesday
SUNDAY = D("2031-05-04")
SATURDAY = D("2031-05-03")
MONDAY = D("2031-05-05")


def _spans(nlp: Language, text: str) -> list[tuple[str, float, dt.date | None, dt.date | None]]:
    return dated_counts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said twelve people have been arrested so far in connection with "
            "Sunday's violence in Kelmor town.",
            [("arrested", 12, SUNDAY, PUBLISHED)],
        ),
        (
            "Police have arrested 15 people till now in connection with the riot that "
            "broke out in Kelmor on Saturday.",
            [("arrested", 15, SATURDAY, PUBLISHED)],
        ),
        # the part of a running count runs with it
        (
            "A total of 20 people have been arrested so far over the Sunday attack on the "
            "temple, including four who were held in Dalpur.",
            [("arrested", 20, SUNDAY, PUBLISHED), ("arrested", 4, SUNDAY, PUBLISHED)],
        ),
        # carried from the sentence before
        (
            "Two men were killed in Kelmor on Sunday. So far, nine suspects have been arrested.",
            [("killed", 2, SUNDAY, SUNDAY), ("arrested", 9, SUNDAY, PUBLISHED)],
        ),
        # a toll "now" at four
        (
            "Four people have now died in Sunday's shooting in Kelmor.",
            [("killed", 4, SUNDAY, PUBLISHED)],
        ),
        # "up to now" however the parser splits it, with its part
        (
            "Two men were killed in Kelmor on Sunday. Fourteen people have been arrested up "
            "to now, including the two main suspects.",
            [
                ("killed", 2, SUNDAY, SUNDAY),
                ("arrested", 14, SUNDAY, PUBLISHED),
                ("arrested", 2, SUNDAY, PUBLISHED),
            ],
        ),
        # up to the briefing's day the sentence names, not the publication's
        (
            "Eight people have been arrested so far in connection with Saturday's clash, "
            "police said on Monday.",
            [("arrested", 8, SATURDAY, MONDAY)],
        ),
    ],
)
def test_a_running_count_spans_to_the_day_it_is_told(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests told on their own day
        (
            "Two men were killed in Kelmor on Sunday. Police arrested nine suspects on "
            "Sunday night.",
            [("killed", 2, SUNDAY, SUNDAY), ("arrested", 9, SUNDAY, SUNDAY)],
        ),
        # "now" on a simple past is no running count
        (
            "Police now said four people died in Sunday's shooting in Kelmor.",
            [("killed", 4, SUNDAY, SUNDAY)],
        ),
        # an arrest on a day of its own after the incident
        (
            "Nine suspects were arrested on Monday in connection with Saturday's clash.",
            [("arrested", 9, MONDAY, MONDAY)],
        ),
    ],
)
def test_a_count_told_done_keeps_its_day(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


YEAR_START = D("2031-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot dead in Kelmor on Sunday. So far this year, 45 shooting incidents "
            "have been reported across the island, in which 38 people were killed and 30 "
            "injured.",
            [
                ("killed", 1, SUNDAY, SUNDAY),
                ("attacks", 45, YEAR_START, PUBLISHED),
                ("killed", 38, YEAR_START, PUBLISHED),
                ("injured", 30, YEAR_START, PUBLISHED),
            ],
        ),
        (
            "A man was shot dead in Kelmor on Sunday. According to police, 38 people were "
            "killed in 45 shootings reported so far this year.",
            [
                ("killed", 1, SUNDAY, SUNDAY),
                ("killed", 38, YEAR_START, PUBLISHED),
                ("attacks", 45, YEAR_START, PUBLISHED),
            ],
        ),
    ],
)
def test_figures_of_incidents_counted_over_a_running_span_take_it(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


def test_a_figure_in_incidents_of_one_day_takes_no_span(nlp: Language) -> None:
    text = (
        "A man was shot dead in Kelmor on Sunday. Police said 38 people were killed in "
        "three shootings reported on Saturday."
    )
    assert _spans(nlp, text)[1][2] != YEAR_START


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a perfect of people held, with no time of its own, runs up to the telling
        (
            "A bomb killed six people at a bus stand in Kelmor on Sunday. Eleven men have been "
            "rounded up in seven raids, an official said.",
            [
                ("killed", 6, SUNDAY, SUNDAY),
                ("arrested", 11, SUNDAY, PUBLISHED),
                ("operations", 7, SUNDAY, PUBLISHED),
            ],
        ),
        # counted from the incident a "following" names
        (
            "Police have detained nine suspects across the district following a bombing at a "
            "bus stand in Kelmor on Sunday that killed six people.",
            [("arrested", 9, SUNDAY, PUBLISHED), ("killed", 6, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_people_held_told_in_the_perfect_run_to_the_telling(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfect with a day of its own
        (
            "A bomb killed six people at a bus stand in Kelmor on Saturday. Police have "
            "detained eleven men on Monday.",
            [("killed", 6, SATURDAY, SATURDAY), ("arrested", 11, MONDAY, MONDAY)],
        ),
        # held by the day after the incident: the incident's own arrests
        (
            "A bomb killed six people at a bus stand in Kelmor on Monday. Eleven men have been "
            "rounded up in seven raids, an official said.",
            [
                ("killed", 6, MONDAY, MONDAY),
                ("arrested", 11, MONDAY, MONDAY),
                ("operations", 7, MONDAY, MONDAY),
            ],
        ),
        # a simple past of an arrest is of the incident's day
        (
            "A bomb killed six people at a bus stand in Kelmor on Sunday. Police detained "
            "eleven men at the scene.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 11, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_people_held_on_a_day_keep_it(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected
