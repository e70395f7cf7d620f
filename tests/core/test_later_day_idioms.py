"""The day of what followed an incident, told by an idiom, a compound or a clumsy parse (a
burial, a surrender, funeral prayers, a remand, a police case), is not the incident's; a night
told by the two days it falls between is both days (issue #11, Time). Sentences we wrote; one
case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday: Saturday is June 7, Sunday June 8, Tuesday June 10


@pytest.mark.parametrize(
    "text",
    [
        "A 20-year-old man who was killed in a shooting was laid to rest on Saturday.",
        "A man wanted in the shooting that killed two cousins turned himself in on Tuesday.",
        "QUETTA: Funeral prayers for the three policemen martyred in the attack were offered "
        "at the police lines on Tuesday.",
        "KARACHI: A suspect in the killing of two traders was remanded in police custody for "
        "ten days on Tuesday.",
        "An FIR was lodged on Tuesday against six men for the murder of a farmer near Multan.",
    ],
)
def test_the_day_of_what_followed_does_not_date_the_harm(nlp: Language, text: str) -> None:
    found = casualty_days(nlp, text, WED)
    assert found == [None] * len(found)
    assert found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the idiom needs its particle and object, the surrender its reflexive object
        ("A man was shot dead after he turned the corner on Saturday.", [D("2025-06-07")]),
        ("Two guards were shot at a funeral procession on Sunday.", [D("2025-06-08")]),
        # a duration under a harm: the harm keeps its day, as it did on the unit's noun
        (
            "Three soldiers were killed in a gunfight that lasted for six hours on Tuesday.",
            [D("2025-06-10")],
        ),
    ],
)
def test_near_misses_keep_their_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "MULTAN: Two people were killed in a road accident on the intervening night of "
            "Saturday and Sunday.",
            D("2025-06-07"),
            D("2025-06-08"),
        ),
        (
            "Two people were killed when a wall collapsed on the night between Saturday and "
            "Sunday.",
            D("2025-06-07"),
            D("2025-06-08"),
        ),
        (
            "Four people were shot dead on the intervening night of Monday and Tuesday.",
            D("2025-06-09"),
            D("2025-06-10"),
        ),
    ],
)
def test_a_night_between_two_days_spans_both(
    nlp: Language, text: str, start: dt.date, end: dt.date
) -> None:
    claims = [c for c in read_claims(nlp, text, WED) if c.measure == "killed"]
    assert [(c.date_start, c.date_end) for c in claims] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days joined by "and" without a night between them stay two days
        ("A man was shot on Saturday night and on Sunday a woman was stabbed.", [D("2025-06-07")]),
        ("Three people died on the night of Saturday and two on Sunday.", [D("2025-06-07")]),
    ],
)
def test_days_joined_without_a_night_between_stay_apart(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED)[: len(expected)] == expected
