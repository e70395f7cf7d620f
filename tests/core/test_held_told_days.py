"""Counts that gather the days of a sweep or run up to the telling (issue #11): people held
counted by the telling of them ("announced the arrest of three suspects", a past perfect told
back after "adding that", "said on Wednesday they had arrested 12"), a part of those held ("two
of those detained") and what "the raids" named again found, a toll that stands "now", a perfect
since an operation was launched: from the incident's day, not that day alone. An arrest with a
day of its own, a part of people held on one day, a raid of its own keep their day. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-08")  # a Thursday
SUNDAY = D("2031-05-04")
WEDNESDAY = D("2031-05-07")
MONDAY = D("2031-05-05")
SHOOTING = "Gunmen shot dead six people at a cafe in Kelmor on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SHOOTING + "Police on Wednesday announced the arrest of three suspects over the "
            "shooting.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 3, SUNDAY, WEDNESDAY)],
        ),
        (
            "Six people were shot dead at a cafe in Kelmor on Sunday, the police chief said, "
            "adding that two suspects had been arrested in the town.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 2, SUNDAY, PUBLISHED)],
        ),
        (
            "Police have detained 14 suspects in raids since the bombing at a market in Kelmor "
            "on Sunday. Two of those detained are foreigners, an officer said.",
            [("arrested", 14, SUNDAY, PUBLISHED), ("arrested", 2, SUNDAY, PUBLISHED)],
        ),
    ],
)
def test_people_held_by_the_telling_span_to_it(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest's own day
        (
            "Six people were shot dead at a cafe in Kelmor on Sunday, the police chief said, "
            "adding that two suspects had been arrested on Sunday night.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 2, SUNDAY, SUNDAY)],
        ),
        # a part of people held on one day
        (
            SHOOTING + "Police arrested five suspects in the town on Sunday night. Two of those "
            "detained are foreigners, an officer said.",
            [
                ("killed", 6, SUNDAY, SUNDAY),
                ("arrested", 5, SUNDAY, SUNDAY),
                ("arrested", 2, SUNDAY, SUNDAY),
            ],
        ),
        # an arrest only sought is no claim (``factuality.wished``)
        (
            SHOOTING + "Police on Wednesday sought the arrest of three suspects over the "
            "shooting.",
            [("killed", 6, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_people_held_on_a_day_keep_it(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


BOMBING = "A bomb killed nine people at a market in Kelmor on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total that stands "now" counts up to the telling
        (
            BOMBING + "The death toll now stands at 15, officials said.",
            [("killed", 9, SUNDAY, SUNDAY), ("killed", 15, SUNDAY, PUBLISHED)],
        ),
        (
            BOMBING + "Officials said on Wednesday that the death toll now stood at 15.",
            [("killed", 9, SUNDAY, SUNDAY), ("killed", 15, SUNDAY, WEDNESDAY)],
        ),
        # a toll that only stands at its figure restates the incident's count
        (
            BOMBING + "The death toll stands at nine, officials said.",
            [("killed", 9, SUNDAY, SUNDAY), ("killed", 9, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_a_toll_standing_now_counts_up_to_the_telling(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a perfect beside the day an operation was launched counts from it up to the telling
        (
            "Troops have killed 30 rebels since launching the operation in the hills on Sunday.",
            [("killed", 30, SUNDAY, PUBLISHED)],
        ),
        (
            "Troops have killed 30 rebels in the operation launched in the hills on Sunday.",
            [("killed", 30, SUNDAY, PUBLISHED)],
        ),
        # a simple past of the day the operation was launched is that day's
        (
            "Troops killed 30 rebels after they launched an operation in the hills on Sunday.",
            [("killed", 30, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_a_count_since_an_operation_was_launched(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of the telling the parser hangs on the arrest is not the arrest's
        (
            SHOOTING + "Police said on Wednesday they had arrested 12 people over the shooting.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 12, SUNDAY, WEDNESDAY)],
        ),
        # the arrest's own day
        (
            SHOOTING + "Police said they had arrested 12 people on Sunday night.",
            [("killed", 6, SUNDAY, SUNDAY), ("arrested", 12, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_a_day_of_the_telling_is_no_day_of_the_arrests(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected


SWEEP = (
    "Police have detained 14 suspects in raids since the bombing at a market in Kelmor on "
    "Sunday, an officer said. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the sweep's raids found, the raids named again
        (
            SWEEP + "During the raids, police shot dead two gunmen.",
            [("arrested", 14, SUNDAY, PUBLISHED), ("killed", 2, SUNDAY, PUBLISHED)],
        ),
        # a raid of its own, not the sweep's
        (
            SWEEP + "During a raid, police shot dead two gunmen.",
            [("arrested", 14, SUNDAY, PUBLISHED), ("killed", 2, SUNDAY, SUNDAY)],
        ),
        # its own day
        (
            SWEEP + "During the raids on Monday, police shot dead two gunmen.",
            [("arrested", 14, SUNDAY, PUBLISHED), ("killed", 2, MONDAY, MONDAY)],
        ),
    ],
)
def test_what_the_sweeps_raids_found_spans_its_days(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == expected
