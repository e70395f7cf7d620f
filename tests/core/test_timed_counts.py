"""A count told right before a time told from now ("the toll rose to 41 last night", "Police
arrested 12 overnight", "Murder cases rose to 640 last year", "injured 9 yesterday") keeps
its count and takes that time, where the recogniser ran the two into one entity or the
parser hung the number on the time word (issue #11, counts and dates). An hour after a
clock's preposition ("at 11 last night", "by 9 tonight"), a count of periods ("12 hours")
and a count with its noun stay as they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday


def _read(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return written_starts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 41 last night, the governor said.",
         [("41", "killed", "2031-06-03")]),
        ("Police arrested 12 overnight in Nairobi, a spokesman said.",
         [("12", "arrested", "2031-06-04")]),
        ("Murder cases rose to 640 last year, police said.", [("640", "killed", "2030-01-01")]),
        ("Russian shelling injured 9 yesterday in Kherson, the governor said.",
         [("9", "injured", "2031-06-03")]),
        ("The toll climbed to 27 this week, the ministry said.",
         [("27", "killed", "2031-06-02")]),
        ("Bandits abducted 20 last night in Katsina, residents said.",
         [("20", "kidnapped", "2031-06-03")]),
    ],
)
def test_a_count_before_a_time_keeps_both(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast happened at 11 last night in Kabul, police said.", []),
        ("The shooting happened at around 11 last night in Leeds, police said.", []),
        ("Two people were shot at 10 last night in Leeds, police said.",
         [("Two", "injured", "2031-06-04")]),
        ("The curfew starts at 9 tonight in Lagos, police said.", []),
        ("Protesters were told to leave by 9 tonight, police said.", []),
        ("The raids lasted from 9 to 11 this morning, police said.", []),
        ("The attack began shortly after 10 last night, police said.", []),
        ("The fire burned for 12 hours overnight, officials said.", []),
        ("Troops killed 23 militants last week in Borno, the army said.",
         [("23", "killed", "2031-05-26")]),
    ],
)
def test_near_misses_stay(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text", ["² 0 last night.", "The toll stood at ³ last night."])
def test_a_superscript_digit_before_a_time_is_read_without_error(
    nlp: Language, text: str
) -> None:
    # "²".isdigit() is true but int("²") raises: a digit is a decimal digit here
    assert [f for f in _read(nlp, text) if f[1] != "other"] == []
