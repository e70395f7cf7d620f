"""A deed named with its weekday beside the arrest or the charge it led to ("Police on Friday
arrested 6 men in connection with the killing of a jeweller on Tuesday", "Two men were charged
on Friday with the killing of a shopkeeper on Tuesday") happened before it: read alone, each
weekday was the last before the paper, which in a paper of Wednesday put the killing on the
Tuesday after Friday's arrest. It is the Tuesday before. Deeds told by a verb, deeds after
the arrest (in a clause of their own, or before a hearing still to come), and deeds whose day
already lies before it keep their readings (issue #11,
dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 11)  # a Wednesday

Spans = list[tuple[str, str | None, str | None]]
ARREST = ("6", "2031-06-06", "2031-06-06")  # Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police on Friday arrested 6 men in connection with the killing of a jeweller on "
         "Tuesday.", [ARREST, ("a jeweller", "2031-06-03", "2031-06-03")]),
        ("Police arrested 6 men on Friday in connection with the murder of a jeweller on "
         "Tuesday, an officer said.", [ARREST, ("a jeweller", "2031-06-03", "2031-06-03")]),
        ("Two men were charged on Friday with the killing of a shopkeeper on Tuesday.",
         [("Two", "2031-06-06", "2031-06-06"), ("a shopkeeper", "2031-06-03", "2031-06-03")]),
        ("Police on Friday arrested 6 men over the killing of a jeweller last Tuesday.",
         [ARREST, ("a jeweller", "2031-06-03", "2031-06-03")]),
    ],
)
def test_the_deed_comes_before_the_arrest(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed's day before the arrest's already
        ("Two men were arrested on Tuesday after the killing of a jeweller on Friday.",
         [("Two", "2031-06-10", "2031-06-10"), ("a jeweller", "2031-06-06", "2031-06-06")]),
        # two happenings told one after the other, no deed of the arrest
        ("Police arrested 3 men on Monday, and on Tuesday gunmen killed 2 guards at the depot.",
         [("3", "2031-06-09", "2031-06-09"), ("2", "2031-06-10", "2031-06-10")]),
        # no arrest's day
        ("Police arrested 6 men in connection with the killing of a jeweller on Tuesday.",
         [("6", "2031-06-10", "2031-06-10"), ("a jeweller", "2031-06-10", "2031-06-10")]),
        # a day named by its date
        ("Police on Friday arrested 6 men over the killing of a jeweller on June 4.",
         [ARREST, ("a jeweller", "2031-06-04", "2031-06-04")]),
    ],
)
def test_other_days_stay(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later happening in a clause of its own, joined to the arrest's
        ("Police detained 4 men on Friday over the killing of a farmer, and a fresh attack on "
         "Tuesday killed 3 herders.", [("4", "2031-06-06", "2031-06-06"),
                                       ("3", "2031-06-10", "2031-06-10")]),
        # the victim died after the arrest, told in a clause on him
        ("Police arrested 2 men on Friday over the stabbing of a teenager who died of his "
         "wounds on Tuesday.", [("2", "2031-06-06", "2031-06-06"),
                                ("a teenager", "2031-06-10", "2031-06-10")]),
        # a hearing still to come: its weekday is no day the deed must come before
        ("Three men will be arraigned on Friday over the murder of 2 guards on Tuesday.",
         [("Three", "2031-06-06", "2031-06-06"), ("2", "2031-06-10", "2031-06-10")]),
        ("Two suspects are to be charged on Friday with the killing of a trader on Tuesday.",
         [("Two", "2031-06-10", "2031-06-10"), ("a trader", "2031-06-10", "2031-06-10")]),
    ],
)
def test_deeds_of_their_own_clause_or_before_a_hearing_stay(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
