"""A toll's level told right before a time from now ("The toll stood at 63 last night", "the
number of dead stood at 9 this morning") keeps its time, where the number after "at" was
taken for an hour and the figure went undated (issue #11, dates). A number after "at" is an
hour only when it can be one (0 to 24) and is no level a toll stands at; hours ("at 11 last
night", "by 9 tonight") stay clocks. Sentences we wrote."""

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
        ("The toll stood at 63 last night after divers found more bodies.",
         [("63", "killed", "2031-06-03")]),
        ("The death toll stood at 9 last night, the governor said.",
         [("9", "killed", "2031-06-03")]),
        ("The death toll stood at 214 this morning as rescuers dug through the rubble.",
         [("214", "killed", "2031-06-04")]),
        ("The toll stood at 12 yesterday after more bodies were pulled from the river.",
         [("12", "killed", "2031-06-03")]),
    ],
)
def test_a_level_before_a_time_keeps_it(
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
        ("The fire broke out at 2 this morning and three people died, police said.",
         [("three", "killed", "2031-06-04")]),
        ("The toll stood at 63 on Monday, the ministry said.",
         [("63", "killed", "2031-06-02")]),
        ("The death toll rose to 41 last night, the governor said.",
         [("41", "killed", "2031-06-03")]),
        # an hour after the level, by "by" (a reviewer's near misses): no second toll
        ("The toll rose to 22 by 8 this morning, police in Quetta said.",
         [("22", "killed", None)]),
        ("The toll stood at 8 by 9 last night, police said.", [("8", "killed", None)]),
    ],
)
def test_hours_and_other_levels_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(nlp, text) == expected
