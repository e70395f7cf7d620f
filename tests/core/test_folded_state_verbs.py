"""A toll told as a state a stretch of days after a dated happening, whose state verb the parser
folds into the figure's phrase ("the dead numbered 19", "numbered" parsed as a modifier of
"19", the sentence hung on "after" or on "said"), keeps the happening's day as a toll that was
told with the verb ("45 people were in hospital") does; a deed told after the stretch still
moves the day (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday: Sunday is 1 June, Friday 30 May


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days after Sunday's attack, the dead numbered 19, officials said.",
         [("19", "killed", "2031-06-01")]),
        ("Two days after Sunday's attack, the dead numbered 19.",
         [("19", "killed", "2031-06-01")]),
        ("A day after Friday's blast, the injured numbered 33, hospital officials said.",
         [("33", "injured", "2031-05-30")]),
        ("Two days after Sunday's attack, officials said the dead numbered 19.",
         [("19", "killed", "2031-06-01")]),
    ],
)
def test_a_folded_state_verb_keeps_the_happenings_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state verb parsed as a verb: read right already
        ("Two days after Sunday's attack, the wounded numbered 40, a doctor said.",
         [("40", "injured", "2031-06-01")]),
        ("A day after Friday's blast, the death toll rose to 23, police said.",
         [("23", "killed", "2031-05-30")]),
        # deeds of the later day still move
        ("Two days after Sunday's attack, police said they arrested 11 suspects.",
         [("11", "arrested", "2031-06-03")]),
        ("Two days after Sunday's attack, gunmen killed 4 villagers, officials said.",
         [("4", "killed", "2031-06-03")]),
        ("Two days after Sunday's attack, police detained 7 men, officials said.",
         [("7", "arrested", "2031-06-03")]),
        ("A day after Friday's blast, troops arrested 12 numbered suspects, police said.",
         [("12", "arrested", "2031-05-31")]),
        # a deed of its own beside the folded state: the sentence's day moves for both, as
        # for any sentence whose clause tells a deed
        ("Two days after Sunday's attack, police arrested 11 men and the dead numbered 19.",
         [("11", "arrested", "2031-06-03"), ("19", "killed", "2031-06-03")]),
        # a deed told under the reporting verb, or beside it, with the folded state: the
        # later day's, so the sentence's day moves, as before
        ("Two days after Sunday's attack, officials said 7 suspects were arrested; the dead "
         "numbered 19.", [("7", "arrested", "2031-06-03"), ("19", "killed", "2031-06-03")]),
        ("Two days after Sunday's attack, the dead numbered 19, officials said, as police "
         "arrested 7 suspects.", [("19", "killed", "2031-06-03"), ("7", "arrested", "2031-06-03")]),
        ("Two days after Sunday's crash, police said the dead numbered 11, and 4 of the injured "
         "died on Tuesday.", [("11", "killed", "2031-06-03"), ("4", "killed", "2031-06-03")]),
    ],
)
def test_near_misses_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected
