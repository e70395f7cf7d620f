"""A dateline whose town carries its state in brackets, as Indian agencies write it ("Sukma
(Chhattisgarh), Nov 20 (Wire):"), carries the day the report was filed just as "Sukma, Nov
20 (Wire):" does (issue #11, dates): its "today" and "yesterday" count from it, not from the
paper's day. A bracket before a date that follows no town ("Police (file photo), Nov 20:")
carries none. Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.publication_dates import filing_day
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PAPER = D("2031-11-21")
STORY = "Two jawans were killed in an IED blast today, police said."


@pytest.mark.parametrize(
    "text",
    [
        f"Sukma (Chhattisgarh), Nov 20 (Wire): {STORY}",
        f"SUKMA (Chhattisgarh), Nov 20 (Wire): {STORY}",
        f"DANTEWADA (Chhattisgarh), Nov 20: {STORY}",
        f"Imphal (Manipur), November 20 (Wire) - {STORY}",
    ],
)
def test_a_bracketed_state_keeps_the_filing_day(text: str) -> None:
    assert filing_day(text, PAPER) == D("2031-11-20")


@pytest.mark.parametrize(
    "text",
    [
        f"Police (file photo), Nov 20: {STORY}",
        f"Saturday (updated), Nov 20 - {STORY}",
        # the paper's own day is no filing day
        f"Sukma (Chhattisgarh), Nov 21 (Wire): {STORY}",
    ],
)
def test_no_filing_day_from_a_bracket_after_no_town(text: str) -> None:
    assert filing_day(text, PAPER) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Sukma (Chhattisgarh), Nov 20 (Wire): {STORY}", [D("2031-11-20")]),
        ("Sukma (Chhattisgarh), Nov 20 (Wire): Two jawans were killed in an IED blast "
         "yesterday, police said.", [D("2031-11-19")]),
    ],
)
def test_relative_days_count_from_a_bracketed_state_dateline(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PAPER) == expected
