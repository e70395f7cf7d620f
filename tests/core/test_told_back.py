"""Issue #11, dates: a past incident's month carried from the paragraph before goes on into a
sentence that opens with a time told from it ("Later that month", "By the end of the
month"), across the blank line where a new paragraph otherwise tells the report's own
incident again. Sentences, people and places we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.told_back import told_back
from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

D = dt.date.fromisoformat
PUBLISHED = D("2031-03-05")  # a Wednesday
AUGUST = (D("2030-08-01"), D("2030-08-31"))
MONDAY = (D("2031-03-03"), D("2031-03-03"))
LEAD = (
    "A 6-year-old girl shot herself in the leg in Pine County on Monday.\n\n"
    "Last August, a teenager was wounded in a robbery in Elmwood.\n\n"
)


def _named_day(nlp: Language, text: str) -> tuple[dt.date | None, dt.date | None]:
    claim = next(c for c in counted_claims(nlp, text, PUBLISHED) if "Ortiz" in c.subject)
    return claim.date_start, claim.date_end


@pytest.mark.parametrize(
    "opening",
    ["Later that month, 10-year-old Sam Ortiz", "By the end of the month, 10-year-old Sam Ortiz",
     "Just days later, 10-year-old Sam Ortiz", "Three days afterward, 10-year-old Sam Ortiz"],
)
def test_a_time_told_back_keeps_the_recalled_month(nlp: Language, opening: str) -> None:
    text = LEAD + f"{opening} was shot to death while playing with a rifle."
    assert _named_day(nlp, text) == AUGUST


def test_a_new_paragraph_with_no_time_told_back_is_the_report_s_incident(
    nlp: Language,
) -> None:
    text = LEAD + "Sam Ortiz, 10, was shot to death while playing with a rifle."
    assert _named_day(nlp, text) == MONDAY


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Later that month, a boy was shot.", True),
        ("By the end of the month, a boy was shot.", True),
        ("That same week, two men were wounded.", True),
        ("Two weeks later, a boy was shot.", True),
        ("The next day, police arrested a man.", True),
        # round 33 variants: "afterward", hours, a filler before the stretch
        ("Three days afterward, a boy was shot.", True),
        ("Hours later, a boy was shot.", True),
        ("Just two days later, a boy was shot.", True),
        ("Later, police said a boy was shot.", False),
        ("About two weeks of protests followed the shooting.", False),
        ("That man was shot last month.", False),
        ("Two weeks of protests followed the shooting.", False),
    ],
)
def test_told_back(nlp: Language, sentence: str, back: bool) -> None:
    assert told_back(next(iter(nlp(sentence).sents))) is back


def test_a_time_told_back_after_a_paragraph_with_none_takes_up_the_recalled_month(
    nlp: Language,
) -> None:
    text = (LEAD + "A 7-year-old in Elmwood was wounded by his uncle's pistol.\n\n"
            "By the end of the month, 10-year-old Sam Ortiz was shot to death.")
    assert _named_day(nlp, text) == AUGUST


def test_a_time_told_since_is_the_one_told_back(nlp: Language) -> None:
    # a time of its own in the paragraph between: "later that day" counts from it
    text = (LEAD + "On Jan. 12, a 7-year-old in Elmwood was wounded by his uncle's pistol.\n\n"
            "Later that day, 10-year-old Sam Ortiz was shot to death.")
    assert _named_day(nlp, text) == (D("2031-01-12"), D("2031-01-12"))
