"""A dateline in title case ("Chennai, April 12:", "Kathmandu, Apr 12:"), as Indian, Nepali
and African desks write it, carries the day the report was filed just as "CHENNAI, April
12:" does: its "yesterday" and an undated lead count from it (issue #11). A title-case line
whose first word is a weekday, a page label, a stamp or no town the dateline reader knows
carries no filing day. Towns are real; the sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.publication_dates import filing_day
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PAPER = D("2031-04-14")  # a Monday; the copy below was filed on Saturday 12 April
STORY = "Five fishermen died when their boat capsized off the coast, officials said."


@pytest.mark.parametrize(
    "text",
    [
        f"Chennai, April 12: {STORY}",
        f"Kathmandu, Apr 12: {STORY}",
        f"New Delhi, Apr 12 (Wire): {STORY}",
        f"Boat tragedy\nChennai, April 12: {STORY}",
        f"Nairobi, April 12 - {STORY}",
    ],
)
def test_a_title_case_dateline_carries_its_filing_day(text: str) -> None:
    assert filing_day(text, PAPER) == D("2031-04-12")


@pytest.mark.parametrize(
    "text",
    [
        # a weekday, a page label, a stamp: no town
        f"Saturday, April 12: {STORY}",
        f"Update, April 12: {STORY}",
        f"Posted Saturday, April 12 - {STORY}",
        # a title-case name the gazetteer does not know is no dateline (capitals would be)
        f"Eldmere, April 12: {STORY}",
        # the headline is no dateline, and the town's line below carries no day
        f"Update, April 12: boat tragedy\nChennai: {STORY}",
        # the paper's own day, or a day weeks back, is no filing day
        f"Chennai, April 14: {STORY}",
        f"Chennai, March 2: {STORY}",
    ],
)
def test_no_filing_day_from_a_title_case_line_that_is_no_dateline(text: str) -> None:
    assert filing_day(text, PAPER) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chennai, April 12: Five fishermen drowned yesterday when their boat capsized, "
            "officials said.",
            [D("2031-04-11")],
        ),
        (f"Kathmandu, Apr 12: {STORY}", [D("2031-04-12")]),
        # capitals, as before
        (
            "CHENNAI, April 12: Five fishermen drowned yesterday when their boat capsized.",
            [D("2031-04-11")],
        ),
        # a weekday line: "yesterday" counts from the paper's day
        (
            "Saturday, April 12: Five fishermen drowned yesterday when their boat capsized.",
            [D("2031-04-13")],
        ),
    ],
)
def test_relative_days_count_from_a_title_case_dateline(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PAPER) == expected
